import Foundation
import JixiaoCore

/// Finds a 项目支出绩效自评表 in a `Grid` by its labels, never by fixed cells: the indicator
/// header (三级指标 with 分值 or 权重), the columns by their header text, the funds block by
/// 年度资金总额, the goals by 预期目标/实际完成情况, the project facts by 项目名称, 主管部门 and
/// 实施单位. Forms differ by province and year (the national 2020 form, Sichuan's 指标性质 and
/// 度量单位 columns, 分值 before or after 年度指标值); labels are what they share.
struct SelfEvaluationTableReader {
    /// The indicator table's columns, by header text.
    struct Columns: Hashable, Sendable {
        var level1: Int?
        var level2: Int?
        var level3: Int
        var nature: Int?
        var unit: Int?
        var target: Int?
        var actual: Int?
        var weight: Int?
        var score: Int?
        var deviation: Int?
        var measures: Int?
    }

    let grid: Grid

    /// The row of the indicator header and its columns, or nil when the grid has none.
    /// How far down the header is looked for: a 自评表's is within its first few dozen rows.
    static let headerSearchRows = 200

    func header() -> (row: Int, columns: Columns)? {
        guard grid.rowCount > 0 else { return nil }
        for row in 1...min(grid.rowCount, Self.headerSearchRows) {
            let labels = (1...max(grid.columnCount, 1)).map { (column: $0, label: grid.text(row, $0).compacted) }
            guard let level3 = labels.first(where: { $0.label.contains("三级指标") })?.column,
                  labels.contains(where: { $0.label.contains("分值") || $0.label.contains("权重") }) else { continue }
            func column(_ test: (String) -> Bool) -> Int? {
                labels.first { !grid.isContinuation(row, $0.column) && !$0.label.isEmpty && test($0.label) }?.column
            }
            // Sichuan's form heads them 完成值 and 未完成原因分析 (TableForm.sichuan), the national one
            // 实际完成值 and 偏差原因分析及改进措施.
            let deviation = column { $0.contains("偏差") || $0.contains("原因分析") }
            let columns = Columns(
                level1: column { $0.contains("一级指标") }, level2: column { $0.contains("二级指标") }, level3: level3,
                nature: column { $0.contains("指标性质") }, unit: column { $0.contains("度量单位") || $0.contains("计量单位") },
                target: column { ($0.contains("指标值") || $0.contains("目标值")) && !$0.contains("实际") },
                actual: column { $0.contains("实际") || $0.hasPrefix("完成值") }, weight: column { $0.contains("分值") || $0.contains("权重") },
                score: column { $0.contains("得分") },
                deviation: deviation, measures: column { $0.contains("改进措施") && !$0.contains("偏差") })
            return (row, columns)
        }
        return nil
    }

    /// The whole table, or nil when the grid has no indicator header.
    func read() -> SelfEvaluationTableReading? {
        guard let (headerRow, columns) = header() else { return nil }
        var reading = SelfEvaluationTableReading(at: grid.location(headerRow, 1))
        reading.projectName = labelled("项目名称", before: headerRow)
        reading.department = labelled("主管部门", before: headerRow)
        reading.implementer = labelled("实施单位", before: headerRow)
        reading.year = yearLine(before: headerRow)
        reading.funds = funds(before: headerRow)
        (reading.expectedGoal, reading.achievedGoal) = goals(before: headerRow)
        readIndicators(after: headerRow, columns: columns, into: &reading)
        return reading
    }

    // MARK: Labels above the indicator table

