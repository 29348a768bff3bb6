
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
