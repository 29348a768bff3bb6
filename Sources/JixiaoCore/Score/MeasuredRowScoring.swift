import Foundation

/// Rows scored from their parsed target and actual: ≥ by ratio, ≤ by inverse ratio,
/// =, >, <, deadlines and ratings by met / not met.
extension RowScorer {
    func measured(_ row: IndicatorRow, inGroup groupName: String, into diagnostics: inout ScoringDiagnostics)
        -> ScoredRow {
        let failed = ScoredRow(row: row, target: row.target.map(MeasuredValue.text),
                               actual: row.actual.map(MeasuredValue.text), rule: .exact(met: false), score: 0)
        guard let targetText = row.target else {
            diagnostics.error(
                .missingTarget,
                Message("“\(row.name.excerpt)”未填写年度指标值，无法按规则计分", "“\(row.name.excerpt)” has no target, so the rules cannot score it"),
                at: row.path.key("target"),
                hint: Message("补上年度指标值（如 ≥20个），或填写 score 和 reason 手工评分",
                              "add the target (e.g. ≥20个), or give a manual `score` with its `reason`"))
            return failed
        }
        guard let actualText = row.actual else {
            diagnostics.error(
                .missingField,
                Message("“\(row.name.excerpt)”未填写实际完成值", "“\(row.name.excerpt)” has no actual value"),
                at: row.path.key("actual"),
                hint: Message("在该行 actual 中写实际完成值（如 125个、按期完成、满意）",
                              "write the actual value in the row's `actual` (e.g. 125个, 按期完成, 满意)"))
            return failed
        }
        MeasurementCheck.placeholders(in: row, into: &diagnostics)
        let target = ValueParser.target(targetText)
        let actual = ValueParser.actual(actualText)
        if target == nil { reportUnparseable(targetText, of: row, field: "target", label: ("年度指标值", "target"), into: &diagnostics) }
        if actual == nil { reportUnparseable(actualText, of: row, field: "actual", label: ("实际完成值", "actual"), into: &diagnostics) }
        guard let target, let actual else { return failed }

        switch (target, actual) {
        case (.quantity(let goal), .quantity(let done)):
            return compare(goal, done, row: row, groupName: groupName, into: &diagnostics) ?? failed
        case (.deadline(let goalText, _), .deadline(let doneText, let met)):
            let byDate = DeadlineDate.bound(goalText).flatMap { bound in DeadlineDate.day(doneText).map { $0.isOnOrBefore(bound) } }
            let isMet = met ?? byDate ?? (ValueText.normalized(goalText) == ValueText.normalized(doneText))
            if met == nil, byDate == nil, !isMet {
                reportMismatch(row, expected: ("按期完成、已完成、未完成、延期完成", "按期完成, 已完成, 未完成, 延期完成"), into: &diagnostics)
                return failed
            }
            return metOrNot(isMet, row: row, target: target, actual: actual, into: &diagnostics)
        case (.rating(_, let goalRank), .rating(_, let doneRank)):
            return metOrNot(doneRank >= goalRank, row: row, target: target, actual: actual, into: &diagnostics)
        case (.quantity, _):
            reportMismatch(row, expected: ("数量（如 125个、95%）", "a quantity (e.g. 125个, 95%)"), into: &diagnostics)
        case (.deadline, _):
            reportMismatch(row, expected: ("按期完成、已完成、未完成、延期完成", "按期完成, 已完成, 未完成, 延期完成"), into: &diagnostics)
        default:
            reportMismatch(row, expected: ("评价（非常满意、满意、较满意、基本满意、不满意）", "a rating (非常满意 … 不满意)"), into: &diagnostics)
        }
        return failed
    }

    /// The comparator a target means: as written, or for a bare number the row's direction,
    /// else ≤ in a 成本 group and ≥ everywhere else.
    static func comparator(of goal: Quantity, row: IndicatorRow, groupName: String) -> Quantity.Comparator {
        if let written = goal.comparator { return written }
        switch row.direction {
        case .positive: return .atLeast
        case .reverse: return .atMost
        case .exact: return .equal
        case nil: return groupName.contains("成本") ? .atMost : .atLeast
        }
    }

