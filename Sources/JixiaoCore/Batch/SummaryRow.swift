import Foundation

/// What the 汇总表 shows of one report whose PDF is in the output folder (rendered by this
/// run or kept by `--resume`): taken from the scored report, never from the PDF.
public struct SummaryRow: Hashable, Sendable {
    /// The input's key, as in the manifest.
    public var input: String
    public var project: String
    public var department: String
    /// The report's money unit (万元 unless it says otherwise).
    public var unit: String
    /// 全年预算数（调整后）
    public var budget: Decimal
    /// 全年执行数
    public var executed: Decimal
    public var total: Decimal
    public var grade: Grade
    public var warnings: Int
    /// The cover's issuing body and year, for the 汇总表's heading when all reports agree.
    public var issuer: String?
    public var year: String?
    /// 填报日期: the latest one dates the 汇总表's PDF, so no clock is read.
    public var date: ReportDate?

    public init(input: String, project: String, department: String, unit: String, budget: Decimal, executed: Decimal,
                total: Decimal, grade: Grade, warnings: Int, issuer: String?, year: String?, date: ReportDate?) {
        self.input = input
        self.project = project
        self.department = department
        self.unit = unit
        self.budget = budget
        self.executed = executed
        self.total = total
        self.grade = grade
        self.warnings = warnings
        self.issuer = issuer
        self.year = year
        self.date = date
    }

    public init(input: String, report: ScoredReport) {
        let source = report.input
        self.init(input: input, project: source.project.name, department: source.project.department,
                  unit: source.budget.unit, budget: source.budget.adjusted, executed: source.budget.executed,
                  total: report.total, grade: report.grade, warnings: report.warnings.count,
                  issuer: source.cover.issuer, year: source.cover.year, date: source.project.date)
    }

    /// 执行率 = 全年执行数 / 全年预算数; nil when the budget is zero.
    public var executionRate: Decimal? { budget > 0 ? executed / budget : nil }
}
