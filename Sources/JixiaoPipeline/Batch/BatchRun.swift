import JixiaoCore
import JixiaoRender

/// One report finished, and where the batch stands after it; delivered in finishing order.
public struct BatchEvent: Sendable {
    public var index: Int
    public var outcome: BatchOutcome
    public var progress: BatchProgress
}

/// A finished (or interrupted) batch: one outcome per input, in input order.
public struct BatchRun: Sendable {
    public var outcomes: [BatchOutcome]
    /// Stopped by a request (Ctrl-C): the unstarted reports are listed as skipped.
    public var interrupted: Bool

    public func count(_ status: ManifestEntry.Status) -> Int { outcomes.filter { $0.entry.status == status }.count }
}
