import Foundation

/// The scored report as a terminal table: rows, level subtotals, total and grade, aligned
/// for Chinese display width.
public enum ScoreTable {
    private static let columns: [(title: String, width: Int, right: Bool)] = [
        ("一级指标", 10, false), ("二级指标", 14, false), ("三级指标", 30, false),
        ("年度指标值", 14, false), ("实际完成值", 14, false), ("分值", 6, true), ("得分", 6, true),
    ]

    public static func render(_ report: ScoredReport) -> String {
        var lines: [String] = []
        lines.append(report.input.project.name + "  （评分方案 scheme: \(report.scheme.id)）")
        lines.append(row(columns.map(\.title)))
        lines.append(rule())
        if let budget = report.budgetExecution {
            lines.append(row([budget.name, "", "全年执行数/全年预算数", "100%", ScoreFormat.percent(budget.rate),
                              ScoreFormat.number(budget.weight), ScoreFormat.number(budget.score)]))
            lines.append(rule())
        }
        for level in report.levels {
            for (groupIndex, group) in level.groups.enumerated() {
                for (rowIndex, scored) in group.rows.enumerated() {
                    lines.append(row([
                        groupIndex == 0 && rowIndex == 0 ? level.name : "",
                        rowIndex == 0 ? group.name : "",
                        scored.name,
                        scored.shownTarget ?? "—",
                        scored.shownActual ?? "—",
                        ScoreFormat.number(scored.weight),
                        ScoreFormat.number(scored.score),
                    ]))
                }
                lines.append(row(["", "", "  \(group.name)小计", "", "", ScoreFormat.number(group.weight),
                                  ScoreFormat.number(group.score)]))
            }
            lines.append(row(["", "", "\(level.name)合计", "", "", ScoreFormat.number(level.weight),
                              ScoreFormat.number(level.score)]))
            lines.append(rule())
        }
        lines.append(row(["总分", "", "", "", "", ScoreFormat.number(report.totalWeight), ScoreFormat.number(report.total)]))
        lines.append("等级 grade: \(report.grade.rawValue)")
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        zip(cells, columns).map { DisplayWidth.fit($0, to: $1.width, alignRight: $1.right) }
            .joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    private static func rule() -> String {
        String(repeating: "─", count: columns.reduce(0) { $0 + $1.width } + columns.count - 1)
    }
}
