import Foundation

/// Scores one 三级指标 row by the national rules, reporting into the shared diagnostics.
///
/// Which rule applies: a qualitative row is scored by its band; otherwise a manual score
/// wins; otherwise a budget-execution row is rate × weight; otherwise target and actual are
/// parsed and compared. A row that errs scores 0 here, but the scorer then throws, so such
/// a zero is never printed.
struct RowScorer {
    /// Actual ≥ ratio × target counts as over-achievement.
    let overAchievementRatio: Decimal
    /// 全年执行数 / 全年预算数, nil when the budget is zero (reported once, at the budget).
    let budgetRate: Decimal?
    /// 指标偏离 with its deduction, when the scheme has the rule.
    let deviation: DeviationRule?
    /// A table under review (any `printed_*` field): rows are scored as printed, a row it
    /// prints no score for is J062 (never an error), and weights stand as printed.
    let underReview: Bool

    func score(_ row: IndicatorRow, inGroup groupName: String, into diagnostics: inout ScoringDiagnostics)
        -> ScoredRow {
        if let printed = row.printedScore { return reviewed(row, printed: printed, inGroup: groupName, into: &diagnostics) }
        if underReview, row.manualScore == nil { return unprinted(row, inGroup: groupName, into: &diagnostics) }
        let before = diagnostics.all.count
        var scored: ScoredRow
        if row.kind == .qualitative {
            scored = qualitative(row, into: &diagnostics)
        } else if let manual = row.manualScore {
            scored = self.manual(row, score: manual, into: &diagnostics)
        } else if row.kind == .budgetExecution {
            scored = budgetExecution(row)
        } else {
            scored = measured(row, inGroup: groupName, into: &diagnostics)
        }
        scored.score = scored.score.roundedHalfUp(places: 2)
        let added = diagnostics.all[before...]
        let rowFailed = added.contains { $0.severity == .error }
        // J034 says why the points went; a deviation lost them by exceeding the target, which
        // J032 explains (and asks for a reason only while none is given).
        let alreadyWarnedNotMet = added.contains { $0.code == .targetNotMet } || scored.rule.isDeviation
        if !rowFailed, !alreadyWarnedNotMet { warnMissingDeviation(row, score: scored.score, into: &diagnostics) }
        return scored
    }

    /// J025: points lost and no 偏差原因分析. In a table under review the points are the
    /// printed ones, so the message quotes the table's score, not the rule's.
    private func warnMissingDeviation(_ row: IndicatorRow, score: Decimal, into diagnostics: inout ScoringDiagnostics) {
        guard score < row.weight, RowScorer.isBlank(row.deviation) else { return }
        diagnostics.warning(
            .missingDeviationReason,
            Message("“\(row.name.excerpt)”得分\(ScoreFormat.number(score))，低于分值\(ScoreFormat.number(row.weight))，但未填写偏差原因分析",
                    "“\(row.name.excerpt)” scores \(ScoreFormat.number(score)) of \(ScoreFormat.number(row.weight)) but gives no deviation reason"),
            at: row.path.key("deviation"),
            hint: Message("在该行 deviation 中写明未达标的原因，报告和自评表都会引用",
                          "write why the target was missed in the row's `deviation`; the report and the table quote it"))
    }

    // MARK: Printed (a table under review)

    /// A row a table under review prints no score for (its 得分 cell, often its 完成值 too, left
    /// blank, as 青神县 published its form): the rule's figure counts, what the rule finds
    /// wrong is a warning (a reviewer's table is never refused), and J062 names the cell.
    private func unprinted(_ row: IndicatorRow, inGroup groupName: String, into diagnostics: inout ScoringDiagnostics)
        -> ScoredRow {
        var trial = ScoringDiagnostics(sourceMap: diagnostics.sourceMap)
        let byRule = RowScorer(overAchievementRatio: overAchievementRatio, budgetRate: budgetRate, deviation: deviation, underReview: false)
            .score(row, inGroup: groupName, into: &trial)
        for found in trial.all { diagnostics.carry(found, as: .warning) }
        diagnostics.printedScoreMissing(row.name, byRule: byRule.score, at: row.path.key("printed_score"))
        return byRule
    }

