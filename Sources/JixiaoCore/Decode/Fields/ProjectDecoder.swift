
/// `project:` → `ProjectInfo`; `date` becomes a calendar date, so the PDF never reads the clock.
enum ProjectDecoder {
    static let keys = ["name", "department", "implementer", "date"]

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
        guard let name, let department else { return nil }
        return ProjectInfo(name: name, department: department, implementer: implementer, date: date)
    }
}