    private func compare(_ goal: Quantity, _ done: Quantity, row: IndicatorRow, groupName: String,
                         into diagnostics: inout ScoringDiagnostics) -> ScoredRow? {
        MeasurementCheck.quantities(goal, done, of: row, into: &diagnostics)
        guard goal.unit.isEmpty || done.unit.isEmpty || goal.unit == done.unit else {
            diagnostics.error(
                .unitMismatch,
                Message("“\(row.name.excerpt)”的年度指标值单位为“\(goal.unit.excerpt)”，实际完成值单位为“\(done.unit.excerpt)”，两者不一致",
                        "“\(row.name.excerpt)”: the target is in “\(goal.unit.excerpt)” but the actual is in “\(done.unit.excerpt)”"),
                at: row.path.key("actual"),
                hint: Message("把实际完成值换算成“\(goal.unit.excerpt)”再写（也可只写数字）",
                              "convert the actual to “\(goal.unit.excerpt)” (or write the number alone)"))
            return nil
        }
        let comparator = RowScorer.comparator(of: goal, row: row, groupName: groupName)
        let target = MeasuredValue.quantity(goal), actual = MeasuredValue.quantity(done)
        switch comparator {
        case .atLeast, .atMost:
            guard goal.value != 0 else {
                diagnostics.error(
                    .zeroTarget,
                    Message("“\(row.name.excerpt)”的年度指标值为0，无法按比例计分", "“\(row.name.excerpt)” has a target of 0, which cannot be scored by ratio"),
                    at: row.path.key("target"),
                    hint: Message("目标为零的指标（如安全事故0起）请写成 =0起，按是否达到计分；或填写 score 和 reason 手工评分",
                                  "write a zero target as =0 (scored met / not met), or give a manual `score` with its `reason`"))
                return nil
            }
            let ratio = done.value / goal.value
            if comparator == .atMost {
                let score = done.value <= goal.value ? row.weight : row.weight * goal.value / done.value
                return ScoredRow(row: row, target: target, actual: actual, rule: .reverse(ratio: ratio), score: score)
            }
            if let deviation, ratio >= 1 + deviation.overTarget {
                let score = max(row.weight - deviation.deduction, 0)
                let rule = ScoringRule.deviated(ratio: ratio, deduction: deviation.deduction)
                if RowScorer.isBlank(row.deviation) { warnDeviation(row, rule: rule, score: score, limit: deviation, into: &diagnostics) }
                return ScoredRow(row: row, target: target, actual: actual, rule: rule, score: score)
            }
            let overAchieved = done.value >= overAchievementRatio * goal.value
            if overAchieved, RowScorer.isBlank(row.deviation) { warnOverAchieved(row, ratio: ratio, into: &diagnostics) }
            let score = done.value >= goal.value ? row.weight : row.weight * done.value / goal.value
            return ScoredRow(row: row, target: target, actual: actual,
                             rule: .positive(ratio: ratio, overAchieved: overAchieved), score: score)
        case .equal:
            return metOrNot(done.value == goal.value, row: row, target: target, actual: actual, into: &diagnostics)
        case .greater:
            return metOrNot(done.value > goal.value, row: row, target: target, actual: actual, into: &diagnostics)
        case .less:
            return metOrNot(done.value < goal.value, row: row, target: target, actual: actual, into: &diagnostics)
        }
    }

    /// Full marks when met; 0 and a J034 warning when not.
    private func metOrNot(_ met: Bool, row: IndicatorRow, target: MeasuredValue, actual: MeasuredValue,
                          into diagnostics: inout ScoringDiagnostics) -> ScoredRow {
        if !met {
            diagnostics.warning(
                .targetNotMet,
                Message("“\(row.name.excerpt)”未达到年度指标值（\((row.target ?? "").excerpt)，实际\((row.actual ?? "").excerpt)），按规则计0分",
                        "“\(row.name.excerpt)” did not meet its target (\((row.target ?? "").excerpt), actual \((row.actual ?? "").excerpt)) and scores 0 by the rules"),
                at: row.path.key("actual"),
                hint: Message("如需按完成程度给分，请填写 score 和 reason 手工评分；并在 deviation 中说明未达标原因",
                              "to give partial marks, add a manual `score` with its `reason`; explain the shortfall in `deviation`"))
        }
        return ScoredRow(row: row, target: target, actual: actual, rule: .exact(met: met), score: met ? row.weight : 0)
    }