    /// The row scored as printed, with the rule tried beside it: what the rule finds wrong is
    /// reported as warnings (a reviewer's table is never refused), and a printed score the rule
    /// does not give is J036 with both figures and the arithmetic.
    private func reviewed(_ row: IndicatorRow, printed: Decimal, inGroup groupName: String,
                          into diagnostics: inout ScoringDiagnostics) -> ScoredRow {
        var asClerkWrote = row
        asClerkWrote.printedScore = nil
        var trial = ScoringDiagnostics(sourceMap: diagnostics.sourceMap)
        let byRule = RowScorer(overAchievementRatio: overAchievementRatio, budgetRate: budgetRate, deviation: deviation, underReview: false)
            .score(asClerkWrote, inGroup: groupName, into: &trial)
        // The trial's J025 would quote the rule's score; the table's own is checked below.
        for found in trial.all where found.code != .missingDeviationReason { diagnostics.carry(found, as: .warning) }
        warnMissingDeviation(row, score: printed, into: &diagnostics)
        let arithmetic = trial.hasErrors ? nil : byRule.rule.arithmetic(weight: row.weight, score: byRule.score)
        if printed > row.weight {
            diagnostics.warning(
                .scoreOutOfRange,
                Message("“\(row.name.excerpt)”表中得分\(ScoreFormat.number(printed))超过分值\(ScoreFormat.number(row.weight))",
                        "“\(row.name.excerpt)”: the printed score \(ScoreFormat.number(printed)) is above the weight \(ScoreFormat.number(row.weight))"),
                at: row.path.key("printed_score"),
                hint: Message("得分不能超过分值；核对表中这一行", "a score cannot exceed the weight; check this row of the table"))
        }
        if let arithmetic, byRule.score != printed {
            diagnostics.printedScoreDiffers(
                "“\(row.name.excerpt)”", printed: printed, byRule: byRule.score, arithmetic: arithmetic,
                at: row.path.key("printed_score"),
                hint: Message("核对年度指标值、实际完成值和得分；扣分有理由的，应在偏差原因分析中写明",
                              "check the target, the actual and the score; a deduction with a reason should say so in the deviation analysis"))
        }
        var result = byRule
        result.row = row
        result.score = printed
        result.ruleScore = arithmetic == nil ? nil : byRule.score
        return result
    }

    // MARK: Qualitative

    private func qualitative(_ row: IndicatorRow, into diagnostics: inout ScoringDiagnostics) -> ScoredRow {
        let target = row.target.map(MeasuredValue.text)
        let actual = row.actual.map(MeasuredValue.text)
        let bandHint = Message("定性指标写 band: 达成（80%–100%）、部分达成（60%–<80%）或 未达成（<60%），并写 score",
                               "a qualitative row needs `band`: 达成 (80–100%), 部分达成 (60–<80%) or 未达成 (<60%), and a `score`")
        guard let band = row.band else {
            diagnostics.error(.qualitativeBand,
                              Message("定性指标“\(row.name.excerpt)”未选择评价档次", "qualitative row “\(row.name.excerpt)” has no band"),
                              at: row.path.key("band"), hint: bandHint)
            return ScoredRow(row: row, target: target, actual: actual, rule: .qualitative(.notAchieved), score: 0)
        }
        guard let score = row.manualScore else {
            diagnostics.error(.qualitativeBand,
                              Message("定性指标“\(row.name.excerpt)”未填写得分", "qualitative row “\(row.name.excerpt)” has no score"),
                              at: row.path.key("score"), hint: bandHint)
            return ScoredRow(row: row, target: target, actual: actual, rule: .qualitative(band), score: 0)
        }
        if row.target == nil { warnMissingTarget(row, into: &diagnostics) }
        if checkRange(score, of: row, into: &diagnostics) {
            let fraction = row.weight > 0 ? score / row.weight : 0
            if !band.contains(fraction: fraction) {
                let (lower, upper) = band.range
                let upperSign = band == .achieved ? "≤" : "<"
                let limits = "\(ScoreFormat.number(lower * row.weight))–\(upperSign)\(ScoreFormat.number(upper * row.weight))"
                diagnostics.error(
                    .qualitativeBand,
                    Message("定性指标“\(row.name.excerpt)”得分\(ScoreFormat.number(score))不在“\(band.shortName)”档次内（分值\(ScoreFormat.number(row.weight))的\(ScoreFormat.percent(lower))–\(upperSign)\(ScoreFormat.percent(upper))，即\(limits)分）",
                            "qualitative row “\(row.name.excerpt)”: score \(ScoreFormat.number(score)) lies outside band \(band.shortName) (\(limits) of \(ScoreFormat.number(row.weight)))"),
                    at: row.path.key("score"),
                    hint: Message("把 score 改到\(limits)分之间，或改选与得分相符的 band",
                                  "move the score into \(limits), or choose the band that fits the score"))
            }
        }
        return ScoredRow(row: row, target: target, actual: actual, rule: .qualitative(band), score: score)
    }

