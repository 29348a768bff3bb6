import Foundation
import JixiaoCore

/// The blank 项目支出绩效自评表 of `jixiao template`: the scheme's printed form (`Scheme.form`:
/// its title, funds rows, indicator heads) as a workbook a clerk fills in and `jixiao import`
/// reads back. Title and year line, 项目名称 / 主管部门 / 实施单位, the funds block (amounts in
/// `#,##0.00`, 执行率 in `0.00%`, 分值 and 得分 in `0.00`), 年度总体目标, the indicator header,
/// the levels and groups of the scheme pre-filled and merged over their rows, 分值 and 得分 in
/// `0.00`, targets and actuals as text (so `=100%` stays the text it is, not a formula), a
/// drop-down of the signs the scorer reads on the target column, and the total row.
///
/// The labels are the ones `SelfEvaluationTableReader` looks for, so what the clerk types
/// comes back at its cell; the layout is the form's, so the sheet looks like the PDF's table.
///
/// ```swift
/// let xlsx = try SelfEvaluationTemplate.xlsx(scheme: SchemeLibrary.preset(id: "sichuan-2023")!)
/// ```
public enum SelfEvaluationTemplate {
    /// How many blank rows each group gets.
    static let rowsPerGroup = 2

    /// Where the parts of the form are, for tests and for filling it in code.
    struct Layout {
        var projectName: Grid.Position
        var department: Grid.Position
        var implementer: Grid.Position
        /// The 年度资金总额 row: 年初预算数, 全年预算数, 全年执行数 in columns 3, 4, 5.
        var fundsRow: Int
        var expectedGoal: Grid.Position
        var achievedGoal: Grid.Position
        var headerRow: Int
        /// The indicator rows, in order, each with its level and group.
        var rows: [(row: Int, level: String, group: String)]
        var totalRow: Int
        /// The indicator table's columns by what they hold.
        var columns: [TableForm.IndicatorColumn: Int]
    }

    public static func xlsx(scheme: Scheme) throws(PackageWriteError) -> [UInt8] {
        try WorkbookWriter.xlsx([sheet(scheme: scheme, form: TableForm.form(for: scheme.form)).sheet])
    }

    static let head = WorkbookSheet.Style(bold: true, alignment: .center, wrap: true, bordered: true)
    static let label = WorkbookSheet.Style(alignment: .center, wrap: true, bordered: true)
    static let entry = WorkbookSheet.Style(alignment: .left, wrap: true, bordered: true)
    static let textEntry = WorkbookSheet.Style(numberFormat: "@", alignment: .left, wrap: true, bordered: true)
    static let amount = WorkbookSheet.Style(numberFormat: "#,##0.00", alignment: .right, bordered: true)
    static let percent = WorkbookSheet.Style(numberFormat: "0.00%", alignment: .right, bordered: true)
    static let score = WorkbookSheet.Style(numberFormat: "0.00", alignment: .center, bordered: true)

    static func sheet(scheme: Scheme, form: TableForm) -> (sheet: WorkbookSheet, layout: Layout) {
        var sheet = WorkbookSheet(name: form.title)
        let width = form.indicatorColumns.count
        var row = 1
        sheet.set(row, 1, form.title, WorkbookSheet.Style(bold: true, fontSize: 16, alignment: .center))
        sheet.merge(row, 1, through: row, width, style: WorkbookSheet.Style(bold: true, fontSize: 16, alignment: .center))
        if form.showsYear {
            row += 1
            // The clerk types the year between the brackets: （2024年度）.
            sheet.set(row, 1, "（　　　　年度）", WorkbookSheet.Style(alignment: .center))
            sheet.merge(row, 1, through: row, width, style: WorkbookSheet.Style(alignment: .center))
        }
        // 项目名称 across the row; 主管部门 and 实施单位 side by side, as the PDF's table prints them.
        let facts = [fact("项目名称", row: row + 1, from: 1, through: width, into: &sheet),
                     fact("主管部门", row: row + 2, from: 1, through: middle(width), into: &sheet),
                     fact("实施单位", row: row + 2, from: middle(width) + 1, through: width, into: &sheet)]
        row += 2
        let fundsRow = funds(scheme: scheme, form: form, from: row + 1, width: width, into: &sheet)
        row = fundsRow + max(form.fundsRows.count, 1) + 1
        let goals = goalsBlock(at: row, width: width, into: &sheet)
        row += 2
        let headerRow = row
        var columns: [TableForm.IndicatorColumn: Int] = [:]
        for (index, (column, text)) in zip(form.indicatorColumns, form.indicatorHeads).enumerated() {
            sheet.set(headerRow, index + 1, text, head)
            columns[column] = index + 1
        }
        let rows = indicatorRows(scheme: scheme, form: form, columns: columns, from: headerRow + 1, into: &sheet)
        let totalRow = (rows.last?.row ?? headerRow) + 1
        totals(scheme: scheme, form: form, columns: columns, at: totalRow, into: &sheet)
        validate(form: form, columns: columns, rows: rows.map(\.row), into: &sheet)
        let total = form.indicatorWidths.reduce(0, +)
        sheet.columnWidths = form.indicatorWidths.map { ($0 / max(total, 1) * 110).rounded() }
        let layout = Layout(projectName: facts[0], department: facts[1], implementer: facts[2], fundsRow: fundsRow,
                            expectedGoal: goals.expected, achievedGoal: goals.achieved, headerRow: headerRow, rows: rows,
                            totalRow: totalRow, columns: columns)
        return (sheet, layout)
    }

