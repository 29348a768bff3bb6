import Foundation

/// Writes a file all-or-nothing: into a temporary file beside the target, renamed into place
/// only when complete, so a crash or a failure never leaves half a file, and an existing file
/// (a signed, archived report) is replaced only when `overwrite` says so.
public enum AtomicOutput {
    /// The temporary name for `path`: hidden, in the same folder (same file system), unique.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Checks that `path` can be written: its folder exists and is writable, and the file is
    /// absent unless `overwrite`.
    public static func checkWritable(_ path: String, overwrite: Bool) throws(RenderError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .output(path: path, reason: "目录不存在 folder does not exist: \(folder)")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw .output(path: path, reason: "目录不可写 folder is not writable: \(folder)")
        }
        var isTargetFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isTargetFolder) {
            if isTargetFolder.boolValue { throw .output(path: path, reason: "这是一个文件夹 it is a folder") }
            if !overwrite { throw .outputExists(path: path) }
        }
    }

    /// Tests only: how long a finished temporary is held before it is moved into place, from
    /// `JIXIAO_TEST_HOLD_TEMPORARY_MS`, so a test can kill a render while its temporary exists
    /// rather than race a file that lives for milliseconds. Zero (no pause) unless set.
    static let holdTemporaryMicroseconds: UInt32 = {
        guard let text = ProcessInfo.processInfo.environment["JIXIAO_TEST_HOLD_TEMPORARY_MS"],
              let milliseconds = UInt32(text), milliseconds <= 10_000 else { return 0 }
        return milliseconds * 1000
    }()

    /// Runs `produce` on a temporary path, then moves the result to `path`. Without
    /// `overwrite`, an existing `path` is never replaced (`link` fails rather than clobber).
    public static func write(to path: String, overwrite: Bool,
                             _ produce: (String) throws(RenderError) -> Void) throws(RenderError) {
        removeStaleTemporaries(for: path)
        let temporary = temporaryPath(for: path)
        defer { unlink(temporary) }
        try produce(temporary)
        if holdTemporaryMicroseconds > 0 { usleep(holdTemporaryMicroseconds) }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                throw .output(path: path, reason: String(cString: strerror(errno)))
            }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .outputExists(path: path) }
                throw .output(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Runs `produce` with a `FileSink` on a temporary file beside `path` (errors name
    /// `path`), closes it, then moves it into place as `write(to:overwrite:_:)` does. A throw
    /// from `produce` or the sink leaves nothing behind.
    public static func write(to path: String, overwrite: Bool,
                             streaming produce: (FileSink) throws(RenderError) -> Void) throws(RenderError) {
        try write(to: path, overwrite: overwrite) { (temporary: String) throws(RenderError) in
            let sink = try FileSink(creating: temporary, reportedPath: path)
            try produce(sink)
            try sink.close()
        }
    }

    /// Writes `bytes` (a PDF or PNG made in memory) to `path`, all or nothing.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(RenderError) {
        try write(to: path, overwrite: overwrite, streaming: { (sink: FileSink) throws(RenderError) in
            try sink.write(bytes)
        })
    }

    /// Deletes temporary files for `path` left by renders that no longer run. A render killed
    /// outright (SIGKILL, power loss) cannot remove its own; the next render of the same file
    /// does, so they never pile up. A file whose process still runs (or whose name does not
    /// parse) is left alone.
    static func removeStaleTemporaries(for path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".")
            guard middle.count == 2, let pid = pid_t(middle[0]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                unlink(folder.appendingPathComponent(name).path)
            }
        }
    }
}
