import Foundation

/// Checks that a scheme adds up before anything is scored with it.
///
/// Level weights plus the budget-execution weight must make 100; a level's fixed group
/// weights must make the level's weight; no two levels (or two groups of one level) may
/// answer to the same name, counting aliases and the optional trailing 指标.
enum SchemeValidator {
    static func problems(in scheme: Scheme, at path: FieldPath, sourceMap: SourceMap) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let levelsPath = path.key("levels")
        let total = scheme.levels.reduce(scheme.budgetExecution?.weight ?? 0) { $0 + $1.weight }
        if total != 100 {
            let parts = (scheme.budgetExecution.map { ["\($0.name) \($0.weight)"] } ?? [])
                + scheme.levels.map { "\($0.name) \($0.weight)" }
            found.append(.error(.invalidScheme,
                                Message("评分方案的权重合计为 \(total)，应为 100（\(parts.joined(separator: " + "))）",
                                        "the scheme's weights add up to \(total), not 100 (\(parts.joined(separator: " + ")))"),
                                field: levelsPath, location: sourceMap.location(of: levelsPath),
                                hints: [Message("调整各一级指标的 weight，使合计为 100", "adjust the levels' weights to make 100")]))
        }
        for (offset, level) in scheme.levels.enumerated() {
            let levelPath = levelsPath.index(offset + 1)
            if let earlier = scheme.levels[..<offset].first(where: { clash($0.name, $0.aliases, level.name, level.aliases) }) {
                found.append(duplicate(level.name, earlier: earlier.name, at: levelPath.key("name"), sourceMap: sourceMap))
            }
            guard !level.groups.isEmpty else { continue }
            let groupsPath = levelPath.key("groups")
            let sum = level.groups.reduce(Decimal(0)) { $0 + $1.weight }
            if sum != level.weight {
                found.append(.error(.invalidScheme,
                                    Message("“\(level.name)”的二级指标权重合计为 \(sum)，应等于其权重 \(level.weight)",
                                            "the groups of '\(level.name)' add up to \(sum), not its weight \(level.weight)"),
                                    field: groupsPath, location: sourceMap.location(of: groupsPath),
                                    hints: [Message("调整各二级指标的 weight，或一级指标的 weight", "adjust the groups' weights or the level's")]))
            }
            for (index, group) in level.groups.enumerated() {
                if let earlier = level.groups[..<index].first(where: { clash($0.name, $0.aliases, group.name, group.aliases) }) {
                    found.append(duplicate(group.name, earlier: earlier.name, at: groupsPath.index(index + 1).key("name"),
                                           sourceMap: sourceMap))
                }
            }
        }
        return found
    }

    /// Whether two entries answer to a common name.
    private static func clash(_ name: String, _ aliases: [String], _ other: String, _ otherAliases: [String]) -> Bool {
        let mine = Set(([name] + aliases).map(SchemeLevel.normalized))
        return ([other] + otherAliases).contains { mine.contains(SchemeLevel.normalized($0)) }
    }

    private static func duplicate(_ name: String, earlier: String, at path: FieldPath, sourceMap: SourceMap) -> Diagnostic {
        .error(.duplicateName,
               Message("“\(name.excerpt)”与前面的“\(earlier.excerpt)”同名（含别名）", "'\(name.excerpt)' has the same name (or alias) as '\(earlier.excerpt)' before it"),
               field: path, location: sourceMap.location(of: path),
               hints: [Message("同一层的名称和别名必须各不相同", "names and aliases at one level must all differ")])
    }
}
