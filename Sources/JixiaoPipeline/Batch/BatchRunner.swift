import Foundation
import JixiaoCore
import JixiaoRender

/// Renders many reports on several threads: each worker borrows one render session from a
/// `RenderSessionPool` (Pango font maps are not thread-safe) and takes reports from a shared
/// queue until it is empty or a stop is requested. Outcomes are stored by input index, so nothing written afterwards
/// depends on which thread finished first.
public struct BatchRunner: Sendable {
    public let inputs: [BatchInput]
    public let options: BatchOptions
    /// Where the workers borrow their sessions: the caller's, so that what it renders after the
    /// batch (the 汇总表) reuses an open session instead of loading the fonts once more.
    public let sessions: RenderSessionPool

    /// A runner on `sessions`, by default `pool(for: options)`.
    public init(inputs: [BatchInput], options: BatchOptions, sessions: RenderSessionPool? = nil) {
        self.inputs = inputs
        self.options = options
        self.sessions = sessions ?? Self.pool(for: options)
    }

    /// The pool a batch's workers want: a session per job, each with a batch's typeset memory
    /// (`TypesetMemory.batchLimit`), so the batch's memory stops growing after a few reports.
    public static func pool(for options: BatchOptions) -> RenderSessionPool {
        RenderSessionPool(capacity: options.jobs, typesetMemoryLimit: TypesetMemory.batchLimit)
    }

    /// What the workers share, under one lock.
    private struct Queue {
        var next = 0
        var outcomes: [BatchOutcome?]
        var done = 0
        var failed = 0
    }

    /// Runs the batch; `onEvent` is called once per finished report, one call at a time.
    /// Throws only when no worker could open a render session (the fonts are missing): then
    /// no report was started.
    public func run(stop: StopRequest, onEvent: @escaping @Sendable (BatchEvent) -> Void) throws(RenderError) -> BatchRun {
        let queue = Locked(Queue(outcomes: Array(repeating: nil, count: inputs.count)))
        let sessionErrors = Locked<[RenderError]>([])
        let start = ContinuousClock.now
        let group = DispatchGroup()
        let workers = min(options.jobs, sessions.capacity, max(1, inputs.count))
        for _ in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                do throws(RenderError) {
                    // `work` throws nothing: only opening a session can fail.
                    try sessions.withRenderSession { session in
                        work(on: session, queue: queue, stop: stop, start: start, onEvent: onEvent)
                    }
                } catch {
                    sessionErrors.withLock { $0.append(error) }
                }
            }
            // Pango and HarfBuzz recurse; give workers the main thread's stack, not the 512 KB default.
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        let errors = sessionErrors.withLock { $0 }
        if errors.count == workers, let first = errors.first { throw first }
        let finished = queue.withLock { $0.outcomes }
        var interrupted = false
        let outcomes = finished.enumerated().map { index, outcome in
            if let outcome { return outcome }
            interrupted = true
            let input = inputs[index]
            return BatchOutcome.interrupted(input, inputSHA256: SHA256.hex(ofFile: input.path) ?? "")
        }
        return BatchRun(outcomes: outcomes, interrupted: interrupted)
    }

    /// One worker's loop: the next report until none is left or a stop is requested.
    private func work(on session: RenderSession, queue: Locked<Queue>, stop: StopRequest, start: ContinuousClock.Instant,
                      onEvent: @escaping @Sendable (BatchEvent) -> Void) {
        let job = ReportJob(session: session, options: options)
        while let index = queue.withLock({ Self.take(&$0, stop: stop) }) {
            let outcome = job.run(inputs[index])
            queue.withLock { state in
                state.outcomes[index] = outcome
                state.done += 1
                if outcome.entry.status == .failed { state.failed += 1 }
                let elapsed = start.duration(to: .now)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                onEvent(BatchEvent(index: index, outcome: outcome,
                                   progress: BatchProgress(total: inputs.count, done: state.done, failed: state.failed,
                                                           elapsed: seconds)))
            }
        }
    }

    /// The next report to start, or nil when there is none or a stop was requested.
    private static func take(_ queue: inout Queue, stop: StopRequest) -> Int? {
        guard !stop.isRequested, queue.next < queue.outcomes.count else { return nil }
        defer { queue.next += 1 }
        return queue.next
    }
}
