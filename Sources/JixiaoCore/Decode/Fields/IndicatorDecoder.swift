
/// `indicators:` → the three-level tree: levels (一级), groups (二级), rows (三级).
///
/// Levels and groups are named in paths by their `name` (`indicators[产出][数量指标][3]`),
/// rows by position. A level or group whose name is missing or repeated falls back to its
/// position, so every path stays unique. Names are compared the way schemes match them
/// (spaces and a trailing 指标 ignored), so 产出 and 产出指标 count as the same level.
enum IndicatorDecoder {
    static let levelKeys = ["name", "score", "groups"]
    static let groupKeys = ["name", "score", "rows"]
    static let rowKeys = ["name", "target", "actual", "weight", "kind", "direction", "score", "printed_score", "reason",
                          "band", "deviation", "measures"]
    static let kinds: [(word: String, value: IndicatorKind)] = IndicatorKind.allCases.map { ($0.rawValue, $0) }
    static let directions: [(word: String, value: Direction)] = Direction.allCases.map { ($0.rawValue, $0) }
    static let bands: [(word: String, value: QualitativeBand)] =
        QualitativeBand.allCases.map { ($0.shortName, $0) } + QualitativeBand.allCases.map { ($0.rawValue, $0) }

    static func decode(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> [IndicatorLevel] {
        guard let items = nonEmptyList(node, at: path, what: Message("一级指标", "level-1 indicators"), context: &context) else {
            return []
        }
        var seen = NameRegister(normalize: SchemeLevel.normalized)
        return items.enumerated().compactMap { offset, item in
            let levelPath = seen.path(for: item, index: offset + 1, under: path, context: &context)
            return level(item, at: levelPath, context: &context)
        }
    }

    private static func level(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> IndicatorLevel? {
        guard let map = MappingReader(node, at: path, what: Message("一级指标", "a level-1 indicator"), known: levelKeys,
                                      context: &context) else { return nil }
        let name = context.requiredText("name", in: map)
        let score = context.decimal("score", in: map, rule: .nonNegative)
        var groups: [IndicatorGroup] = []
        if let node = map.required("groups", context: &context),
           let items = nonEmptyList(node, at: path.key("groups"), what: Message("二级指标", "level-2 indicators"),
                                    context: &context) {
            var seen = NameRegister(normalize: SchemeLevel.normalized)
            groups = items.enumerated().compactMap { offset, item in
                group(item, at: seen.path(for: item, index: offset + 1, under: path, context: &context), context: &context)
            }
        }
        guard let name else { return nil }
        return IndicatorLevel(name: name, groups: groups, declaredScore: score, path: path)
    }

    private static func group(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> IndicatorGroup? {
        guard let map = MappingReader(node, at: path, what: Message("二级指标", "a level-2 indicator"), known: groupKeys,
                                      context: &context) else { return nil }
        let name = context.requiredText("name", in: map)
        let score = context.decimal("score", in: map, rule: .nonNegative)
        var rows: [IndicatorRow] = []
        // An empty list is allowed here: a printed table may show a group with no rows, which the
        // scorer reports (a warning under review, J005 in a clerk's own file).
        if let node = map.required("rows", context: &context),
           let items = context.list(node, at: path.key("rows"), what: Message("三级指标", "indicator rows")) {
            var seen = NameRegister(normalize: { $0.filter { !$0.isWhitespace } })
            rows = items.enumerated().compactMap { offset, item in
                let rowPath = path.index(offset + 1)
                seen.checkRow(item, at: rowPath, context: &context)
                return row(item, at: rowPath, context: &context)
            }
        }
        guard let name else { return nil }
        return IndicatorGroup(name: name, rows: rows, declaredScore: score, path: path)
    }

    private static func row(_ node: InputNode, at path: FieldPath, context: inout DecodeContext) -> IndicatorRow? {
        guard let map = MappingReader(node, at: path, what: Message("三级指标", "an indicator row"), known: rowKeys,
                                      context: &context) else { return nil }
        let name = context.requiredText("name", in: map)
        // A blank value (an empty spreadsheet cell exported as "") is no value: the scorer then
        // asks for the target or a manual score, instead of failing to read "".
        let target = nonBlank(context.text("target", in: map))
        let actual = nonBlank(context.text("actual", in: map))
        let weight = context.requiredDecimal("weight", in: map, rule: .weight)
        let kind = context.choice("kind", in: map, options: kinds) ?? .measured
        let direction = context.choice("direction", in: map, options: directions)
        let score = context.decimal("score", in: map, rule: .nonNegative)
        let printed = context.decimal("printed_score", in: map, rule: .nonNegative)
        if score != nil, printed != nil, let node = map.value("printed_score") {
            context.error(.wrongType,
                          Message("同一行不能同时写 score（本单位的手工评分）和 printed_score（所审核表中印的得分）",
                                  "a row gives either `score` (the unit's own manual score) or `printed_score` (the score printed in a table under review), not both"),
                          at: path.key("printed_score"), node: node,
                          hints: [Message("自评时写 score 和 reason；审核别人填报的表时只写 printed_score",
                                          "when self-evaluating write `score` and `reason`; when reviewing a filed table write `printed_score` only")])
        }
        let reason = context.text("reason", in: map)
        let band = context.choice("band", in: map, options: bands, code: .qualitativeBand)
        let deviation = context.text("deviation", in: map)
        let measures = context.text("measures", in: map)
        guard let name, let weight else { return nil }
        return IndicatorRow(name: name, target: target, actual: actual, weight: weight, kind: kind, direction: direction,
                            manualScore: score, scoreReason: reason, band: band, deviation: deviation, measures: measures,
                            printedScore: printed,
                            path: path)
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    /// A list that must have at least one item (J005 when empty).
    private static func nonEmptyList(_ node: InputNode, at path: FieldPath, what: Message,
                                     context: inout DecodeContext) -> [InputNode]? {
        guard let items = context.list(node, at: path, what: what) else { return nil }
        if items.isEmpty {
            context.error(.missingField, Message("\(path) 至少要有一项\(what.chinese)", "\(path) needs at least one of \(what.english)"),
                          at: path, node: node,
                          hints: [Message("填写至少一项，或删去这一层", "add at least one item, or delete this level")])
            return nil
        }
        return items
    }
}
