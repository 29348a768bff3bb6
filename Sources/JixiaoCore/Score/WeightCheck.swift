import Foundation

/// J022: weights that do not add up. Each message names the level and both numbers, since
/// the user fixes it by finding the row whose weight is off; the numbers are exact
/// (`ScoreFormat.exact`), never rounded into looking equal.
enum WeightCheck {
    static func group(_ group: IndicatorGroup, of level: IndicatorLevel, sum: Decimal, expected: Decimal,
                      into diagnostics: inout ScoringDiagnostics) {
        guard sum != expected else { return }
        diagnostics.add(
            .weightSum, diagnostics.refusalSeverity,
            Message("二级指标“\(level.name.excerpt) / \(group.name.excerpt)”下各三级指标分值之和为\(ScoreFormat.exact(sum))，评分方案规定为\(ScoreFormat.exact(expected))",
                    "the rows of “\(level.name.excerpt) / \(group.name.excerpt)” weigh \(ScoreFormat.exact(sum)) in all; the scheme fixes \(ScoreFormat.exact(expected))"),
            at: group.path,
            hint: Message("调整该组各行的 weight，使之合计\(ScoreFormat.exact(expected))",
                          "adjust the rows' `weight` so that they add up to \(ScoreFormat.exact(expected))"))
    }

    static func level(_ level: IndicatorLevel, sum: Decimal, expected: Decimal,
                      into diagnostics: inout ScoringDiagnostics) {
        guard sum != expected else { return }
        diagnostics.add(
            .weightSum, diagnostics.refusalSeverity,
            Message("一级指标“\(level.name.excerpt)”下各指标分值之和为\(ScoreFormat.exact(sum))，评分方案规定为\(ScoreFormat.exact(expected))",
                    "the indicators under “\(level.name.excerpt)” weigh \(ScoreFormat.exact(sum)) in all; the scheme fixes \(ScoreFormat.exact(expected))"),
            at: level.path,
            hint: Message("调整“\(level.name.excerpt)”下各行的 weight，使之合计\(ScoreFormat.exact(expected))",
                          "adjust the rows' `weight` under “\(level.name.excerpt)” so that they add up to \(ScoreFormat.exact(expected))"))
    }

    /// Level weights plus the budget-execution item must make 100; a scheme level the report
    /// lacks is named in the hint.
    static func total(levels: [ScoredLevel], budgetItem: ScoredBudgetExecution?, scheme: Scheme,
                      into diagnostics: inout ScoringDiagnostics) {
        let sum = levels.reduce(budgetItem?.weight ?? 0) { $0 + $1.weight }
        guard sum != 100 else { return }
        let missing = scheme.levels.filter { schemeLevel in !levels.contains { schemeLevel.matches($0.name) } }
        let budgetPart = budgetItem.map { "（含\($0.name)\(ScoreFormat.exact($0.weight))分）" } ?? ""
        let missingNames = missing.map { "\($0.name)（\(ScoreFormat.exact($0.weight))分）" }.joined(separator: "、")
        let hint = missing.isEmpty
            ? Message("核对各一级指标的分值，使总分值为100", "check the level weights so that they make 100")
            : Message("报告缺少评分方案“\(scheme.id.excerpt)”的一级指标：\(missingNames)",
                      "the report lacks these level-1 indicators of scheme “\(scheme.id.excerpt)”: \(missingNames)")
        diagnostics.add(
            .weightSum, diagnostics.refusalSeverity,
            Message("各一级指标分值\(budgetPart)合计为\(ScoreFormat.exact(sum))，应为100",
                    "the level weights\(budgetItem.map { " (with \($0.name) \(ScoreFormat.exact($0.weight)))" } ?? "") add up to \(ScoreFormat.exact(sum)), not 100"),
            at: FieldPath.root.key("indicators"), hint: hint)
    }
}

/// J028: a score the user typed that the computed one contradicts. A warning: the report is
/// still scored and rendered (`check --strict` turns it into a failing exit status).
enum DeclaredScore {
    /// A table under review: its printed total against the sum of its printed rows and the
    /// rule's total, all three in one message, when any two differ.
    /// The declared and printed figures are shown exactly as typed; the rule's total as the
    /// two places it is compared at, since the rule may leave more.
    static func reviewTotal(declared: Decimal, printedRows: Decimal, byRule: Decimal,
                            into diagnostics: inout ScoringDiagnostics) {
        guard declared != printedRows || declared != byRule.roundedHalfUp(places: 2) else { return }
        let rows = ScoreFormat.exact(printedRows), shown = ScoreFormat.exact(declared), rule = ScoreFormat.number(byRule)
        diagnostics.warning(
            .declaredScoreMismatch,
            Message("各行得分合计\(rows)，表中总分\(shown)，按规则计算\(rule)",
                    "the rows' printed scores add up to \(rows), the table's total is \(shown), the rules give \(rule)"),
            at: FieldPath.root.key("self_score"),
            hint: declared != printedRows
                ? Message("表中总分与各行得分之和不符：核对合计行", "the printed total is not the sum of the printed rows: check the total row")
                : Message("各行得分与规则不符：见各行的 J036", "the rows' scores differ from the rules: see each row's J036"))
    }

    static func mismatch(what: (String, String), declared: Decimal, computed: Decimal, at field: FieldPath,
                         into diagnostics: inout ScoringDiagnostics) {
        diagnostics.warning(
            .declaredScoreMismatch,
            Message("填写的\(what.0)为\(ScoreFormat.exact(declared))，按评分规则计算为\(ScoreFormat.exact(computed))",
                    "\(what.1) is given as \(ScoreFormat.exact(declared)) but computes to \(ScoreFormat.exact(computed))"),
            at: field,
            hint: Message("核对各行的指标值和得分：表中所写为\(ScoreFormat.exact(declared))，各行按规则合计为\(ScoreFormat.exact(computed))",
                          "check the rows' values and scores: the figure written is \(ScoreFormat.exact(declared)), the rows add up to \(ScoreFormat.exact(computed)) by the rules"))
    }
}
