import Foundation

/// 项目支出绩效自评表: the header block (project, departments, money, goals) and the
/// indicator table with its closing rows, laid out as the scheme's `TableForm` says.
enum SelfEvaluationTable {
    /// What a cell with no value shows.
    static let none = "—"
    static var indicatorWidths: [Double] { TableForm.standardIndicatorWidths }

    /// （2023年度）, when the form prints the year and the report gives it.
    static func yearLine(_ report: ScoredReport, form: TableForm) -> String? {
        guard form.showsYear, let year = report.input.project.year else { return nil }
        return "（\(year)年度）"
    }

    // MARK: Header block

    static func headerBlock(_ report: ScoredReport, form: TableForm = .standard) -> Table {
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
        if let scored = budgetScore(report) {
            rows += budgetRows(input.budget, weight: scored.weight, score: scored.score, form: form)
        } else if !form.fundsRows.isEmpty {
            rows += budgetRows(input.budget, weight: nil, score: nil, form: form)
        }
        if input.goals != nil || form.alwaysShowsGoals {
            let goals = FieldPath.root.key("goals")
            rows.append(TableRow([head("年度总体目标", rowSpan: 2), head("预期目标", colSpan: 4), head("实际完成情况", colSpan: 3)]))
            rows.append(TableRow([
                TableCell(input.goals?.expected ?? none, colSpan: 4, alignment: input.goals == nil ? .center : .leading,
                          source: goals.key("expected")),
                TableCell(input.goals?.achieved ?? none, colSpan: 3, alignment: input.goals == nil ? .center : .leading,
                          source: goals.key("achieved")),
            ]))
        }
        return Table(columns: form.headerWidths.map { TableColumn(width: $0) }, header: [], rows: rows,
                     source: .root.key("project"))
    }

    /// 分值 and 得分 of budget execution: the scheme's own item, or else the first
    /// budget-execution row; nil when the report scores neither.
    static func budgetScore(_ report: ScoredReport) -> (weight: Decimal, score: Decimal)? {
        if let item = report.budgetExecution { return (item.weight, item.score) }
        let rows = report.levels.flatMap(\.groups).flatMap(\.rows)
        return rows.first { $0.row.kind == .budgetExecution }.map { ($0.weight, $0.score) }
    }

    /// The funds block: 年度资金总额 with the execution's 分值, 执行率 and 得分 (printed here
    /// once), then the form's fixed rows with the amounts of the sources they name, then the
    /// sources no fixed row took, as written. Cells with nothing given or nothing scored show "—".
    static func budgetRows(_ budget: Budget, weight: Decimal?, score: Decimal?, form: TableForm = .standard) -> [TableRow] {
        let path = FieldPath.root.key("budget")
        let money = { (value: Decimal?) in value.map(ScoreFormat.amount) ?? none }
        var detail: [TableRow] = []
        var taken = Set<Int>()
        for fixed in form.fundsRows {
            let wanted = Set(fixed.sourceNames.map(TableForm.normalizedSourceName))
            let match = budget.sources.indices.first { index in
                !taken.contains(index) && wanted.contains(TableForm.normalizedSourceName(budget.sources[index].name))
            }
            var cells = [TableCell(fixed.label, alignment: .leading)]
            if let match {
                taken.insert(match)
                let source = budget.sources[match]
                let sourcePath = path.key("sources").index(match + 1)
                cells += [TableCell(money(source.initial), source: sourcePath.key("initial")),
                          TableCell(money(source.adjusted), source: sourcePath.key("adjusted")),
                          TableCell(money(source.executed), source: sourcePath.key("executed"))]
            } else {
                cells += [TableCell(none), TableCell(none), TableCell(none)]
            }
            detail.append(TableRow(cells + [TableCell(none), TableCell(none), TableCell(none)]))
        }
        for (index, source) in budget.sources.enumerated() where !taken.contains(index) {
            let sourcePath = path.key("sources").index(index + 1)
            detail.append(TableRow([
                TableCell(source.name, alignment: .leading, source: sourcePath.key("name")),
                TableCell(money(source.initial), source: sourcePath.key("initial")),
                TableCell(money(source.adjusted), source: sourcePath.key("adjusted")),
                TableCell(money(source.executed), source: sourcePath.key("executed")),
                TableCell(none), TableCell(none), TableCell(none),
            ]))
        }
        return [
            TableRow([
                head("项目资金（\(budget.unit)）", rowSpan: 2 + detail.count), head(""),
                head("年初预算数"), head("全年预算数"), head("全年执行数"), head("分值"), head("执行率"), head("得分"),
            ]),
            TableRow([
                TableCell("年度资金总额", alignment: .leading), TableCell(money(budget.initial), source: path.key("initial")),
                TableCell(money(budget.adjusted), source: path.key("adjusted")),
                TableCell(money(budget.executed), source: path.key("executed")),
                TableCell(weight.map(ScoreFormat.number) ?? none),
                TableCell(budget.executionRate.map(ScoreFormat.percent) ?? none),
                TableCell(score.map(ScoreFormat.number) ?? none),
            ]),
        ] + detail
    }

    // MARK: Indicators