    private func warnOverAchieved(_ row: IndicatorRow, ratio: Decimal, into diagnostics: inout ScoringDiagnostics) {
        let times = ScoreFormat.number(ratio), limit = ScoreFormat.number(overAchievementRatio)
        diagnostics.warning(
            .overAchievement,
            Message("“\(row.name.excerpt)”实际完成值\((row.actual ?? "").excerpt)为年度指标值\((row.target ?? "").excerpt)的\(times)倍（≥\(limit)倍），按满分计，但目标可能设置偏低",
                    "“\(row.name.excerpt)”: the actual is \(times) times the target (≥ \(limit)); full marks, but the target may have been set too low"),
            at: row.path.key("actual"),
            hint: Message("请在 deviation（偏差原因分析）中说明超额完成的原因；如需按偏离程度扣分，请填写 score 和 reason 手工评分",
                          "explain the over-achievement in `deviation`; to deduct by the degree of deviation, give a manual `score` and `reason`"))
    }

    private func warnDeviation(_ row: IndicatorRow, rule: ScoringRule, score: Decimal, limit: DeviationRule,
                               into diagnostics: inout ScoringDiagnostics) {
        guard let arithmetic = rule.arithmetic(weight: row.weight, score: score) else { return }
        let over = ScoreFormat.percent(limit.overTarget)
        diagnostics.warning(
            .indicatorDeviation,
            Message("“\(row.name.excerpt)”超过年度指标值\(over)及以上：\(arithmetic.chinese)",
                    "“\(row.name.excerpt)” exceeds its target by \(over) or more: \(arithmetic.english)"),
            at: row.path.key("actual"),
            hint: Message("在 deviation（偏差原因分析）中说明偏离原因；核对年度指标值是否设置偏低",
                          "explain the deviation in `deviation`; check whether the target was set too low"))
    }

    private func reportUnparseable(_ text: String, of row: IndicatorRow, field: String, label: (String, String),
                                   into diagnostics: inout ScoringDiagnostics) {
        let shown = text.excerpt
        let digits = Self.longestDigitRun(in: text)
        var hint = digits > 30
            ? Message("数字有 \(digits) 位，超过上限 30 位；请检查是否多粘贴了数字", "the number has \(digits) digits, more than 30; check for digits pasted by mistake")
            : ValueVocabulary.acceptedForms
        if let name = ValueText.unknownComparatorName(in: text) {
            hint = Message("开头的\(name)不是可识别的比较符号：请改为 ≥、≤ 或 =", "\(name) at the start is not a comparator Jixiao knows: use ≥, ≤ or =")
        }
        diagnostics.error(
            .unparseableValue,
            Message("“\(row.name.excerpt)”的\(label.0)“\(shown)”无法识别", "“\(row.name.excerpt)”: cannot read the \(label.1) “\(shown)”"),
            at: row.path.key(field), hint: hint)
    }

    /// The most ASCII digits in a row in `text`.
    static func longestDigitRun(in text: String) -> Int {
        var longest = 0, current = 0
        for byte in text.utf8 {
            current = (0x30...0x39).contains(byte) ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    private func reportMismatch(_ row: IndicatorRow, expected: (String, String), into diagnostics: inout ScoringDiagnostics) {
        diagnostics.error(
            .unparseableValue,
            Message("“\(row.name.excerpt)”的实际完成值“\((row.actual ?? "").excerpt)”与年度指标值“\((row.target ?? "").excerpt)”不是同一类，应写\(expected.0)",
                    "“\(row.name.excerpt)”: the actual “\((row.actual ?? "").excerpt)” does not match the kind of target “\((row.target ?? "").excerpt)”; expected \(expected.1)"),
            at: row.path.key("actual"), hint: ValueVocabulary.acceptedForms)
    }
}
