import Foundation
import JixiaoCore

/// Turns Ctrl-C into a stop request instead of death: the default action would kill the
/// process mid-report and leave no manifest. The signal is ignored by the process and read
/// from a dispatch source, so no code runs in signal context.
final class InterruptHandler {
    private let source: DispatchSourceSignal

    /// `onFirst` runs once, on the first SIGINT; later ones change nothing (the reports in
    /// progress are finishing, and each is written atomically).
    init(stop: StopRequest, onFirst: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            guard !stop.isRequested else { return }
            stop.request()
            onFirst()
        }
        source.resume()
    }

    /// Stops listening and gives SIGINT its default action back.
    func cancel() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
