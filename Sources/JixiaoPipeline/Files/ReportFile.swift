import Foundation
import JixiaoCore

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

    /// The file at `path` decoded (YAML or JSON by its extension), named `displayName`
    /// (default: `path`) in messages. A `.pdf` is an archived report: the report file embedded
    /// in it by `--attach-data` is decoded (`ArchivedReport`).
    public static func decode(_ path: String, displayName: String? = nil,
                              limits: InputLimits = .default) throws(Diagnostics) -> ReportInput {
        if ArchivedReport.isPDF(path) { return try ArchivedReport.decode(pdf: path, limits: limits) }
        let name = displayName ?? path
        let bytes = try read(URL(fileURLWithPath: path), displayName: name, limits: limits)
        return try ReportDecoder.decode(bytes: bytes, origin: .file(name), limits: limits)
    }

    /// The file at `path` decoded and scored, as every command does it.
    public static func score(_ path: String, displayName: String? = nil,
                             limits: InputLimits = .default) throws(Diagnostics) -> ScoredReport {
        try ReportPipeline.score(decode(path, displayName: displayName, limits: limits))
    }
}
