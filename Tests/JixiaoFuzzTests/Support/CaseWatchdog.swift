import Foundation

/// Ends the test process when one fuzz case runs far past its limit: a hang in the pipeline
/// would otherwise stall CI until its own timeout with nothing said. The case's label (and,
/// with `JIXIAO_FUZZ_LAST_INPUT`, its bytes on disk) is printed first, so it can be replayed
/// with `JIXIAO_FUZZ_FIRST`.
final class CaseWatchdog: @unchecked Sendable {
    private let limit: Duration
    private let lock = NSLock()
    private var current: (label: String, started: ContinuousClock.Instant)?
    private var stopped = false

    init(limit: Duration) {
        self.limit = limit
        let thread = Thread { [weak self] in
            while let self, self.watch() { Thread.sleep(forTimeInterval: 0.5) }
        }
        thread.start()
    }

    /// Marks the start of the case called `label`.
    func begin(_ label: String) { lock.withLock { current = (label, .now) } }

    /// Marks the end of the case begun last.
    func end() { lock.withLock { current = nil } }

    /// Lets the watching thread finish.
    func stop() { lock.withLock { stopped = true } }

    /// One look: false once stopped; exits the process when the current case is over time.
    private func watch() -> Bool {
        let (running, done) = lock.withLock { (current, stopped) }
        if done { return false }
        if let running, ContinuousClock.now - running.started > limit {
            FileHandle.standardError.write(Data("fuzz watchdog: \(running.label) still running after \(limit); stopping the run\n".utf8))
            exit(1)
        }
        return true
    }
}
