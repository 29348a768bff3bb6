import Foundation

/// 一级指标: a level of the indicator tree (过程, 产出, 效益, 满意度 …).
public struct IndicatorLevel: Hashable, Sendable {
    public var name: String
    public var groups: [IndicatorGroup]
    /// A subtotal the user typed, checked against the computed one.
    public var declaredScore: Decimal?
    public var path: FieldPath

    public init(name: String, groups: [IndicatorGroup], declaredScore: Decimal? = nil, path: FieldPath) {
        self.name = name
        self.groups = groups
        self.declaredScore = declaredScore
        self.path = path
    }
}

/// 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, 满意度指标, 资金管理, 事项管理 …
public struct IndicatorGroup: Hashable, Sendable {
    public var name: String
    public var rows: [IndicatorRow]
    public var declaredScore: Decimal?
    public var path: FieldPath

    public init(name: String, rows: [IndicatorRow], declaredScore: Decimal? = nil, path: FieldPath) {
        self.name = name
        self.rows = rows
        self.declaredScore = declaredScore
        self.path = path
    }
}

/// 三级指标: one row of the points table, as written.
///
/// Target and actual stay text here ("≥20个", "上半年完成", "满意"); the scorer parses them,
/// so a value that cannot be read is reported with this row's path, never read as zero.
public struct IndicatorRow: Hashable, Sendable {
    public var name: String
    /// 年度指标值; nil when the user left it out (the row then needs a manual score).
    public var target: String?
    /// 实际完成值
    public var actual: String?
    /// 分值
    public var weight: Decimal
    public var kind: IndicatorKind
    /// Forces the direction of a bare number ("100万元"), which is otherwise ≥, or ≤ in 成本指标.
    public var direction: Direction?
    /// 自评得分 given by hand; overrides the rule, and needs `scoreReason`.
    public var manualScore: Decimal?
    /// Why the manual score (e.g. 未开展专项检查，扣2分).
    public var scoreReason: String?
    /// 得分 as printed in a table under review (a bureau re-checking a filed 自评表): needs no
    /// reason; the rule's score is computed beside it and any difference reported.
    public var printedScore: Decimal?
    /// For qualitative rows: the band the user chose.
    public var band: QualitativeBand?
    /// 偏差原因分析
    public var deviation: String?
    /// 改进措施
    public var measures: String?
    public var path: FieldPath

    public init(name: String, target: String?, actual: String?, weight: Decimal, kind: IndicatorKind = .measured,
                direction: Direction? = nil, manualScore: Decimal? = nil, scoreReason: String? = nil,
                band: QualitativeBand? = nil, deviation: String? = nil, measures: String? = nil,
                printedScore: Decimal? = nil, path: FieldPath) {
        self.name = name
        self.target = target
        self.actual = actual
        self.weight = weight
        self.kind = kind
        self.direction = direction
        self.manualScore = manualScore
        self.scoreReason = scoreReason
        self.printedScore = printedScore
        self.band = band
        self.deviation = deviation
        self.measures = measures
        self.path = path
    }
}

/// How a row is scored.
public enum IndicatorKind: String, Hashable, Sendable, CaseIterable {
    /// Target and actual are parsed: numbers (≥ ≤ =), deadlines, ratings.
    case measured
    /// 定性指标: scored by the user within one of three bands.
    case qualitative
    /// 预算执行率 / 资金支出率: computed from the budget, rate × weight, capped at the weight.
    case budgetExecution = "budget-execution"
}

/// Which way a quantitative indicator is good.
public enum Direction: String, Hashable, Sendable, CaseIterable {
    /// ≥: more is better; below target scores weight × actual/target.
    case positive
    /// ≤ (costs): less is better; over target scores weight × target/actual.
    case reverse
    /// =: met or not.
    case exact
}

/// The three bands of the national rules for qualitative indicators, as fractions of the weight.
public enum QualitativeBand: String, Hashable, Sendable, CaseIterable {
    /// 达成年度指标: 80%–100%, both ends inclusive.
    case achieved = "达成年度指标"
    /// 部分达成年度指标并具有一定效果: 60% up to (not including) 80%.
    case partial = "部分达成年度指标并具有一定效果"
    /// 未达成年度指标且效果较差: 0 up to (not including) 60%.
    case notAchieved = "未达成年度指标且效果较差"

    /// The fraction of the weight the band allows: lower bound inclusive; upper inclusive only for `achieved`.
    public var range: (lower: Decimal, upper: Decimal) {
        switch self {
        case .achieved: return (Decimal(8) / 10, 1)
        case .partial: return (Decimal(6) / 10, Decimal(8) / 10)
        case .notAchieved: return (0, Decimal(6) / 10)
        }
    }

    /// Whether `fraction` (score / weight) lies in this band.
    public func contains(fraction: Decimal) -> Bool {
        let (lower, upper) = range
        return self == .achieved ? (fraction >= lower && fraction <= upper) : (fraction >= lower && fraction < upper)
    }

    /// The short names users write: 达成, 部分达成, 未达成.
    public var shortName: String {
        switch self {
        case .achieved: return "达成"
        case .partial: return "部分达成"
        case .notAchieved: return "未达成"
        }
    }
}