    static func indicators(_ report: ScoredReport, form: TableForm = .standard) -> Table {
        let columns = form.indicatorColumns
        var rows: [TableRow] = []
        if form.budgetExecutionInIndicators, let item = report.budgetExecution {
            // The name across the three name columns; the other cells as the columns ask.
            let rate = ScoreFormat.percent(item.rate)
            let cells = columns.dropFirst(3).map { column -> TableCell in
                switch column {
                case .target: return TableCell("100%")
                case .comparator: return TableCell("≥")
                case .targetValue: return TableCell("100")
                case .unit: return TableCell("%")
                case .actual: return TableCell(rate)
                case .weight: return TableCell(ScoreFormat.number(item.weight))
                case .score: return TableCell(ScoreFormat.number(item.score))
                case .level, .group, .name, .reasons: return TableCell("")
                }
            }
            rows.append(TableRow([TableCell(item.name, colSpan: 3)] + cells))
        }
        for level in report.levels {
            let groups = level.groups.filter { !$0.rows.isEmpty }
            let levelRows = groups.reduce(0) { $0 + $1.rows.count }
            for (groupIndex, group) in groups.enumerated() {
                for (rowIndex, row) in group.rows.enumerated() {
                    var cells: [TableCell] = []
                    for column in columns {
                        switch column {
                        case .level:
                            if groupIndex == 0, rowIndex == 0 {
                                cells.append(TableCell(level.name, rowSpan: levelRows, source: level.level.path))
                            }
                        case .group:
                            if rowIndex == 0 { cells.append(TableCell(group.name, rowSpan: group.rows.count, source: group.group.path)) }
                        default:
                            cells.append(cell(column, of: row))
                        }
                    }
                    rows.append(TableRow(cells))
                }
            }
        }
        // 总分 counts every point, the funds block's 预算执行率 included. The label spans the
        // columns before 分值; after 得分 one empty cell to the edge.
        // With a side label (绩效指标) the foot starts under it, one column further left.
        let side = form.indicatorSideLabel == nil ? 0 : 1
        let labelSpan = (columns.firstIndex(of: .weight) ?? max(0, columns.count - 3)) + side
        let rest = max(0, columns.count + side - labelSpan - 2)
        rows.append(TableRow([head(form.totalLabel, colSpan: labelSpan), head(ScoreFormat.number(report.totalWeight)),
                              head(ScoreFormat.number(report.total))] + (rest > 0 ? [TableCell("", colSpan: rest)] : [])))
        if form.showsGrade {
            rows.append(TableRow([head("自评等级", colSpan: labelSpan),
                                  head(report.grade.rawValue, colSpan: columns.count + side - labelSpan)]))
        }
        let widths = form.indicatorWidths
        var tableColumns = widths.enumerated().map { index, width in
            let isReason = index < columns.count && columns[index] == .reasons
            return TableColumn(width: width, alignment: isReason ? .leading : .center,
                               minimumWidth: index < form.indicatorMinimumWidths.count ? form.indicatorMinimumWidths[index] : nil,
                               maximumLines: isReason ? form.reasonLines : nil)
        }
        let sideLabel = form.indicatorSideLabel.map { head($0) }
        if sideLabel != nil { tableColumns.insert(TableColumn(width: form.headerWidths.first ?? 12), at: 0) }
        return Table(columns: tableColumns, header: [TableRow(form.indicatorHeads.map { head($0) })], rows: rows,
                     source: .root.key("indicators"), footRows: form.showsGrade ? 2 : 1, sideLabel: sideLabel)
    }

    /// One cell of an indicator row (the level and group cells span rows and are made apart).
    static func cell(_ column: TableForm.IndicatorColumn, of scored: ScoredRow) -> TableCell {
        let row = scored.row
        switch column {
        // The level and group cells span their rows; `indicators` makes them, never this.
        case .name, .level, .group: return TableCell(row.name, source: row.path.key("name"))
        case .target: return TableCell(scored.shownTarget ?? none, source: row.path.key("target"))
        case .comparator, .targetValue, .unit:
            let parts = targetParts(scored)
            let text = column == .comparator ? parts.comparator : column == .targetValue ? parts.value : parts.unit
            return TableCell(text, source: row.path.key("target"))
        case .actual: return TableCell(scored.shownActual ?? none, source: row.path.key("actual"))
        case .weight: return TableCell(ScoreFormat.number(row.weight), source: row.path.key("weight"))
        case .score: return TableCell(ScoreFormat.number(scored.score), source: row.path.key("score"))
        case .reasons: return TableCell(deviationText(row), source: row.path.key("deviation"))
        }
    }

    /// The target as 指标性质, 指标值 and 度量单位: a measured target's comparator (= where it
    /// has none, as a bare figure is met only by reaching it), its figure as written and its unit;
    /// a rating, deadline or text is 定性 with the words as the value and no unit.
    static func targetParts(_ scored: ScoredRow) -> (comparator: String, value: String, unit: String) {
        guard let target = scored.target else { return (none, scored.shownTarget ?? none, none) }
        switch target {
        case .quantity(let quantity):
            var value = quantity.text
            if let comparator = quantity.comparator, let range = value.range(of: comparator.rawValue) {
                value = String(value[range.upperBound...])
            }
            if !quantity.unit.isEmpty, value.hasSuffix(quantity.unit) { value.removeLast(quantity.unit.count) }
            if value.isEmpty || value.contains(where: { !($0.isNumber || $0 == "." || $0 == "," || $0 == "-") }) {
                value = ScoreFormat.plain(quantity.value)
            }
            return (quantity.comparator?.rawValue ?? "=", value, quantity.unit.isEmpty ? none : quantity.unit)
        case .deadline(let text, _), .rating(let text, _), .text(let text):
            return ("定性", text, none)
        }
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
