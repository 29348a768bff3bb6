/// `opening:` → `Opening` and `closing:` → `Closing`: two optional texts each.
enum OpeningClosingDecoder {
    static let openingKeys = ["title", "text"]
    static let closingKeys = ["unit", "date"]

    static func opening(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Opening? {
        guard let map = MappingReader(node, at: path, what: Message("标题与开头语", "the title and opening"), known: openingKeys,
                                      context: &context) else { return nil }
        return Opening(title: context.text("title", in: map), text: context.text("text", in: map))
    }

    static func closing(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Closing? {
        guard let map = MappingReader(node, at: path, what: Message("落款", "the closing (unit and date)"), known: closingKeys,
                                      context: &context) else { return nil }
        return Closing(unit: context.text("unit", in: map), date: context.text("date", in: map))
    }
}