    /// The first cell right of a cell labelled `label` (or the rest of `label：value` in one
    /// cell), in the rows above `limit`.
    func labelled(_ label: String, before limit: Int) -> Located? {
        for row in 1..<max(limit, 1) {
            for column in 1...max(grid.columnCount, 1) where !grid.isContinuation(row, column) {
                let text = grid.text(row, column).compacted
                guard text.hasPrefix(label) || text.hasPrefix("项目" + label) else { continue }
                if let colon = grid.text(row, column).firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    let rest = String(grid.text(row, column)[grid.text(row, column).index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    if !rest.isEmpty { return Located(text: rest, location: grid.location(row, column)) }
                }
                guard text.count <= label.count + 6 else { continue }
                var next = column + 1
                while next <= grid.columnCount, grid.isContinuation(row, next) || grid.text(row, next).isEmpty { next += 1 }
                // A blank 主管部门 beside 实施单位 (the national form's row) has no value: the next
                // label is not it.
                guard next <= grid.columnCount, !Self.factLabels.contains(where: grid.text(row, next).compacted.hasPrefix) else { return nil }
                return Located(text: grid.text(row, next), location: grid.location(row, next))
            }
        }
        return nil
    }

    /// The labels of the project facts above the table, each ending the search for another's value.
    static let factLabels = ["项目名称", "主管部门", "实施单位", "项目主管部门", "项目实施单位"]

    /// The budget year from a line such as `（2023年度）` above the table.
    func yearLine(before limit: Int) -> Located? {
        for row in 1..<max(limit, 1) {
            for column in 1...max(grid.columnCount, 1) {
                let text = grid.text(row, column).compacted
                guard text.contains("年度"), text.count <= 16,
                      let match = text.firstMatch(of: /(\d{4})年度/) else { continue }
                return Located(text: String(match.1), location: grid.location(row, column))
            }
        }
        return nil
    }

    /// The cell whose label contains `label`, above `limit`.
    func find(_ label: String, before limit: Int, from start: Int = 1) -> Grid.Position? {
        guard start < limit else { return nil }
        for row in start..<limit {
            for column in 1...max(grid.columnCount, 1) where !grid.isContinuation(row, column) {
                if grid.text(row, column).compacted.contains(label) { return Grid.Position(row: row, column: column) }
            }
        }
        return nil
    }

    // MARK: Funds

    /// The funds block: the row of 年度资金总额, its figures under the header row above it, and
    /// the 其中 rows below it.
    func funds(before limit: Int) -> SelfEvaluationTableReading.Funds? {
        guard let total = find("年度资金总额", before: limit) else { return nil }
        var headerColumns: [String: Int] = [:]
        for row in stride(from: total.row - 1, through: max(1, total.row - 3), by: -1) {
            for column in 1...max(grid.columnCount, 1) where !grid.isContinuation(row, column) {
                let label = grid.text(row, column).compacted
                let key: String? = label.contains("年初预算") ? "initial"
                    : (label.contains("全年预算") || label.contains("调整后")) ? "adjusted"
                    : label.contains("执行率") ? "rate"
                    : (label.contains("全年执行") || label.contains("执行数")) ? "executed"
                    : label.contains("分值") ? "weight" : label.contains("得分") ? "score" : nil
                if let key, headerColumns[key] == nil { headerColumns[key] = column }
            }
            if headerColumns["executed"] != nil { break }
        }
        func value(_ key: String, _ row: Int) -> Located? {
            guard let column = headerColumns[key], !grid.isContinuation(row, column) else { return nil }
            let text = grid.text(row, column)
            return text.isEmpty ? nil : Located(text: text, location: grid.location(row, column))
        }
        // The unit is in the block's label, `项目资金（万元）`.
        var unit: String?
        for row in 1...total.row where unit == nil {
            for column in 1...max(grid.columnCount, 1) where unit == nil {
                let label = grid.text(row, column)
                guard label.contains("资金") else { continue }
                unit = label.compacted.firstMatch(of: /资金[（(]([^）)]+)[）)]/).map { String($0.1) }
            }
        }
        var funds = SelfEvaluationTableReading.Funds(
            unit: unit, at: grid.location(total.row, total.column),
            initial: value("initial", total.row), adjusted: value("adjusted", total.row), executed: value("executed", total.row),
            weight: value("weight", total.row), rate: value("rate", total.row), score: value("score", total.row))
        var row = total.row + 1
        while row < limit {
            var label = grid.text(row, total.column)
            if grid.isContinuation(row, total.column) || label.isEmpty || label.contains("目标") || label.contains("指标") { break }
            for prefix in ["其中：", "其中:", "其中"] where label.hasPrefix(prefix) {
                label = String(label.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            }
            if !label.isEmpty {
                funds.sources.append(.init(name: Located(text: label, location: grid.location(row, total.column)),
                                           initial: value("initial", row), adjusted: value("adjusted", row),
                                           executed: value("executed", row)))
            }
            row += 1
        }
        return funds
    }

    // MARK: Goals

    /// 预期目标 and 实际完成情况: the first text below each label.
    func goals(before limit: Int) -> (Located?, Located?) {
        guard let block = find("年度总体目标", before: limit) ?? find("总体目标", before: limit) else { return (nil, nil) }
        func below(_ label: String) -> Located? {
            guard let place = find(label, before: limit, from: block.row) else { return nil }
            for row in (place.row + 1)..<max(limit, place.row + 1) where !grid.isContinuation(row, place.column) {
                let text = grid.text(row, place.column)
                if !text.isEmpty { return Located(text: text, location: grid.location(row, place.column)) }
            }
            return nil
        }
        return (below("预期目标"), below("实际完成"))
    }

    // MARK: Indicators

    /// Rows after the header until 总分 or 合计; a blank level or group cell (or one merged
    /// over several rows) continues the one above.
    func readIndicators(after header: Int, columns: Columns, into reading: inout SelfEvaluationTableReading) {
        guard header < grid.rowCount else { return }
        var level: Located?
        var group: Located?
        for row in (header + 1)...grid.rowCount {
            let first = (1...max(grid.columnCount, 1)).lazy.map { self.grid.text(row, $0).compacted }.first { !$0.isEmpty } ?? ""
            if ["总分", "合计", "总计", "自评得分", "综合得分"].contains(where: { first.hasPrefix($0) }) {
                reading.total = columns.score.flatMap { cell(row, $0) }
                break
            }
            if first.hasPrefix("注") || first.hasPrefix("说明") || first.hasPrefix("填表") || first.hasPrefix("填报") { break }
            if let column = columns.level1, let name = levelName(row, column) {
                if name.text != level?.text { group = nil }
                level = name
            }
            if let column = columns.level2, let name = levelName(row, column) { group = name }
            for column in 1...max(grid.columnCount, 1) {
                guard let value = grid.cells[.init(row: row, column: column)], value.isError else { continue }
                reading.warnings.append(.warning(.cellNotRead, Message("单元格是错误值 \(value.text)（公式出错），未读取",
                                                                      "the cell holds the error value \(value.text) (a broken formula); left out"),
                                                 location: value.location))
            }
            let name = cell(row, columns.level3)
            let fields = [columns.target, columns.actual, columns.weight, columns.score].compactMap { $0 }.compactMap { cell(row, $0) }
            guard let name else {
                if let stray = fields.first {
                    reading.warnings.append(.warning(.cellNotRead, Message("第 \(row) 行有数值但没有三级指标名称，未读取",
                                                                          "row \(row) has figures but no 三级指标 name; left out"),
                                                     location: stray.location))
                }
                continue
            }
            guard let levelName = level ?? group, let groupName = group ?? level else { continue }
            var indicator = SelfEvaluationTableReading.Row(name: name)
            indicator.target = target(row, columns, into: &reading)
            indicator.actual = measured(columns.actual.flatMap { cell(row, $0) }, unit: columns.unit.flatMap { cell(row, $0) })
            indicator.weight = columns.weight.flatMap { cell(row, $0) }
            indicator.score = columns.score.flatMap { cell(row, $0) }
            let deviation = columns.deviation.flatMap { cell(row, $0) }
            if columns.measures == nil, let deviation, let split = deviation.text.range(of: "改进措施：") ?? deviation.text.range(of: "改进措施:") {
                let before = deviation.text[..<split.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
                let after = deviation.text[split.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
                indicator.deviation = before.isEmpty ? nil : Located(text: Self.dropLabel(before), location: deviation.location)
                indicator.measures = after.isEmpty ? nil : Located(text: after, location: deviation.location)
            } else {
                indicator.deviation = deviation
                indicator.measures = columns.measures.flatMap { cell(row, $0) }
            }
            append(indicator, level: levelName, group: groupName, to: &reading)
        }
    }

    /// `偏差原因：……` → `……`.
    static func dropLabel(_ text: String) -> String {
        for label in ["偏差原因分析：", "偏差原因分析:", "偏差原因：", "偏差原因:"] where text.hasPrefix(label) {
            return String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// A level or group name: merged cells and blanks continue the name above; a printed
    /// subtotal such as `产出指标(50分)` is not part of the name.
    func levelName(_ row: Int, _ column: Int) -> Located? {
        let text = grid.text(row, column)
        guard !text.isEmpty else { return nil }
        // (A Regex literal is compiled where it is evaluated, so the cheap test goes first.)
        let name = text.hasSuffix(")") || text.hasSuffix("）") ? text.replacing(/\s*[（(]\s*\d+(\.\d+)?\s*分?\s*[)）]\s*$/, with: "") : text
        let place = grid.anchor(.init(row: row, column: column)).map { grid.location($0.row, $0.column) } ?? grid.location(row, column)
        return Located(text: name, location: place)
    }

    /// A row's own cell (a merged continuation is the row above's, not this row's); an error
    /// value (`#DIV/0!`) is no value.
    func cell(_ row: Int, _ column: Int) -> Located? {
        guard !grid.isContinuation(row, column), grid.cells[.init(row: row, column: column)]?.isError != true else { return nil }
        let text = grid.text(row, column)
        return text.isEmpty ? nil : Located(text: text, location: grid.location(row, column))
    }

    /// The target: 指标性质 + 指标值 + 度量单位 where the form splits them; a formula written
    /// as a constant (`=100%`, which Excel takes for a formula) read as the clerk meant it.
    func target(_ row: Int, _ columns: Columns, into reading: inout SelfEvaluationTableReading) -> Located? {
        guard let column = columns.target, !grid.isContinuation(row, column) else { return nil }
        var value = cell(row, column)
        if let formula = grid.cell(row, column)?.formula, let shown = value ?? Optional(Located(text: "", location: grid.location(row, column))) {
            let constant = formula.trimmingCharacters(in: .whitespaces)
            if constant.wholeMatch(of: /[0-9]+(\.[0-9]+)?%?/) != nil {
                value = Located(text: "=" + constant, location: shown.location)
                reading.warnings.append(.warning(.formulaCell, Message("年度指标值写成了公式 =\(constant)（Excel 把开头的 = 当作公式，显示为“\(shown.text)”），按“=\(constant)”读取",
                                                                      "the target was typed as the formula =\(constant) (shown as “\(shown.text)”); read as “=\(constant)”"),
                                                 location: shown.location,
                                                 hints: [Message("在 Excel 中写 ＝\(constant) 或 '=\(constant)（前加单引号）即为文字", "type ＝\(constant) or '=\(constant) to keep it as text")]))
            } else if shown.text.isEmpty {
                reading.warnings.append(.warning(.formulaCell, Message("年度指标值是公式 =\(constant)，文件中没有保存计算结果",
                                                                      "the target is the formula =\(constant) with no saved result"),
                                                 location: shown.location,
                                                 hints: [Message("在 Excel 或 WPS 中打开并保存一次，或把公式换成数值", "open and save it once in Excel or WPS, or replace the formula by its value")]))
            }
        }
        let nature = columns.nature.flatMap { cell(row, $0) }?.text ?? ""
        guard let value else { return nil }
        let combined = measured(value, unit: columns.unit.flatMap { cell(row, $0) })
        guard let combined, !nature.isEmpty, !["定性", "定量"].contains(nature) else { return combined }
        return Located(text: nature + combined.text, location: combined.location)
    }

    /// A value with the row's 度量单位 appended, when the value is a bare number.
    func measured(_ value: Located?, unit: Located?) -> Located? {
        guard var value else { return nil }
        if let unit, !unit.text.isEmpty, value.text.last?.isASCII == true, value.text.last?.isNumber == true,
           value.text.wholeMatch(of: /[=≥≤><]?\s*[0-9][0-9,]*(\.[0-9]+)?/) != nil {
            value.text += unit.text
        }
        return value
    }

    func append(_ row: SelfEvaluationTableReading.Row, level: Located, group: Located, to reading: inout SelfEvaluationTableReading) {
        if reading.levels.last?.name.text != level.text {
            reading.levels.append(.init(name: level))
        }
        let last = reading.levels.count - 1
        if reading.levels[last].groups.last?.name.text != group.text {
            reading.levels[last].groups.append(.init(name: group))
        }
        reading.levels[last].groups[reading.levels[last].groups.count - 1].rows.append(row)
    }
}
