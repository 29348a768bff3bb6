import Foundation
import JixiaoCore

/// Which `RenderSession` made a layout: every session gets a number no other session of the
/// process has, and every `FontID` carries it.
///
/// A `FontID` is an index into one session's font table, meaningless in another's; with the
/// session stamped on it, painting a layout with the wrong session (easy once sessions come
/// from a pool) fails with `RenderError.foreignLayout` instead of silently dropping the text.
///
/// ```swift
/// let a = try RenderSession(), b = try RenderSession()
/// a.id == b.id   // false
/// ```
public struct SessionID: Hashable, Sendable, CustomStringConvertible {
    public let number: UInt64

    init(number: UInt64) { self.number = number }

    /// The next unused id. A lock rather than an atomic: `Synchronization.Atomic` needs
    /// macOS 15, and a session is opened far too rarely for the lock to matter.
    static func next() -> SessionID {
        counterLock.lock()
        defer { counterLock.unlock() }
        lastNumber += 1
        return SessionID(number: lastNumber)
    }

    private static let counterLock = NSLock()
    /// Read and written only under `counterLock`, hence `nonisolated(unsafe)`.
    nonisolated(unsafe) private static var lastNumber: UInt64 = 0

    /// `#3`
    public var description: String { "#\(number)" }
}
