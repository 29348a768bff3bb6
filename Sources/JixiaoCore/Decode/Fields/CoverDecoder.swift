
/// `cover:` → `Cover`. Labels are data: each `fields` item is one `label: value` line,
/// printed in the order written, the value kept exactly as typed.
enum CoverDecoder {
    static let keys = ["title", "fields", "issuer", "year"]

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Cover? {
        guard let map = MappingReader(node, at: path, what: Message("封面", "the cover"), known: keys, context: &context) else {
            return nil
        }
        let title = map.value("title") == nil ? Cover.defaultTitle
            : context.requiredVisibleText("title", in: map, hint: Message("删去 title 一行即用默认标题“\(Cover.defaultTitle)”",
                                                                          "leave title out for the default “\(Cover.defaultTitle)”"))
              ?? Cover.defaultTitle
        let issuer = context.text("issuer", in: map)
        let year = context.text("year", in: map)
        let fieldsPath = path.key("fields")
        guard let items = map.required("fields", context: &context,
                                       hint: Message("例如：fields: [{项目名称: …}, {填报日期: …}]", "e.g. fields: [{项目名称: …}, {填报日期: …}]"))
            .flatMap({ context.list($0, at: fieldsPath, what: Message("封面栏目", "cover lines")) }) else { return nil }
        let fields = items.enumerated().compactMap { offset, item in
            coverField(item, at: fieldsPath.index(offset + 1), context: &context)
        }
        return Cover(title: title, fields: fields, issuer: issuer, year: year)
    }

    /// One `- 标签: 值` item; the value may be empty (a blank line to fill in by hand).
    private static func coverField(_ item: InputNode, at path: FieldPath, context: inout DecodeContext) -> CoverField? {
        guard case .mapping(let pairs) = item.content, pairs.count == 1, let (key, value) = pairs.first.map({ ($0.key, $0.value) }),
              let label = context.keyName(key) else {
            context.error(.wrongType,
                          Message("\(path) 应是一个“标签: 内容”，例如“- 填报人姓名: 张三”", "\(path) must be one 'label: value', e.g. '- 填报人姓名: 张三'"),
                          at: path, node: item,
                          hints: fullWidthColonHint(item) + [Message("每个栏目单独一行，以“- ”开头", "put each cover line on its own '- ' item")])
            return nil
        }
        context.record(path, item)
        if value.isNull { return CoverField(label: label, value: "") }
        guard let text = context.text(value, at: path) else { return nil }
        return CoverField(label: label, value: text)
    }

    /// `- 项目名称：测试` is one text to YAML: the full-width colon (U+FF1A) is named, since a
    /// label may itself hold one and so the colon cannot be read as `: ` safely.
    private static func fullWidthColonHint(_ item: InputNode) -> [Message] {
        guard let text = item.scalarText, let colon = text.firstIndex(of: "：") else { return [] }
        let label = String(text[..<colon])
        return [Message("“\(label.excerpt)”后面是全角冒号“：”（U+FF1A）：请改成半角冒号加空格，如“- \(label.excerpt): …”",
                        "'\(label.excerpt)' is followed by the full-width colon '：' (U+FF1A): write an ASCII colon and a space, '- \(label.excerpt): …'")]
    }
}
