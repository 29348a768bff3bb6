import Foundation
import JixiaoCore
import JixiaoRender

/// One report of a batch, done exactly as `jixiao render` does it alone (the same pipeline,
/// composer and exporter, so the same bytes), on the worker's own render session.
struct ReportJob {
    let session: RenderSession
    let options: BatchOptions

    func run(_ input: BatchInput) -> BatchOutcome {
        let inputSHA256 = SHA256.hex(ofFile: input.path) ?? ""
        let report: ScoredReport
        do {
            report = try ReportFile.score(input.path)
        } catch {
            return .failed(input, inputSHA256: inputSHA256, errors: error.all)
        }
        if let previous = options.resume.reusableEntry(for: input, inputSHA256: inputSHA256,
                                                       outputFolder: options.outputFolder) {
            return .resumed(previous, report: report)
        }
        let path = (options.outputFolder as NSString).appendingPathComponent(input.output)
        let attachments: [PDFAttachment]
        do {
            attachments = options.attachData ? try ArchivedReport.attachments(for: report, inputPath: input.path) : []
        } catch {
            return .failed(input, inputSHA256: inputSHA256, errors: error.all)
        }
        do throws(RenderError) {
            try createFolder(for: path)
            let result = try ReportExporter(session: session).export(Composer.compose(report), to: path,
                                                                      options: options.exportOptions(attachments: attachments))
            guard let hash = SHA256.hex(ofFile: path) else {
                throw RenderError.output(path: path, reason: "写入后无法读回 cannot read it back")
            }
            return .rendered(input, inputSHA256: inputSHA256, report: report, outputSHA256: hash, bytes: result.bytes,
                             pages: result.pages)
        } catch {
            return .failed(input, inputSHA256: inputSHA256, errors: error.diagnostics(in: report.input.sourceMap),
                           outputPath: path)
        }
    }

    /// `OUTDIR/a/b` for `a/b/x.pdf`: output names follow the input folders.
    private func createFolder(for path: String) throws(RenderError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(path: path, reason: "无法创建目录 cannot create the folder \(folder)")
        }
    }
}
