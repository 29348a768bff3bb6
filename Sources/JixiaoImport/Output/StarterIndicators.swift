import Foundation
import JixiaoCore

/// The indicator tree a new report starts from, for one scheme: its levels in order, each
/// with the scheme's fixed groups or else the usual 二级指标 of 财预〔2020〕10号 (产出: 数量,
/// 质量, 时效, 成本; 效益: 经济, 社会, 生态, 可持续影响; 满意度: 服务对象满意度), and one example
/// row per group whose weights add up to the scheme's, so `check` accepts the file as it is.
/// `jixiao new` writes it as YAML; `jixiao template` pre-fills the level and group names.
///
/// ```swift
/// StarterIndicators(scheme: national).levels.map(\.name)   // ["产出指标", "效益指标", "满意度指标"]
/// ```
struct StarterIndicators: Hashable, Sendable {
    /// One example row: a name, a target the scorer reads and an actual that meets it.
    struct Row: Hashable, Sendable {
        var name: String
        var target: String
        var actual: String
        var weight: Decimal
    }

    struct Group: Hashable, Sendable {
        var name: String
        /// The scheme's fixed weight of the group, if it has one.
        var fixedWeight: Decimal?
        var row: Row
    }

    struct Level: Hashable, Sendable {
        var name: String
        var weight: Decimal
        var groups: [Group]
    }

    var levels: [Level]

    init(scheme: Scheme) {
        levels = scheme.levels.map { level in
            let groups: [(name: String, weight: Decimal?)] = level.groups.isEmpty
                ? Self.usualGroups(of: level).map { ($0, nil) }
                : level.groups.map { ($0.name, $0.weight) }
            let shares = Self.split(level.weight, into: groups.count)
            return Level(name: level.name, weight: level.weight, groups: zip(groups, shares).map { group, share in
                let example = Self.example(forGroup: group.name)
                return Group(name: group.name, fixedWeight: group.weight,
                             row: Row(name: example.name, target: example.target, actual: example.actual,
                                      weight: group.weight ?? share))
            })
        }
    }

    /// The usual 二级指标 of a level, by its name (产出, 效益, 满意度, with or without 指标).
    static func usualGroups(of level: SchemeLevel) -> [String] {
        for (names, groups) in usual where names.contains(where: level.matches) { return groups }
        return [level.name.hasSuffix("指标") ? level.name : level.name + "指标"]
    }

    static let usual: [(levels: [String], groups: [String])] = [
        (["产出"], ["数量指标", "质量指标", "时效指标", "成本指标"]),
        (["效益"], ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        (["满意度", "服务对象满意度"], ["服务对象满意度指标"]),
        (["过程"], ["资金管理", "事项管理"]),
    ]

    /// An example row whose target fits the group: a count, a rate, a deadline, a cost.
    static func example(forGroup group: String) -> (name: String, target: String, actual: String) {
        for (word, example) in examples where group.contains(word) { return example }
        return ("示例指标", "≥1项", "1项")
    }

    static let examples: [(String, (name: String, target: String, actual: String))] = [
        ("数量", ("完成任务数量", "≥1项", "1项")),
        ("质量", ("验收合格率", "=100%", "100%")),
        ("时效", ("完成时限", "年底前完成", "按期完成")),
        ("成本", ("成本控制数", "≤100万元", "100万元")),
        ("经济", ("带动增收", "≥1万元", "1万元")),
        ("社会", ("受益人数", "≥100人", "100人")),
        ("生态", ("生态环境改善点位", "≥1个", "1个")),
        ("可持续", ("长效管护机制", "≥1项", "1项")),
        ("满意", ("服务对象满意度", "≥90%", "90%")),
        ("资金", ("资金到位率", "=100%", "100%")),
        ("事项", ("制度执行有效率", "=100%", "100%")),
    ]

    /// `total` in `count` shares of at most two decimals (the weights' precision), the first
    /// taking what rounding leaves, so they add up exactly: 50 in 4 → 12.5 each; 10 in 3 →
    /// 3.34, 3.33, 3.33.
    static func split(_ total: Decimal, into count: Int) -> [Decimal] {
        guard count > 0 else { return [] }
        var share = total / Decimal(count)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &share, 2, .down)
        return [total - rounded * Decimal(count - 1)] + Array(repeating: rounded, count: count - 1)
    }
}
