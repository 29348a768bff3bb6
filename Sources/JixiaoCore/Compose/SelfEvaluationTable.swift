import Foundation

/// 项目支出绩效自评表: the header block (project, departments, money, goals) and the
/// indicator table with its 合计 and 等级 rows.
enum SelfEvaluationTable {
    /// What a cell with no value shows.
    static let none = "—"
    static let indicatorHeads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                 "偏差原因分析及改进措施"]
    /// Relative widths for A4 portrait at 10.5 pt: names and the reasons get the room; 分值 and
    /// 得分 hold a five-figure score (99.99) on one line.
    static let indicatorWidths: [Double] = [11, 11, 17, 13.5, 13.5, 7.5, 7.5, 19]
    static let headerWidths: [Double] = [14, 16, 13, 13, 13, 9, 11, 11]

    // MARK: Header block

    static func headerBlock(_ report: ScoredReport) -> Table {
        let input = report.input
        let project = input.project
        var rows: [TableRow] = [
            TableRow([head("项目名称"), TableCell(project.name, colSpan: 7, source: .root.key("project").key("name"))]),
            TableRow([
                head("主管部门"), TableCell(project.department, colSpan: 3, source: .root.key("project").key("department")),
                head("实施单位"), TableCell(project.implementer ?? project.department, colSpan: 3,
                                          source: .root.key("project").key("implementer")),
            ]),
        ]
        if let scored = budgetScore(report) { rows += budgetRows(input.budget, weight: scored.weight, score: scored.score) }
        if let goals = input.goals {
            rows.append(TableRow([head("年度总体目标", rowSpan: 2), head("预期目标", colSpan: 4), head("实际完成情况", colSpan: 3)]))
            rows.append(TableRow([
                TableCell(goals.expected, colSpan: 4, alignment: .leading, source: .root.key("goals").key("expected")),
                TableCell(goals.achieved, colSpan: 3, alignment: .leading, source: .root.key("goals").key("achieved")),
            ]))
        }
        return Table(columns: headerWidths.map { TableColumn(width: $0) }, header: [], rows: rows, source: .root.key("project"))
    }

    /// 分值 and 得分 of budget execution: the scheme's own item, or else the first
    /// budget-execution row; nil when the report scores neither.
    static func budgetScore(_ report: ScoredReport) -> (weight: Decimal, score: Decimal)? {
        if let item = report.budgetExecution { return (item.weight, item.score) }
        let rows = report.levels.flatMap(\.groups).flatMap(\.rows)
        return rows.first { $0.row.kind == .budgetExecution }.map { ($0.weight, $0.score) }
    }

    static func budgetRows(_ budget: Budget, weight: Decimal, score: Decimal) -> [TableRow] {
        let path = FieldPath.root.key("budget")
        let money = { (value: Decimal?) in value.map(ScoreFormat.amount) ?? none }
        var rows = [
            TableRow([
                head("项目资金（\(budget.unit)）", rowSpan: 2 + budget.sources.count), head(""),
                head("年初预算数"), head("全年预算数"), head("全年执行数"), head("分值"), head("执行率"), head("得分"),
            ]),
            TableRow([
                TableCell("年度资金总额"), TableCell(money(budget.initial), source: path.key("initial")),
                TableCell(money(budget.adjusted), source: path.key("adjusted")),
                TableCell(money(budget.executed), source: path.key("executed")),
                TableCell(ScoreFormat.number(weight)),
                TableCell(budget.executionRate.map(ScoreFormat.percent) ?? none),
                TableCell(ScoreFormat.number(score)),
            ]),
        ]
        for (index, source) in budget.sources.enumerated() {
            let sourcePath = path.key("sources").index(index + 1)
            rows.append(TableRow([
                TableCell(source.name, source: sourcePath.key("name")), TableCell(money(source.initial)),
                TableCell(money(source.adjusted)), TableCell(money(source.executed)),
                TableCell(none), TableCell(none), TableCell(none),
            ]))
        }
        return rows
    }

    // MARK: Indicators

    static func indicators(_ report: ScoredReport) -> Table {
        var rows: [TableRow] = []
        if let item = report.budgetExecution {
            rows.append(TableRow([
                TableCell(item.name, colSpan: 3), TableCell("100%"), TableCell(ScoreFormat.percent(item.rate)),
                TableCell(ScoreFormat.number(item.weight)), TableCell(ScoreFormat.number(item.score)), TableCell(""),
            ]))
        }
        for level in report.levels {
            let groups = level.groups.filter { !$0.rows.isEmpty }
            let levelRows = groups.reduce(0) { $0 + $1.rows.count }
            for (groupIndex, group) in groups.enumerated() {
                for (rowIndex, row) in group.rows.enumerated() {
                    var cells: [TableCell] = []
                    if groupIndex == 0, rowIndex == 0 {
                        cells.append(TableCell(level.name, rowSpan: levelRows, source: level.level.path))
                    }
                    if rowIndex == 0 { cells.append(TableCell(group.name, rowSpan: group.rows.count, source: group.group.path)) }
                    rows.append(TableRow(cells + rowCells(row)))
                }
            }
        }
        rows.append(TableRow([head("合计", colSpan: 5), head(ScoreFormat.number(report.totalWeight)),
                              head(ScoreFormat.number(report.total)), TableCell("")]))
        rows.append(TableRow([head("自评等级", colSpan: 5), head(report.grade.rawValue, colSpan: 3)]))
        let columns = indicatorWidths.enumerated().map { index, width in
            TableColumn(width: width, alignment: index == indicatorWidths.count - 1 ? .leading : .center)
        }
        return Table(columns: columns, header: [TableRow(indicatorHeads.map { head($0) })], rows: rows,
                     source: .root.key("indicators"), footRows: 2)
    }

    static func rowCells(_ scored: ScoredRow) -> [TableCell] {
        let row = scored.row
        return [
            TableCell(row.name, source: row.path.key("name")),
            TableCell(scored.shownTarget ?? none, source: row.path.key("target")),
            TableCell(scored.shownActual ?? none, source: row.path.key("actual")),
            TableCell(ScoreFormat.number(row.weight), source: row.path.key("weight")),
            TableCell(ScoreFormat.number(scored.score), source: row.path.key("score")),
            TableCell(deviationText(row), source: row.path.key("deviation")),
        ]
    }

    /// 偏差原因 and 改进措施 in one cell: "原因；改进措施：措施".
    static func deviationText(_ row: IndicatorRow) -> String {
        let deviation = row.deviation.map(NarrativeWriter.trimmed) ?? ""
        let measures = row.measures.map(NarrativeWriter.trimmed) ?? ""
        switch (deviation.isEmpty, measures.isEmpty) {
        case (false, false): return deviation + "；改进措施：" + measures
        case (false, true): return deviation
        case (true, false): return "改进措施：" + measures
        case (true, true): return ""
        }
    }

    static func head(_ text: String, rowSpan: Int = 1, colSpan: Int = 1) -> TableCell {
        TableCell(text, rowSpan: rowSpan, colSpan: colSpan, style: .head)
    }
}