    /// The last column of a block's left half: 主管部门 and 预期目标 end there.
    static func middle(_ width: Int) -> Int { 1 + (width - 1) / 2 }

    /// A label at `column` and the merged blank cell after it, through `last`; returns the value's place.
    static func fact(_ text: String, row: Int, from column: Int, through last: Int, into sheet: inout WorkbookSheet) -> Grid.Position {
        sheet.set(row, column, text, label)
        sheet.set(row, column + 1, nil, entry)
        sheet.merge(row, column + 1, through: row, last, style: entry)
        return Grid.Position(row: row, column: column + 1)
    }

    /// The funds block from `top`: 项目资金（万元） down the first column, the heads, the
    /// 年度资金总额 row and the form's 其中 rows; returns the 年度资金总额 row.
    static func funds(scheme: Scheme, form: TableForm, from top: Int, width: Int, into sheet: inout WorkbookSheet) -> Int {
        let sources = form.fundsRows.isEmpty ? ["其中："] : form.fundsRows.map(\.label)
        let last = top + 1 + sources.count
        sheet.set(top, 1, "项目资金（\(Budget.defaultUnit)）", label)
        sheet.merge(top, 1, through: last, 1, style: label)
        sheet.set(top, 2, nil, label)
        for (offset, text) in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].enumerated() {
            sheet.set(top, 3 + offset, text, head)
        }
        let totalRow = top + 1
        sheet.set(totalRow, 2, "年度资金总额", label)
        for column in 3...5 { sheet.set(totalRow, column, nil, amount) }
        sheet.set(totalRow, 6, scheme.budgetExecution.map { .number($0.weight) }, score)
        sheet.set(totalRow, 7, nil, percent)
        sheet.set(totalRow, 8, nil, score)
        for (offset, text) in sources.enumerated() {
            let row = totalRow + 1 + offset
            sheet.set(row, 2, text, label)
            for column in 3...5 { sheet.set(row, column, nil, amount) }
            for column in 6...8 { sheet.set(row, column, "—", label) }
        }
        if width > 8 {
            for row in top...last { sheet.merge(row, 8, through: row, width, style: sheet.cells[Grid.Position(row: row, column: 8)]?.style ?? label) }
        }
        return totalRow
    }

    /// 年度总体目标: 预期目标 and 实际完成情况 side by side, a blank row below each to write in.
    static func goalsBlock(at row: Int, width: Int, into sheet: inout WorkbookSheet) -> (expected: Grid.Position, achieved: Grid.Position) {
        let middle = middle(width)
        sheet.set(row, 1, "年度总体目标", label)
        sheet.merge(row, 1, through: row + 1, 1, style: label)
        sheet.set(row, 2, "预期目标", head)
        sheet.merge(row, 2, through: row, middle, style: head)
        sheet.set(row, middle + 1, "实际完成情况", head)
        sheet.merge(row, middle + 1, through: row, width, style: head)
        sheet.set(row + 1, 2, nil, entry)
        sheet.merge(row + 1, 2, through: row + 1, middle, style: entry)
        sheet.set(row + 1, middle + 1, nil, entry)
        sheet.merge(row + 1, middle + 1, through: row + 1, width, style: entry)
        return (Grid.Position(row: row + 1, column: 2), Grid.Position(row: row + 1, column: middle + 1))
    }

    /// The scheme's levels and groups, each named once and merged over its rows (with its
    /// weight, `产出指标（50分）`, which the reader drops from the name); the other cells blank
    /// in the format of what goes there.
    static func indicatorRows(scheme: Scheme, form: TableForm, columns: [TableForm.IndicatorColumn: Int], from top: Int,
                              into sheet: inout WorkbookSheet) -> [(row: Int, level: String, group: String)] {
        var rows: [(row: Int, level: String, group: String)] = []
        var row = top
        for level in StarterIndicators(scheme: scheme).levels {
            let levelTop = row
            for group in level.groups {
                let groupTop = row
                for _ in 0..<rowsPerGroup {
                    for (column, index) in columns where column != .level && column != .group {
                        sheet.set(row, index, nil, style(for: column))
                    }
                    rows.append((row, level.name, group.name))
                    row += 1
                }
                if let index = columns[.group] {
                    sheet.set(groupTop, index, group.fixedWeight.map { "\(group.name)（\(ScoreFormat.number($0))分）" } ?? group.name, label)
                    sheet.merge(groupTop, index, through: row - 1, index, style: label)
                }
            }
            if let index = columns[.level] {
                sheet.set(levelTop, index, "\(level.name)（\(ScoreFormat.number(level.weight))分）", label)
                sheet.merge(levelTop, index, through: row - 1, index, style: label)
            }
        }
        return rows
    }

    /// Targets and actuals as text (`=100%` typed stays text), the split form's value as a
    /// plain number, 分值 and 得分 with two decimals.
    static func style(for column: TableForm.IndicatorColumn) -> WorkbookSheet.Style {
        switch column {
        case .weight, .score: return score
        case .comparator: return label
        case .targetValue: return WorkbookSheet.Style(alignment: .center, bordered: true)
        case .target, .actual, .unit: return textEntry
        case .level, .group, .name, .reasons: return entry
        }
    }

    /// 总分 (or 合计): its label over the columns before 分值, the scheme's 100 under 分值, a
    /// blank 得分; 自评等级 below where the form has it, then a note on how targets are written.
    static func totals(scheme: Scheme, form: TableForm, columns: [TableForm.IndicatorColumn: Int], at row: Int,
                       into sheet: inout WorkbookSheet) {
        let width = form.indicatorColumns.count
        let weightColumn = columns[.weight] ?? width
        sheet.set(row, 1, form.totalLabel, head)
        if weightColumn > 2 { sheet.merge(row, 1, through: row, weightColumn - 1, style: head) }
        let total = scheme.levels.reduce(scheme.budgetExecution?.weight ?? 0) { $0 + $1.weight }
        sheet.set(row, weightColumn, .number(total), score)
        if weightColumn < width {
            for column in (weightColumn + 1)...width { sheet.set(row, column, nil, column == columns[.score] ? score : entry) }
        }
        var next = row + 1
        if form.showsGrade {
            sheet.set(next, 1, "自评等级", head)
            sheet.merge(next, 1, through: next, weightColumn - 1, style: head)
            sheet.set(next, weightColumn, nil, entry)
            sheet.merge(next, weightColumn, through: next, width, style: entry)
            next += 1
        }
        sheet.set(next, 1, "注：" + targetHint, WorkbookSheet.Style(wrap: true))
        sheet.merge(next, 1, through: next, width, style: WorkbookSheet.Style(wrap: true))
    }

    static let targetHint = "年度指标值写比较符号、数值和单位，如 ≥20人、≤100万元、=100%；时限如 年底前完成；评价如 满意。"

    /// The signs the scorer reads (`Quantity.Comparator`), as a drop-down: a strict list on a
    /// column that holds only the sign (四川 指标性质, with 定性 for a rating or a deadline), a
    /// suggestion on a target written whole (≥ picked, then 20人 typed after it).
    static func validate(form: TableForm, columns: [TableForm.IndicatorColumn: Int], rows: [Int], into sheet: inout WorkbookSheet) {
        guard let first = rows.first, let last = rows.last else { return }
        let signs = Quantity.Comparator.allCases.map(\.rawValue)
        if let column = columns[.comparator] {
            sheet.validations.append(.init(range: range(column, first, last), items: signs + ["定性"], strict: true,
                                           promptTitle: "指标性质", prompt: "选 ≥ ≤ = > <，定性指标选“定性”（pick the sign; 定性 for a rating or deadline）"))
        } else if let column = columns[.target] {
            sheet.validations.append(.init(range: range(column, first, last), items: signs, strict: false,
                                           promptTitle: "年度指标值", prompt: targetHint + "（sign, number and unit: ≥20人）"))
        }
    }

    static func range(_ column: Int, _ first: Int, _ last: Int) -> Grid.Range {
        Grid.Range(first: Grid.Position(row: first, column: column), last: Grid.Position(row: last, column: column))
    }
}
