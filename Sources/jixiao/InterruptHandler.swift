import Foundation
import JixiaoCore
import JixiaoPipeline

/// Turns Ctrl-C (SIGINT) and a service stop (SIGTERM, as `kill`, `timeout` and systemd send)
/// into a stop request instead of death: the default action would kill the process
/// mid-report and leave no manifest, and `--resume` could then trust none of the PDFs. The
/// signals are ignored by the process and read from dispatch sources, so no code runs in
/// signal context.
final class InterruptHandler {
    static let signals = [SIGINT, SIGTERM]
    private let sources: [DispatchSourceSignal]
    private let first = Locked<Int32?>(nil)

    /// `onFirst` runs once, on the first signal; later ones change nothing (the reports in
    /// progress are finishing, and each is written atomically).
    init(stop: StopRequest, onFirst: @escaping @Sendable () -> Void) {
        let first = first
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard first.withLock({ received in
                    guard received == nil else { return false }
                    received = number
                    return true
                }) else { return }
                stop.request()
                onFirst()
            }
            source.resume()
            return source
        }
    }

    /// The exit code that reports the stop as shells do: 128 + the signal (130 for Ctrl-C,
    /// 143 for SIGTERM); nil when no signal came.
    var exitStatus: Int32? { first.withLock { $0 }.map { 128 + $0 } }

    /// Stops listening and gives the signals their default action back.
    func cancel() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
