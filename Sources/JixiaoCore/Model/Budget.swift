import Foundation

/// The money: 年初预算数, 全年预算数 (after adjustment) and 全年执行数, in `unit`.
public struct Budget: Hashable, Sendable {
    /// 万元 unless the file says otherwise.
    public var unit: String
    /// 年初预算数
    public var initial: Decimal?
    /// 全年预算数（调整后）: the denominator of the execution rate.
    public var adjusted: Decimal
    /// 全年执行数
    public var executed: Decimal
    /// Optional breakdown (财政拨款, 其他资金 …), printed as written.
    public var sources: [FundingSource]
    /// The budget-execution 得分 as printed in a table under review.
    public var printedScore: Decimal?
    /// The 执行率 as printed in a table under review ("99.10%"), checked against 执行数 ÷ 预算数.
    public var printedRate: String?
    /// The budget-execution 分值 as printed in a table under review, checked against the scheme.
    public var printedWeight: Decimal?

    public static let defaultUnit = "万元"

    public init(unit: String = Budget.defaultUnit, initial: Decimal?, adjusted: Decimal, executed: Decimal,
                sources: [FundingSource] = [], printedScore: Decimal? = nil) {
        self.printedScore = printedScore
        self.unit = unit
        self.initial = initial
        self.adjusted = adjusted
        self.executed = executed
        self.sources = sources
    }

    /// 预算执行率 = 全年执行数 / 全年预算数, unrounded; nil when the budget is zero.
    public var executionRate: Decimal? {
        adjusted > 0 ? executed / adjusted : nil
    }
}

public struct FundingSource: Hashable, Sendable {
    public var name: String
    public var initial: Decimal?
    public var adjusted: Decimal?
    public var executed: Decimal?

    public init(name: String, initial: Decimal?, adjusted: Decimal?, executed: Decimal?) {
        self.name = name
        self.initial = initial
        self.adjusted = adjusted
        self.executed = executed
    }
}
