import Foundation

/// 评分核算表: the appendix `render --audit` adds, the same audit trail as `score --json` on
/// paper, so a reviewer signs the arithmetic along with the table it re-checks.
///
/// One row per indicator (and the budget item): 指标, 分值, 按规则计算 (the arithmetic),
/// 规则得分, 表中得分 (a table under review) and 相差; then the totals.
enum AuditTable {
    static let title = "评分核算表"

    static func blocks(_ report: ScoredReport) -> [Block] {
        let underReview = report.input.isUnderReview
        var header = ["指标", "分值", "按规则计算", "规则得分"]
        if underReview { header += ["表中得分", "相差"] }
        let widths: [Double] = underReview ? [26, 8, 34, 10, 10, 12] : [30, 10, 44, 16]
        var rows: [TableRow] = []
        if let budget = report.budgetExecution {
            let arithmetic = ScoringRule.budgetExecution(rate: budget.rate).arithmetic(weight: budget.weight, score: budget.ruleScore)
            rows.append(row(name: budget.name, weight: budget.weight, arithmetic: arithmetic?.chinese,
                            rule: budget.ruleScore, printed: report.input.budget.printedScore, underReview: underReview))
        }
        for level in report.levels {
            for group in level.groups {
                for scored in group.rows {
                    let arithmetic = scored.ruleScore.flatMap { scored.rule.arithmetic(weight: scored.weight, score: $0) }
                    rows.append(row(name: scored.name, weight: scored.weight,
                                    arithmetic: arithmetic?.chinese ?? ruleName(scored.rule), rule: scored.ruleScore,
                                    printed: scored.row.printedScore, underReview: underReview, source: scored.row.path))
                }
            }
        }
        var total = [TableCell("合计", colSpan: 2, style: .head), TableCell(""),
                     TableCell(ScoreFormat.number(report.ruleTotal))]
        if underReview {
            total += [TableCell(ScoreFormat.number(report.input.declaredTotal ?? report.total)),
                      TableCell(report.input.declaredTotal.map { ScoreFormat.signed($0 - report.ruleTotal) } ?? "")]
        }
        rows.append(TableRow(total))
        let columns = widths.enumerated().map { TableColumn(width: $1, alignment: $0 == 0 || $0 == 2 ? .leading : .center) }
        return [.pageBreak,
                .paragraph(Paragraph(title, style: .title, outlineTitle: title)),
                .table(Table(columns: columns, header: [TableRow(header.map { TableCell($0, style: .head) })], rows: rows,
                             footRows: 1))]
    }

    private static func row(name: String, weight: Decimal, arithmetic: String?, rule: Decimal?, printed: Decimal?,
                            underReview: Bool, source: FieldPath? = nil) -> TableRow {
        var cells = [TableCell(name, source: source), TableCell(ScoreFormat.number(weight)), TableCell(arithmetic ?? "—"),
                     TableCell(rule.map(ScoreFormat.number) ?? "—")]
        if underReview {
            let difference = both(printed, rule).map { ScoreFormat.signed($0 - $1) }
            cells += [TableCell(printed.map(ScoreFormat.number) ?? "—"), TableCell(difference ?? "—")]
        }
        return TableRow(cells)
    }

    /// What a row the rule does not compute was scored by.
    private static func ruleName(_ rule: ScoringRule) -> String {
        switch rule {
        case .manual(let reason): return "手工评分：" + reason
        case .qualitative(let band): return "定性评价：" + band.shortName
        default: return "规则无法套用"
        }
    }
}
