import Foundation

/// A scoring rule set: which level-1 indicators a report has, their weights, and the
/// tunable thresholds. Presets live as YAML in `assets/schemes/`; a report may also write
/// one inline. The rules themselves (财预〔2020〕10号) are the same in every scheme.
public struct Scheme: Hashable, Sendable {
    /// `national-2020`, `linzhi-2024`, or `inline`.
    public var id: String
    /// Human name, e.g. 财政部项目支出绩效评价（财预〔2020〕10号）.
    public var name: String
    /// Actual ≥ ratio × target is flagged as over-achievement (default 1.5).
    public var overAchievementRatio: Decimal
    /// A computed top-level item (预算执行率, weight 10 in the national rules); nil when the
    /// scheme scores budget execution as an ordinary row (资金支出率 under 资金管理).
    public var budgetExecution: BudgetExecutionItem?
    /// Level-1 indicators in print order; their weights plus `budgetExecution` add up to 100.
    public var levels: [SchemeLevel]
    /// 指标偏离: an actual this far over a ≥ target loses points; nil where over-achievement
    /// earns full marks (财预〔2020〕10号 and most provinces).
    public var deviation: DeviationRule?
    /// Ceilings on the total by 预算执行率; empty where the rate weighs only its own item.
    public var totalCaps: [TotalCap]
    /// The printed 自评表 (`form:` in the file; by default from the id).
    public var form: TableFormID
    /// The body's character grid (`grid:` in the file; by default 28 × 22).
    public var grid: TextGrid

    public static let defaultOverAchievementRatio = Decimal(15) / 10

    /// The attachment's name: the title the table prints and the one the score sentence cites
    /// (根据《项目支出绩效自评表》的评分标准), one constant so the two cannot drift apart.
    public static let selfEvaluationTableTitle = "项目支出绩效自评表"

    public init(id: String, name: String, overAchievementRatio: Decimal = Scheme.defaultOverAchievementRatio,
                budgetExecution: BudgetExecutionItem?, levels: [SchemeLevel], form: TableFormID? = nil,
                grid: TextGrid = .official, deviation: DeviationRule? = nil, totalCaps: [TotalCap] = []) {
        self.id = id
        self.name = name
        self.overAchievementRatio = overAchievementRatio
        self.budgetExecution = budgetExecution
        self.levels = levels
        self.form = form ?? TableFormID.defaultForm(forScheme: id)
        self.grid = grid
        self.deviation = deviation
        self.totalCaps = totalCaps
    }

    /// The tightest ceiling for an execution `rate` (0.75 for 75%), nil when none applies.
    public func totalCap(forRate rate: Decimal) -> TotalCap? {
        totalCaps.filter { rate < $0.rateBelow }.min { $0.maxTotal < $1.maxTotal }
    }

    /// The level a report's level-1 name refers to: exact name, an alias, or the name with
    /// or without a trailing 指标 (产出 = 产出指标).
    public func level(named name: String) -> SchemeLevel? {
        levels.first { $0.matches(name) }
    }
}

/// 指标偏离 as some provinces' 预算管理一体化 rules score it: an actual at or above
/// target × (1 + `overTarget`) is a deviation, scored the row's weight minus `deduction`.
public struct DeviationRule: Hashable, Sendable {
    /// 0.3 for "超过年度指标值30%及以上".
    public var overTarget: Decimal
    /// Points taken from the row's weight (2).
    public var deduction: Decimal

    public init(overTarget: Decimal, deduction: Decimal) {
        self.overTarget = overTarget
        self.deduction = deduction
    }
}

/// A ceiling on the total while 预算执行率 is below `rateBelow`: below 80% at most 89 (良,
/// never 优), and so on down.
public struct TotalCap: Hashable, Sendable {
    /// As a fraction: 0.8 for 80%.
    public var rateBelow: Decimal
    public var maxTotal: Decimal

    public init(rateBelow: Decimal, maxTotal: Decimal) {
        self.rateBelow = rateBelow
        self.maxTotal = maxTotal
    }
}

/// 预算执行率 as its own scored item: rate × weight, capped at the weight.
public struct BudgetExecutionItem: Hashable, Sendable {
    public var name: String
    public var weight: Decimal

    public init(name: String = "预算执行率", weight: Decimal) {
        self.name = name
        self.weight = weight
    }
}

public struct SchemeLevel: Hashable, Sendable {
    public var name: String
    public var weight: Decimal
    public var aliases: [String]
    /// Fixed level-2 weights (资金管理 8, 事项管理 12); empty when the report chooses them.
    public var groups: [SchemeGroup]

    public init(name: String, weight: Decimal, aliases: [String] = [], groups: [SchemeGroup] = []) {
        self.name = name
        self.weight = weight
        self.aliases = aliases
        self.groups = groups
    }

    public func matches(_ other: String) -> Bool {
        ([name] + aliases).contains { SchemeLevel.normalized($0) == SchemeLevel.normalized(other) }
    }

    /// Names compared without spaces and without a trailing 指标.
    static func normalized(_ name: String) -> String {
        let trimmed = name.filter { !$0.isWhitespace }
        return trimmed.hasSuffix("指标") && trimmed.count > 2 ? String(trimmed.dropLast(2)) : trimmed
    }
}

public struct SchemeGroup: Hashable, Sendable {
    public var name: String
    public var weight: Decimal
    public var aliases: [String]

    public init(name: String, weight: Decimal, aliases: [String] = []) {
        self.name = name
        self.weight = weight
        self.aliases = aliases
    }

    public func matches(_ other: String) -> Bool {
        ([name] + aliases).contains { SchemeLevel.normalized($0) == SchemeLevel.normalized(other) }
    }
}

/// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
public enum Grade: String, Hashable, Sendable, CaseIterable {
    case excellent = "优"
    case good = "良"
    case fair = "中"
    case poor = "差"

    public init(total: Decimal) {
        switch total {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }
}
