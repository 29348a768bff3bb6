import Foundation

extension ScoringRule {
    /// How the rule reached `score` from `weight`, in the words a reviewer checks by hand:
    /// `15 × 99.1% = 14.87`. Nil for a score the rule did not compute (manual, qualitative).
    public func arithmetic(weight: Decimal, score: Decimal) -> Message? {
        let w = ScoreFormat.number(weight), s = ScoreFormat.number(score)
        switch self {
        case let .positive(ratio, _):
            if ratio >= 1 { return Message("实际完成值达到年度指标值，得满分\(w)", "the target is met: full marks, \(w)") }
            return Message("\(w) × \(ScoreFormat.percent(ratio)) = \(s)", "\(w) × \(ScoreFormat.percent(ratio)) = \(s)")
        case let .deviated(ratio, deduction):
            let d = ScoreFormat.number(deduction), share = ScoreFormat.percent(ratio)
            return Message("实际完成值为年度指标值的\(share)，属指标偏离，扣\(d)分：\(w) − \(d) = \(s)",
                           "the actual is \(share) of the target, a deviation: \(w) − \(d) = \(s)")
        case let .reverse(ratio):
            if ratio <= 1 { return Message("实际值未超过年度指标值，得满分\(w)", "within the target: full marks, \(w)") }
            let share = ScoreFormat.percent(1 / ratio)
            return Message("\(w) × 年度指标值/实际完成值 \(share) = \(s)", "\(w) × target/actual \(share) = \(s)")
        case let .exact(met):
            return met ? Message("达到年度指标值，得满分\(w)", "the target is met: full marks, \(w)")
                : Message("未达到年度指标值，得0分", "the target is not met: 0")
        case let .budgetExecution(rate):
            let shown = ScoreFormat.percent(min(rate, 1))
            return Message("\(w) × 执行率\(shown) = \(s)", "\(w) × execution rate \(shown) = \(s)")
        case .qualitative, .manual:
            return nil
        }
    }
}
