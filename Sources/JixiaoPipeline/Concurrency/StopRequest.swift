/// A request to stop taking new work (Ctrl-C), set from a signal handler's queue and read by
/// the workers before each report.
public final class StopRequest: Sendable {
    private let requested = Locked(false)

    public init() {}

    public func request() { requested.withLock { $0 = true } }

    public var isRequested: Bool { requested.withLock { $0 } }
}