    // MARK: Manual

    private func manual(_ row: IndicatorRow, score: Decimal, into diagnostics: inout ScoringDiagnostics) -> ScoredRow {
        let reason = row.scoreReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.isEmpty {
            diagnostics.error(
                .manualScoreWithoutReason,
                Message("“\(row.name.excerpt)”手工评分\(ScoreFormat.number(score))分，但未说明理由",
                        "“\(row.name.excerpt)” has a manual score of \(ScoreFormat.number(score)) but no reason"),
                at: row.path.key("reason"),
                hint: Message("在该行 reason 中写明评分理由（如：未开展专项检查，扣2分），或删去 score 按规则计分",
                              "give the reason in the row's `reason` (e.g. 未开展专项检查，扣2分), or remove `score` to score by the rules"))
        }
        _ = checkRange(score, of: row, into: &diagnostics)
        if row.target == nil, row.kind != .budgetExecution { warnMissingTarget(row, into: &diagnostics) }
        // A manual score needs no readable value, but a sign no one can read is still named.
        for (field, text) in [("target", row.target), ("actual", row.actual)] {
            guard let text, let name = ValueText.unknownComparatorName(in: text) else { continue }
            diagnostics.warning(
                .unparseableValue,
                Message("“\(row.name.excerpt)”的“\(text.excerpt)”开头的\(name)不是可识别的比较符号",
                        "“\(row.name.excerpt)”: \(name) at the start of “\(text.excerpt)” is not a comparator Jixiao knows"),
                at: row.path.key(field),
                hint: Message("请改为 ≥、≤ 或 =", "use ≥, ≤ or ="))
        }
        let target = row.target.map { ValueParser.target($0) ?? .text($0) }
        let actual = row.actual.map { ValueParser.actual($0) ?? .text($0) }
        return ScoredRow(row: row, target: target, actual: actual, rule: .manual(reason: reason), score: score)
    }

    // MARK: Budget execution

    /// rate × weight, capped at the weight; the printed target defaults to 100% and the
    /// printed actual to the computed rate.
    private func budgetExecution(_ row: IndicatorRow) -> ScoredRow {
        let rate = budgetRate ?? 0
        let target = row.target.map { ValueParser.target($0) ?? .text($0) }
            ?? .quantity(Quantity(comparator: nil, value: 100, unit: "%", text: "100%"))
        let percent = (rate * 100).roundedHalfUp(places: 2)
        let actual = row.actual.map { ValueParser.actual($0) ?? .text($0) }
            ?? .quantity(Quantity(comparator: nil, value: percent, unit: "%", text: ScoreFormat.percent(rate)))
        return ScoredRow(row: row, target: target, actual: actual, rule: .budgetExecution(rate: rate),
                         score: min(rate, 1) * row.weight)
    }

    // MARK: Shared checks

    /// J023 when the score is outside 0…weight; true when it is inside.
    func checkRange(_ score: Decimal, of row: IndicatorRow, into diagnostics: inout ScoringDiagnostics) -> Bool {
        guard score < 0 || score > row.weight else { return true }
        diagnostics.error(
            .scoreOutOfRange,
            Message("“\(row.name.excerpt)”得分\(ScoreFormat.number(score))超出0到分值\(ScoreFormat.number(row.weight))的范围",
                    "“\(row.name.excerpt)”: score \(ScoreFormat.number(score)) is outside 0…\(ScoreFormat.number(row.weight))"),
            at: row.path.key("score"),
            hint: Message("得分应在0到\(ScoreFormat.number(row.weight))之间；超额完成也只得满分",
                          "a score lies between 0 and \(ScoreFormat.number(row.weight)); over-achievement earns full marks only"))
        return false
    }

    /// nil, empty or only whitespace: a deviation or reason the user did not really give.
    static func isBlank(_ text: String?) -> Bool {
        text.map { $0.allSatisfy(\.isWhitespace) } ?? true
    }

    func warnMissingTarget(_ row: IndicatorRow, into diagnostics: inout ScoringDiagnostics) {
        diagnostics.warning(
            .missingTarget,
            Message("“\(row.name.excerpt)”未填写年度指标值，采用手工评分", "“\(row.name.excerpt)” has no target; its score is the manual one"),
            at: row.path.key("target"),
            hint: Message("如有年度指标值请补上（自评表中缺项显示为“—”），评分理由写在 reason 中",
                          "add the target if there is one (the table prints “—” for it); keep the reasoning in `reason`"))
    }
}
