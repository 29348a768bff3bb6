
/// `project:` → `ProjectInfo`; `date` becomes a calendar date, so the PDF never reads the clock,
/// and `year` the budget year the 自评表 states as （2023年度）.
enum ProjectDecoder {
    static let keys = ["name", "department", "implementer", "date", "year"]

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> ProjectInfo? {
        guard let map = MappingReader(node, at: path, what: Message("项目信息", "the project"), known: keys, context: &context) else {
            return nil
        }
        let name = context.requiredText("name", in: map)
        let department = context.requiredText("department", in: map)
        let implementer = context.text("implementer", in: map)
        var date: ReportDate?
        if let node = map.value("date"), let written = context.text(node, at: path.key("date")) {
            date = DateText.parse(written)
            if date == nil {
                context.error(.wrongType,
                              Message("\(path.key("date")) 不是有效日期：“\(written.excerpt)”",
                                      "\(path.key("date")) is not a valid date: '\(written.excerpt)'"),
                              at: path.key("date"), node: node,
                              hints: [Message("写成 2025-05-12 这样的“年-月-日”", "write it as year-month-day, e.g. 2025-05-12")])
            }
        }
        var year: Int?
        if let node = map.value("year"), let written = context.text(node, at: path.key("year")) {
            year = budgetYear(written)
            if year == nil {
                context.error(.wrongType,
                              Message("\(path.key("year")) 不是有效年度：“\(written.excerpt)”",
                                      "\(path.key("year")) is not a valid year: '\(written.excerpt)'"),
                              at: path.key("year"), node: node,
                              hints: [Message("写预算年度的四位数字，例如 2024", "write the budget year's four digits, e.g. 2024")])
            }
        }
        guard let name, let department else { return nil }
        return ProjectInfo(name: name, department: department, implementer: implementer, date: date, year: year)
    }

    /// `2024`, `2024年` or `2024年度` (full-width digits too) → 2024; nil for anything else or
    /// a year outside 1900…2999.
    static func budgetYear(_ written: String) -> Int? {
        var digits = written.trimmingCharacters(in: .whitespaces)
        for suffix in ["年度", "年"] where digits.hasSuffix(suffix) {
            digits.removeLast(suffix.count)
            break
        }
        let ascii = FullWidth.folded(digits)
        guard ascii.count == 4, ascii.allSatisfy(\.isASCII), let year = Int(ascii), (1900...2999).contains(year) else {
            return nil
        }
        return year
    }
}
