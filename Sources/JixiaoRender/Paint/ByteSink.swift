import Foundation

/// Where a writer's bytes go: memory, a file, a socket. The PDF and PNG writers stream into
/// one and never learn which, so the same code serves `jixiao render` (a file, renamed into
/// place when complete), a preview in memory and, later, a server response.
///
/// Sinks are classes: while Cairo writes, the sink is shared between the caller and the C
/// write callback, and both must see the one object (a copied struct would collect the bytes
/// somewhere the caller never looks).
///
/// ```swift
/// let sink = MemorySink()
/// try PDFWriter.write(rendered, session: session, to: sink)
/// sink.bytes.prefix(4)   // "%PDF"
/// ```
public protocol ByteSink: AnyObject {
    /// Takes the next `bytes`, all of them, or throws (`RenderError.output` naming the place).
    /// After a throw the writer stops; it never writes to a sink that failed.
    func write(_ bytes: UnsafeRawBufferPointer) throws(RenderError)
}

/// Collects the bytes in memory: a PDF or PNG that never touches the disk.
public final class MemorySink: ByteSink {
    /// Everything written so far, in order.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws(RenderError) {
        self.bytes.append(contentsOf: bytes)
    }
}

/// Writes to a file descriptor it owns; every error names the file's path.
///
/// It only writes: making the file appear all-or-nothing is `AtomicOutput`'s job, which opens
/// a `FileSink` on a temporary file and renames it when the writer is done.
public final class FileSink: ByteSink {
    /// Open until `close()` (or `deinit`) closes it; the descriptor is never closed twice.
    private enum State { case open(Int32), closed }

    private var state: State
    /// The path errors name (the one the user asked for, not necessarily the one opened).
    public let path: String

    /// Creates (or truncates) `path` for writing, mode 0666 less the umask (as `fopen` does,
    /// so files come out as they did when Cairo opened them itself).
    /// `reportedPath` is what errors name (default: `path`).
    public init(creating path: String, reportedPath: String? = nil) throws(RenderError) {
        let reported = reportedPath ?? path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .output(path: reported, reason: FileSink.describeErrno()) }
        self.state = .open(descriptor)
        self.path = reported
    }

    /// Takes ownership of an open, writable `descriptor`; closes it in `close()` or `deinit`.
    public init(takingOwnershipOf descriptor: Int32, path: String) {
        self.state = .open(descriptor)
        self.path = path
    }

    deinit {
        if case .open(let descriptor) = state { _ = Foundation.close(descriptor) }
    }

    /// Writes all of `bytes`, retrying short writes and `EINTR` (a full disk shows up here).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(RenderError) {
        guard case .open(let descriptor) = state else {
            throw .output(path: path, reason: "文件已关闭 the file is already closed")
        }
        var offset = 0
        while offset < bytes.count {
            guard let base = bytes.baseAddress else { return }
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .output(path: path, reason: FileSink.describeErrno())
            }
            offset += written
        }
    }

    /// Closes the file, reporting what `close` reports (NFS and full disks fail late).
    /// A second call does nothing.
    public func close() throws(RenderError) {
        guard case .open(let descriptor) = state else { return }
        state = .closed
        guard Foundation.close(descriptor) == 0 else { throw .output(path: path, reason: FileSink.describeErrno()) }
    }

    static func describeErrno() -> String { String(cString: strerror(errno)) }
}

extension ByteSink {
    /// Writes `bytes` (a PDF made in memory) to this sink.
    public func write(_ bytes: [UInt8]) throws(RenderError) {
        // `withUnsafeBytes` rethrows as `any Error`; a `Result` keeps the error's type.
        let written = bytes.withUnsafeBytes { raw in Result { () throws(RenderError) in try write(raw) } }
        try written.get()
    }
}
