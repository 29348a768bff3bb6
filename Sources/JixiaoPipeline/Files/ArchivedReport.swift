import Foundation
import JixiaoCore
import JixiaoRender

/// The file adapter of `--attach-data`: what a PDF carries inside it (the report file as given
/// and its score JSON), and reading them back out of an archived PDF, so that `check`, `score`
/// and `extract` work on the PDF alone, years after the report file is gone.
///
/// ```swift
/// let files = try ArchivedReport.attachments(for: report, inputPath: "linzhi.yaml")
/// let again = try ReportFile.score("linzhi.pdf")   // decoded from the embedded linzhi.yaml
/// ```
public enum ArchivedReport {
    /// The largest PDF read back (a 30-page report is under a megabyte; the report inside is
    /// itself limited to `InputLimits.maxFileBytes`).
    static let maxPDFBytes = 256 * 1024 * 1024

    /// The embedded score JSON's name for a report file: `linzhi.yaml` → `linzhi.score.json`.
    public static func scoreName(forReportNamed name: String) -> String {
        (name as NSString).deletingPathExtension + ".score.json"
    }

    /// The two associated files of `report`: the input file's bytes, re-read from
    /// `inputPath` unchanged (AFRelationship Source), and the score JSON (Data).
    public static func attachments(for report: ScoredReport, inputPath: String,
                                   limits: InputLimits = .default) throws(Diagnostics) -> [PDFAttachment] {
        let bytes = try ReportFile.read(URL(fileURLWithPath: inputPath), displayName: inputPath, limits: limits)
        let name = (inputPath as NSString).lastPathComponent
        let json: Data
        do {
            json = try ScoreJSON.encode(report)
        } catch {
            throw Diagnostics(.error(.embeddedFileDamaged, Message("无法编码评分 JSON", "cannot encode the score JSON: \(error)")))
        }
        return [
            PDFAttachment(name: name, mimeType: PDFAttachment.mimeType(forFileNamed: name), relationship: .source,
                          description: "报告数据文件（原样） the report file as given", bytes: bytes),
            PDFAttachment(name: scoreName(forReportNamed: name), mimeType: "application/json", relationship: .data,
                          description: "评分结果 JSON（jixiao score --json） the score JSON", bytes: [UInt8](json)),
        ]
    }

    /// The files embedded in the PDF at `path`.
    public static func attachments(inPDF path: String) throws(Diagnostics) -> [PDFAttachment] {
        let url = URL(fileURLWithPath: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxPDFBytes, let data = try? Data(contentsOf: url) else {
            throw Diagnostics(.error(.unreadableFile, Message("无法读取 \(path)", "cannot read \(path)"),
                                     hints: [Message("检查文件是否存在、是否可读、是否小于 256 MB",
                                                     "check that the file exists, is readable and is under 256 MB")]))
        }
        do {
            return try PDFAttachments.read([UInt8](data))
        } catch {
            throw Diagnostics(diagnostic(error, path: path))
        }
    }

    /// The report embedded in the PDF at `path` (its Source file), decoded; messages name it
    /// `path#name`, and its lines are those of the file `extract` writes.
    public static func decode(pdf path: String, limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        let files = try attachments(inPDF: path)
        guard let source = files.first(where: { $0.relationship == .source }) else {
            throw Diagnostics(.error(.noEmbeddedReport, Message("\(path) 内嵌了文件，但没有报告数据文件（Source）",
                                                                "\(path) embeds files, but no report file (AFRelationship Source)"),
                                     hints: [Message("用 jixiao render --attach-data 重新生成", "render it again with --attach-data")]))
        }
        let name = "\(path)#\(source.name)"
        return try ReportDecoder.decode(bytes: source.bytes, origin: InputOrigin(name: name, format: TextFormat(forName: source.name)),
                                        limits: limits)
    }

    /// Whether `path` names a PDF (by its extension), which `ReportFile` reads through this.
    static func isPDF(_ path: String) -> Bool { path.lowercased().hasSuffix(".pdf") }

    private static func diagnostic(_ failure: PDFAttachments.Failure, path: String) -> Diagnostic {
        switch failure {
        case .none:
            return .error(.noEmbeddedReport, Message("\(path) 中没有内嵌的报告数据", "\(path) embeds no report data"),
                          hints: [Message("只有用 --attach-data 生成的 PDF 才带报告数据；重新生成：jixiao render 报告.yaml --attach-data",
                                          "only PDFs made with --attach-data carry the report; render again: jixiao render report.yaml --attach-data")])
        case .unreadable(let reason):
            return .error(.noEmbeddedReport, Message("无法读取 \(path) 的 PDF 结构", "cannot read the PDF structure of \(path): \(reason)"),
                          hints: [Message("确认这是 jixiao 生成、未经其他软件改写的 PDF", "check that jixiao wrote the PDF and no other program rewrote it")])
        case .damaged(let name, let reason):
            return .error(.embeddedFileDamaged, Message("\(path) 内嵌的 \(name) 已损坏", "the file \(name) embedded in \(path) is damaged: \(reason)"),
                          hints: [Message("文件可能被改动；用归档清单（jixiao verify）核对，或从原始报告文件重新生成",
                                          "the file may have been changed; check it against the batch manifest (jixiao verify) or render it again from the report file")])
        }
    }
}
