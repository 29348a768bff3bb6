import Foundation
import JixiaoCore
import JixiaoPipeline
import JixiaoRender

/// Shows a batch's progress on stderr. On a terminal: one line redrawn in place (done/total,
/// failures, reports per second, time left). Elsewhere (CI, logs): plain lines at each tenth
/// and every two seconds, with no control characters. A failed report's errors are printed
/// as `check` prints them, above the progress line.
final class BatchProgressPrinter: Sendable {
    private struct State {
        var schedule = ProgressSchedule()
        var lastDraw = -1.0
        var line: String?
    }

    /// Redraws of the terminal line are at least this far apart (seconds).
    private static let redrawInterval = 0.1
    private static let clearLine = "\r\u{1B}[K"

    private let terminal: Bool
    private let state = Locked(State())

    init(terminal: Bool) { self.terminal = terminal }

    func report(_ event: BatchEvent) {
        state.withLock { state in
            if !event.outcome.errors.isEmpty {
                if terminal, state.line != nil { write(Self.clearLine) }
                ErrorPrinter.print(event.outcome.errors)
                if terminal, let line = state.line { write(line) }
            }
            let progress = event.progress
            if terminal {
                let last = progress.done == progress.total
                guard last || progress.elapsed - state.lastDraw >= Self.redrawInterval else { return }
                state.lastDraw = progress.elapsed
                state.line = progress.line
                write(Self.clearLine + progress.line)
            } else if state.schedule.shouldPrint(progress) {
                write(progress.line + "\n")
            }
        }
    }

    /// A notice (the interrupt) on its own line.
    func note(_ text: String) {
        state.withLock { state in
            if terminal, state.line != nil { write(Self.clearLine) }
            write(text + "\n")
            if terminal, let line = state.line { write(line) }
        }
    }

    /// Ends the terminal line so what follows starts on a fresh one.
    func finish() {
        state.withLock { state in
            if terminal, state.line != nil { write("\n") }
            state.line = nil
        }
    }

    private func write(_ text: String) { ErrorPrinter.write(text) }
}
