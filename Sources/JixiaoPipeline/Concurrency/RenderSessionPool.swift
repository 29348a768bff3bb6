import Foundation
import JixiaoCore
import JixiaoRender

/// Lends render sessions to threads, one thread per session at a time, opening at most
/// `capacity` of them, each only when it is first needed.
///
/// A `RenderSession` (fontconfig configuration, Pango font map, font table) is not
/// thread-safe and costs a font load to open, so a program rendering on many threads wants
/// a few sessions reused, never shared. The pool keeps them; `withSession` lends one for the
/// length of its closure and takes it back, blocking while all are lent (NIO's event-loop
/// group lends loops the same way). Lay out *and* paint inside one `withSession`: a layout
/// names its session's fonts, and painting it with another session throws
/// `RenderError.foreignLayout`.
///
/// ```swift
/// let pool = RenderSessionPool(capacity: 2)
/// DispatchQueue.concurrentPerform(iterations: documents.count) { index in
///     let pdf = try? pool.withSession { session in
///         try ReportExporter(session: session).renderPDF(documents[index])
///     }
/// }
/// ```
///
/// Do not call `withSession` inside `withSession` on one pool: with every session lent, the
/// inner call waits for the outer one forever.
public final class RenderSessionPool: @unchecked Sendable {
    // @unchecked Sendable: the mutable state (`idle`, `reserved`) is read and written only
    // with `condition` locked. A session (not Sendable) leaves `idle` under that lock for the
    // one thread that borrowed it, is used by that thread only while its `body` runs, and goes
    // back under the lock, which orders the lender's and the next borrower's accesses. No
    // session is ever used by two threads at once, and none is handed out except to `body`.

    /// The most sessions this pool opens.
    public let capacity: Int
    private let configurationPath: String?
    /// The typeset memory of each session the pool opens (`RenderSession.init`).
    public let typesetMemoryLimit: Int
    private let condition = NSCondition()
    /// Sessions opened and not lent.
    private var idle: [RenderSession] = []
    /// Sessions opened or being opened (lent, idle, or on their way).
    private var reserved = 0

    /// A pool of up to `capacity` sessions (at least 1; default: one per active processor)
    /// on `fonts.conf` at `configurationPath`, or the one `FontLocator` finds, each remembering
    /// up to `typesetMemoryLimit` bytes of typeset paragraphs. Opens none yet.
    public init(capacity: Int = ProcessInfo.processInfo.activeProcessorCount, configurationPath: String? = nil,
                typesetMemoryLimit: Int = TypesetMemory.defaultLimit) {
        self.capacity = max(1, capacity)
        self.configurationPath = configurationPath
        self.typesetMemoryLimit = typesetMemoryLimit
    }

    /// How many sessions are open (or opening) now: never more than `capacity`.
    public var openSessions: Int {
        condition.lock()
        defer { condition.unlock() }
        return reserved
    }

    /// Runs `body` with a session no other thread is using, and takes the session back when
    /// `body` returns or throws. Waits while all `capacity` sessions are lent; opens a new one
    /// when none is idle and fewer than `capacity` are open.
    ///
    /// Throws `body`'s error as it is, or the `RenderError` of opening a session (fonts
    /// missing: `.fontConfiguration`); a session that failed to open leaves room for another
    /// attempt.
    public func withSession<Value, Failure: Error>(
        _ body: (RenderSession) throws(Failure) -> Value
    ) throws -> Value {
        let session = try borrow()
        defer { giveBack(session) }
        return try body(session)
    }

    /// `withSession` for a body whose errors are `RenderError`s, like the pool's own: one
    /// error type out, so a caller in `do throws(RenderError)` needs no catch-all.
    public func withRenderSession<Value>(_ body: (RenderSession) throws(RenderError) -> Value) throws(RenderError) -> Value {
        let session = try borrow()
        defer { giveBack(session) }
        return try body(session)
    }

    private func borrow() throws(RenderError) -> RenderSession {
        condition.lock()
        while idle.isEmpty && reserved >= capacity { condition.wait() }
        if let session = idle.popLast() {
            condition.unlock()
            return session
        }
        reserved += 1
        condition.unlock()
        // Opened outside the pool's lock, so threads returning sessions are not held up by a
        // font load, but under the process-wide `opening` lock.
        switch Self.open(configurationPath, typesetMemoryLimit: typesetMemoryLimit) {
        case .success(let session):
            return session
        case .failure(let error):
            condition.lock()
            reserved -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ session: RenderSession) {
        condition.lock()
        idle.append(session)
        condition.signal()
        condition.unlock()
    }

    /// Sessions are opened one at a time in the whole process, whichever pool asks: loading
    /// a fontconfig configuration is the one step fontconfig does not document as safe to run
    /// concurrently. The batch borrows its sessions from a pool too, so this is the one lock.
    private static let opening = NSLock()

    private static func open(_ configurationPath: String?, typesetMemoryLimit: Int) -> Result<RenderSession, RenderError> {
        opening.lock()
        defer { opening.unlock() }
        do throws(RenderError) {
            return .success(try RenderSession(configurationPath: configurationPath, typesetMemoryLimit: typesetMemoryLimit))
        } catch {
            return .failure(error)
        }
    }
}
