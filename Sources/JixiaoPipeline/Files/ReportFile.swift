import Foundation
import JixiaoCore
import JixiaoImport

/// The file adapter of the input side: a report file's bytes, refusing what is not a
/// readable regular file, or is larger than the limit, before reading it. Decoding itself
/// takes bytes and an origin and never opens a file.
///
/// ```swift
/// let report = try ReportFile.score("reports/linzhi.yaml")   // read, decode, score
/// ```
public enum ReportFile {
    /// The bytes of the file at `url`, named `displayName` in messages.
    public static func read(_ url: URL, displayName: String, limits: InputLimits = .default) throws(Diagnostics) -> [UInt8] {
        let start = SourceLocation(file: displayName, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw Diagnostics(.error(.unreadableFile, Message("找不到文件 \(displayName)", "file not found: \(displayName)"),
                                     hints: [Message("检查文件名和路径是否正确", "check the file name and path")]))
        }
        guard !isDirectory.boolValue else {
            throw Diagnostics(.error(.unreadableFile, Message("\(displayName) 是文件夹，不是报告文件", "\(displayName) is a folder, not a report file"),
                                     hints: [Message("批量处理文件夹请用 jixiao batch", "use 'jixiao batch' for a folder")]))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxFileBytes { throw Diagnostics(limits.fileTooLarge(size, at: start)) }
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            bytes = [UInt8](try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data())
        } catch {
            throw Diagnostics(.error(.unreadableFile, Message("无法读取 \(displayName)", "cannot read \(displayName): \(error.localizedDescription)"),
                                     hints: [Message("检查文件是否存在、是否有读取权限", "check that the file exists and is readable")]))
        }
        if bytes.count > limits.maxFileBytes { throw Diagnostics(limits.fileTooLarge(bytes.count, at: start)) }
        return bytes
    }

    /// The file at `path` decoded, named `displayName` (default: `path`) in messages: YAML or
    /// JSON by the decoder; a workbook (.xlsx), Word file (.docx) or text (.txt) by the importer,
    /// with `narrative` as its report text — by default the .docx of the same name beside a
    /// workbook, when there is one. A `.pdf` is an archived report: the report file embedded
    /// in it by `--attach-data` is decoded (`ArchivedReport`).
    public static func decode(_ path: String, displayName: String? = nil, narrative: String? = nil,
                              scheme: String = ReportImporter.defaultScheme,
                              limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        if ArchivedReport.isPDF(path) { return try ArchivedReport.decode(pdf: path, limits: limits) }
        let name = displayName ?? path
        let bytes = try read(URL(fileURLWithPath: path), displayName: name, limits: limits)
        guard ReportImporter.kind(forName: path) != nil else {
            return try ReportDecoder.decode(bytes: bytes, origin: .file(name), limits: limits)
        }
        let story = try narrativeSource(for: path, narrative: narrative, limits: limits)
        return try ReportImporter.decode(ImportSource(bytes: bytes, name: name), narrative: story, scheme: scheme)
    }

    /// The files an import reads: `path` named `displayName`, and its narrative.
    public static func importSources(_ path: String, displayName: String? = nil, narrative: String? = nil,
                                     limits: InputLimits = .default) throws(Diagnostics) -> (main: ImportSource, narrative: ImportSource?) {
        let name = displayName ?? path
        let main = ImportSource(bytes: try read(URL(fileURLWithPath: path), displayName: name, limits: limits), name: name)
        return (main, try narrativeSource(for: path, narrative: narrative, limits: limits))
    }

    /// `narrative` read, or the .docx beside a workbook `path`, or nil.
    static func narrativeSource(for path: String, narrative: String?, limits: InputLimits) throws(Diagnostics) -> ImportSource? {
        guard let file = narrative ?? (ReportImporter.kind(forName: path) == .workbook ? besideNarrative(path) : nil) else { return nil }
        return ImportSource(bytes: try read(URL(fileURLWithPath: file), displayName: file, limits: limits), name: file)
    }

    /// `a/自评表.xlsx` → `a/自评表.docx` when that file exists.
    public static func besideNarrative(_ path: String) -> String? {
        let candidate = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("docx")
        let shown = (path as NSString).deletingPathExtension + ".docx"
        return FileManager.default.fileExists(atPath: candidate.path) ? shown : nil
    }

    /// The file at `path` decoded and scored, as every command does it.
    public static func score(_ path: String, displayName: String? = nil, narrative: String? = nil,
                             scheme: String = ReportImporter.defaultScheme,
                             limits: InputLimits = .default) throws(Diagnostics) -> ScoredReport {
        try ReportPipeline.score(decode(path, displayName: displayName, narrative: narrative, scheme: scheme, limits: limits))
    }
}
