
/// `signature:` → `SignatureInfo`, with the usual three lines when `lines` is left out.
enum SignatureDecoder {
    static let keys = ["lines", "date"]

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> SignatureInfo? {
        guard let map = MappingReader(node, at: path, what: Message("签字栏", "the signature block"), known: keys,
                                      context: &context) else { return nil }
        let lines = map.value("lines").flatMap { context.textList($0, at: path.key("lines")) } ?? SignatureInfo.defaultLines
        let date = context.text("date", in: map)
        return SignatureInfo(lines: lines, date: date)
    }
}
