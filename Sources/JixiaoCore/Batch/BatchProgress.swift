import Foundation

/// Where a batch stands, and the one-line text shown for it on stderr:
/// `12/23 完成 done · 1 失败 failed · 8.5 份/秒 reports/s · 剩余约 2 秒 left`.
public struct BatchProgress: Hashable, Sendable {
    public var total: Int
    /// Reports finished (rendered, failed or kept).
    public var done: Int
    public var failed: Int
    /// Seconds since the batch started (progress only: never written to any file).
    public var elapsed: Double

    public init(total: Int, done: Int, failed: Int, elapsed: Double) {
        self.total = total
        self.done = done
        self.failed = failed
        self.elapsed = elapsed
    }

    /// Reports per second so far; nil before the first one finishes.
    public var rate: Double? { done > 0 && elapsed > 0 ? Double(done) / elapsed : nil }

    /// Seconds left at the rate so far; nil while the rate is unknown.
    public var secondsLeft: Double? { rate.map { Double(total - done) / $0 } }

    public var line: String {
        var parts = ["\(done)/\(total) 完成 done", "\(failed) 失败 failed"]
        if let rate { parts.append(Self.oneDecimal(rate) + " 份/秒 reports/s") }
        if done < total, let secondsLeft { parts.append("剩余约 \(Self.duration(secondsLeft)) left") }
        return parts.joined(separator: " · ")
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// 42 秒 s, 3 分 12 秒 (3 min 12 s).
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) 秒 s" : "\(whole / 60) 分 \(whole % 60) 秒 (\(whole / 60) min \(whole % 60) s)"
    }
}
