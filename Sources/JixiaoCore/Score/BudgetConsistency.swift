import Foundation

/// J038: the budget block checked against itself, as a reviewer adds it up by hand: the 其中
/// rows (当年财政拨款, 上年结转资金, 其他资金) against the summary row (年度资金总额), and a
/// budget cut to exactly what was spent.
enum BudgetConsistency {
    static func check(_ budget: Budget, into diagnostics: inout ScoringDiagnostics) {
        let path = FieldPath.root.key("budget")
        let unit = budget.unit.excerpt
        if budget.adjusted > 0, !budget.sources.isEmpty {
            for (label, key, total, part) in [("全年预算数", "adjusted", budget.adjusted, \FundingSource.adjusted),
                                              ("全年执行数", "executed", budget.executed, \FundingSource.executed)] {
                let parts = budget.sources.compactMap { $0[keyPath: part] }
                guard parts.count == budget.sources.count else { continue }
                let sum = parts.reduce(0, +)
                guard sum != total else { continue }
                let terms = parts.map(ScoreFormat.amount).joined(separator: " + ")
                diagnostics.warning(
                    .budgetRowsDisagree,
                    Message("其中各行的\(label)合计 \(terms) = \(ScoreFormat.amount(sum))\(unit)，与年度资金总额的\(ScoreFormat.amount(total))\(unit)不符",
                            "the 其中 rows' \(key) add up to \(terms) = \(ScoreFormat.amount(sum)), not the summary's \(ScoreFormat.amount(total))"),
                    at: path.key("sources"),
                    hint: Message("核对年度资金总额与当年财政拨款、上年结转资金、其他资金各行", "check the summary row against the 其中 rows"))
            }
        }
        if let initial = budget.initial, initial > budget.adjusted, budget.adjusted > 0, budget.adjusted == budget.executed {
            diagnostics.warning(
                .budgetRowsDisagree,
                Message("年初预算数\(ScoreFormat.amount(initial))\(unit)调整为\(ScoreFormat.amount(budget.adjusted))\(unit)，恰好等于全年执行数：执行率因调减预算而为100%",
                        "the budget was cut from \(ScoreFormat.amount(initial)) to \(ScoreFormat.amount(budget.adjusted)), exactly what was spent, so the rate is 100%"),
                at: path.key("adjusted"),
                hint: Message("说明调整预算的原因；按年初预算数计，执行率为\(ScoreFormat.percent(budget.executed / initial))",
                              "explain the adjustment; against the initial budget the rate is \(ScoreFormat.percent(budget.executed / initial))"))
        }
    }

    /// A summary row of zeros beside funded 其中 rows: the rate those rows give, with a
    /// warning naming them, instead of "no rate can be computed".
    static func rateFromFundedRows(_ budget: Budget, into diagnostics: inout ScoringDiagnostics) -> Decimal? {
        guard budget.adjusted == 0 else { return nil }
        let funded = budget.sources.filter { ($0.adjusted ?? 0) > 0 }
        guard !funded.isEmpty else { return nil }
        let adjusted = funded.reduce(Decimal(0)) { $0 + ($1.adjusted ?? 0) }
        let executed = funded.reduce(Decimal(0)) { $0 + ($1.executed ?? 0) }
        let rate = executed / adjusted
        let names = funded.map { "“\($0.name.excerpt)”" }.joined(separator: "、")
        diagnostics.warning(
            .budgetRowsDisagree,
            Message("年度资金总额为0，但其中\(names)有预算：预算执行率按这些行计算，\(ScoreFormat.amount(executed)) ÷ \(ScoreFormat.amount(adjusted)) = \(ScoreFormat.percent(rate))",
                    "the summary row is 0 while \(names) are funded: the rate is computed from them, \(ScoreFormat.amount(executed)) ÷ \(ScoreFormat.amount(adjusted)) = \(ScoreFormat.percent(rate))"),
            at: FieldPath.root.key("budget").key("adjusted"),
            hint: Message("把年度资金总额填为其中各行之和", "fill the summary row with the sum of the 其中 rows"))
        return rate
    }

    /// Spending below 90% of the budget while every 产出 row has full marks: either the
    /// outputs were over-stated or the budget was; a reviewer asks which.
    static func lowExecution(rate: Decimal, levels: [ScoredLevel], into diagnostics: inout ScoringDiagnostics) {
        let outputs = levels.filter { $0.name.contains("产出") }.flatMap { $0.groups.flatMap(\.rows) }
        guard rate < Decimal(9) / 10, !outputs.isEmpty, outputs.allSatisfy({ $0.scoreByRule == $0.weight }) else { return }
        diagnostics.warning(
            .budgetRowsDisagree,
            Message("预算执行率只有\(ScoreFormat.percent(rate))，而产出指标各行全部满分",
                    "only \(ScoreFormat.percent(rate)) of the budget was spent, yet every output row has full marks"),
            at: FieldPath.root.key("budget").key("executed"),
            hint: Message("核对产出指标的实际完成值，或说明资金未用完而产出全部完成的原因",
                          "check the outputs' actuals, or explain how every output was met with the money unspent"))
    }
}
