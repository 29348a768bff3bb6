/// When a plain (non-terminal) progress log prints a line: at every tenth of the batch and
/// at least every two seconds while reports finish, so a CI log shows movement without
/// one line per report.
public struct ProgressSchedule: Sendable {
    public static let interval = 2.0
    private var lastTenth = 0
    private var lastTime = 0.0

    public init() {}

    public mutating func shouldPrint(_ progress: BatchProgress) -> Bool {
        let tenth = progress.total > 0 ? progress.done * 10 / progress.total : 10
        let due = tenth > lastTenth || progress.elapsed - lastTime >= Self.interval || progress.done == progress.total
        if due {
            lastTenth = tenth
            lastTime = progress.elapsed
        }
        return due
    }
}
