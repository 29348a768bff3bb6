import Foundation

/// J039: values that read as numbers but are not what was measured, each with its likely fix.
/// Tables copied from a template or filled in a hurry carry them; the rule would score them
/// without a word (an actual of "≥266米" meets a target of "≥266米").
enum MeasurementCheck {
    /// Template placeholders: 项目(≥**平方米), XX个, ××万元.
    static let placeholders = ["**", "＊＊", "XX", "xx", "××", "ＸＸ"]

    /// Placeholders in the row's name, target or actual.
    static func placeholders(in row: IndicatorRow, into diagnostics: inout ScoringDiagnostics) {
        for (field, text) in [("name", row.name), ("target", row.target ?? ""), ("actual", row.actual ?? "")] {
            guard let mark = placeholders.first(where: text.contains) else { continue }
            diagnostics.warning(
                .notAMeasurement,
                Message("“\(row.name.excerpt)”的\(label(field))“\(text.excerpt)”中留有模板占位符“\(mark)”",
                        "“\(row.name.excerpt)”: the \(field) “\(text.excerpt)” still has the template placeholder “\(mark)”"),
                at: row.path.key(field),
                hint: Message("把“\(mark)”换成实际的数字", "replace “\(mark)” with the real figure"))
        }
    }

    /// The target and actual as quantities: an actual with a comparator, a unit typo, a unitless
    /// actual against a target with a unit, a fraction against a percentage.
    static func quantities(_ goal: Quantity, _ done: Quantity, of row: IndicatorRow, into diagnostics: inout ScoringDiagnostics) {
        if let sign = done.comparator {
            diagnostics.warning(
                .notAMeasurement,
                Message("“\(row.name.excerpt)”的实际完成值“\(done.text.excerpt)”写成了指标值的形式（带“\(sign.rawValue)”），不是实际完成的数",
                        "“\(row.name.excerpt)”: the actual “\(done.text.excerpt)” is written like a target (with “\(sign.rawValue)”), not as what was done"),
                at: row.path.key("actual"),
                hint: Message("写实际完成的数量，例如 \(ScoreFormat.number(done.value))\(done.unit)", "write what was actually done, e.g. \(ScoreFormat.number(done.value))\(done.unit)"))
        }
        for (field, quantity) in [("target", goal), ("actual", done)] where unitTypos[quantity.unit] != nil {
            let fix = unitTypos[quantity.unit] ?? ""
            diagnostics.warning(
                .notAMeasurement,
                Message("“\(row.name.excerpt)”的\(label(field))“\(quantity.text.excerpt)”单位写成了“\(quantity.unit)”，应为“\(fix)”",
                        "“\(row.name.excerpt)”: the \(field) “\(quantity.text.excerpt)” has the unit “\(quantity.unit)”; it should be “\(fix)”"),
                at: row.path.key(field),
                hint: Message("改为 \(ScoreFormat.number(quantity.value))\(fix)", "write \(ScoreFormat.number(quantity.value))\(fix)"))
        }
        guard done.unit.isEmpty, !goal.unit.isEmpty, done.comparator == nil else { return }
        if goal.unit == "%", done.value > 0, done.value <= 1 {
            let percent = ScoreFormat.number(done.value * 100)
            diagnostics.warning(
                .notAMeasurement,
                Message("“\(row.name.excerpt)”的实际完成值是\(ScoreFormat.number(done.value))，年度指标值是百分数：\(ScoreFormat.number(done.value))是否应为\(percent)%？",
                        "“\(row.name.excerpt)”: the actual is \(ScoreFormat.number(done.value)) against a percentage target: should it be \(percent)%?"),
                at: row.path.key("actual"),
                hint: Message("Excel 的百分比单元格存的是小数；请写成 \(percent)%", "Excel stores a percent cell as a fraction; write \(percent)%"))
        } else {
            diagnostics.warning(
                .notAMeasurement,
                Message("“\(row.name.excerpt)”的实际完成值“\(done.text.excerpt)”没有单位，年度指标值的单位是“\(goal.unit.excerpt)”",
                        "“\(row.name.excerpt)”: the actual “\(done.text.excerpt)” has no unit; the target is in “\(goal.unit.excerpt)”"),
                at: row.path.key("actual"),
                hint: Message("写明单位，例如 \(ScoreFormat.number(done.value))\(goal.unit.excerpt)", "give the unit, e.g. \(ScoreFormat.number(done.value))\(goal.unit.excerpt)"))
        }
    }

    /// Units seen mistyped in published tables, and what they stand for.
    static let unitTypos: [String: String] = ["百分比": "%", "百分点": "%", "%%": "%"]

    private static func label(_ field: String) -> String {
        switch field {
        case "name": return "名称"
        case "target": return "年度指标值"
        default: return "实际完成值"
        }
    }
}
