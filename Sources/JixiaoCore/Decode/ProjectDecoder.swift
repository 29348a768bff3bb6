import Yams

/// `project:` → `ProjectInfo`; `date` becomes a calendar date, so the PDF never reads the clock.
enum ProjectDecoder {
    static let keys = ["name", "department", "implementer", "date"]

    static func decode(_ node: Node, at path: FieldPath, context: inout DecodeContext) -> ProjectInfo? {
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
                              Message("\(path.key("date")) 不是有效日期：“\(DecodeContext.excerpt(written))”",
                                      "\(path.key("date")) is not a valid date: '\(DecodeContext.excerpt(written))'"),
                              at: path.key("date"), node: node,
                              hints: [Message("写成 2025-05-12 这样的“年-月-日”", "write it as year-month-day, e.g. 2025-05-12")])
            }
        }
        guard let name, let department else { return nil }
        return ProjectInfo(name: name, department: department, implementer: implementer, date: date)
    }
}

/// `goals:` → `Goals`: both texts required once the block is written.
enum GoalsDecoder {
    static let keys = ["expected", "achieved"]

    static func decode(_ node: Node, at path: FieldPath, context: inout DecodeContext) -> Goals? {
        guard let map = MappingReader(node, at: path, what: Message("总体目标", "the goals"), known: keys, context: &context) else {
            return nil
        }
        let expected = context.requiredText("expected", in: map)
        let achieved = context.requiredText("achieved", in: map)
        guard let expected, let achieved else { return nil }
        return Goals(expected: expected, achieved: achieved)
    }
}

/// `signature:` → `SignatureInfo`, with the usual three lines when `lines` is left out.
enum SignatureDecoder {
    static let keys = ["lines", "date"]

    static func decode(_ node: Node, at path: FieldPath, context: inout DecodeContext) -> SignatureInfo? {
        guard let map = MappingReader(node, at: path, what: Message("签字栏", "the signature block"), known: keys,
                                      context: &context) else { return nil }
        let lines = map.value("lines").flatMap { context.textList($0, at: path.key("lines")) } ?? SignatureInfo.defaultLines
        let date = context.text("date", in: map)
        return SignatureInfo(lines: lines, date: date)
    }
}
