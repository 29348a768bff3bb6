
/// `goals:` → `Goals`: both texts required once the block is written.
enum GoalsDecoder {
    static let keys = ["expected", "achieved"]

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> Goals? {
        guard let map = MappingReader(node, at: path, what: Message("总体目标", "the goals"), known: keys, context: &context) else {
            return nil
        }
        let expected = context.requiredText("expected", in: map)
        let achieved = context.requiredText("achieved", in: map)
        guard let expected, let achieved else { return nil }
        return Goals(expected: expected, achieved: achieved)
    }
}

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
