import Foundation

/// Reads a report file's bytes, refusing what is not a readable regular file or is larger
/// than the limit before reading it.
enum FileBytesReader {
    static func read(_ url: URL, displayName: String, limits: InputLimits) throws(Diagnostics) -> [UInt8] {
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
        if size > limits.maxFileBytes { throw Diagnostics(tooLarge(size, limits: limits, at: start)) }
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            bytes = [UInt8](try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data())
        } catch {
            throw Diagnostics(.error(.unreadableFile, Message("无法读取 \(displayName)", "cannot read \(displayName): \(error.localizedDescription)"),
                                     hints: [Message("检查文件是否存在、是否有读取权限", "check that the file exists and is readable")]))
        }
        if bytes.count > limits.maxFileBytes { throw Diagnostics(tooLarge(bytes.count, limits: limits, at: start)) }
        return bytes
    }

    static func tooLarge(_ size: Int, limits: InputLimits, at location: SourceLocation) -> Diagnostic {
        let megabytes = limits.maxFileBytes / (1024 * 1024)
        return .error(.inputTooLarge,
                      Message("文件大小 \(size) 字节，超过上限 \(megabytes) MB", "the file has \(size) bytes, more than the limit of \(megabytes) MB"),
                      location: location,
                      hints: [Message("一份报告通常不足 100 KB；请检查是否选错了文件", "a report is usually under 100 KB; check that this is the right file")])
    }
}
