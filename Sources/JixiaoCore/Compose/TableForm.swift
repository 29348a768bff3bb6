import Foundation

/// How a scheme's 项目支出绩效自评表 is laid out: which rows the funds block has, whether the
/// goals block and the budget year are printed, what the closing rows say, and the columns'
/// relative widths.
///
/// A layout choice, not a rule of scoring: provinces print the same figures on forms that
/// differ in rows and columns, so the form is a value chosen by the scheme's id and the
/// composer only follows it.
///
/// ```swift
/// let form = TableForm.form(for: .national2020)          // .national2020
/// form.totalLabel                                        // "总分"
/// ```
public struct TableForm: Hashable, Sendable {
    /// One fixed row of the funds block and the names of `budget.sources` it takes its
    /// amounts from (compared without spaces and without a leading 其中：).
    public struct FundsRow: Hashable, Sendable {
        public var label: String
        public var sourceNames: [String]

        public init(label: String, sourceNames: [String]) {
            self.label = label
            self.sourceNames = sourceNames
        }
    }

    /// The title above the table, and the attachment's name in the narrative.
    public var title: String
    /// （2023年度） under the title, when the report gives `project.year`.
    public var showsYear: Bool
    /// The rows under 年度资金总额; empty: each of `budget.sources` as written.
    public var fundsRows: [FundsRow]
    /// The 年度总体目标 block even when the report gives no `goals` (with "—").
    public var alwaysShowsGoals: Bool
    /// 预算执行率 scored on its own is printed in the funds block only, not again as a row of
    /// the indicator table (the national form gives it its 分值 and 得分 there).
    public var budgetExecutionInIndicators: Bool
    /// 总分 on the national form, 合计 on others.
    public var totalLabel: String
    /// A 自评等级 row under the total.
    public var showsGrade: Bool
    /// Relative widths of the header block's 8 columns.
    public var headerWidths: [Double]
    /// Relative widths of the indicator table's 8 columns; the reasons column is last.
    public var indicatorWidths: [Double]
    /// What each indicator column prints, left to right: the total's label spans the columns
    /// before `.weight`, which `.score` follows; `.reasons` is last.
    public var indicatorColumns: [IndicatorColumn] = TableForm.standardIndicatorColumns
    /// The header row's texts, one per column.
    public var indicatorHeads: [String] = TableForm.standardIndicatorHeads
    /// How narrow each indicator column may become for a long 偏差原因 (nil: fixed).
    public var indicatorMinimumWidths: [Double?] = TableForm.standardIndicatorMinimumWidths
    /// Lines of the reasons column before it widens.
    public var reasonLines: Int = TableForm.reasonLines
    /// The label down the indicator table's first column (绩效指标 on the national form), in a
    /// column as wide as the header block's first, so the form's labels (项目名称 … 年度总体目标,
    /// 绩效指标, 总分) stand in one column; nil: the indicator columns start at the left rule.
    public var indicatorSideLabel: String?

    public init(title: String, showsYear: Bool, fundsRows: [FundsRow], alwaysShowsGoals: Bool,
                budgetExecutionInIndicators: Bool, totalLabel: String, showsGrade: Bool,
                headerWidths: [Double], indicatorWidths: [Double]) {
        self.title = title
        self.showsYear = showsYear
        self.fundsRows = fundsRows
        self.alwaysShowsGoals = alwaysShowsGoals
        self.budgetExecutionInIndicators = budgetExecutionInIndicators
        self.totalLabel = totalLabel
        self.showsGrade = showsGrade
        self.headerWidths = headerWidths
        self.indicatorWidths = indicatorWidths
    }

    public static let defaultTitle = Scheme.selfEvaluationTableTitle

    /// A column of the indicator table.
    public enum IndicatorColumn: Hashable, Sendable {
        /// 一级指标, 二级指标 (each one cell spanning its rows), 三级指标.
        case level, group, name
        /// The target as written (年度指标值).
        case target
        /// The target cut in three, as provincial forms print it: ≥ / ≤ / = (定性 for a rating
        /// or a deadline), the number, the unit.
        case comparator, targetValue, unit
        /// 实际完成值, 分值 (or 权重), 得分, and the reasons.
        case actual, weight, score, reasons
    }

    static let standardIndicatorColumns: [IndicatorColumn] = [.level, .group, .name, .target, .actual, .weight, .score, .reasons]
    static let standardIndicatorHeads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                         "偏差原因分析及改进措施"]

    /// Relative widths for A4 portrait at 10.5 pt: names and the reasons get the room; 分值 and
    /// 得分 hold a five-figure score (99.99) on one line. In the header block 年初预算数 (five
    /// characters of 黑体 and the padding, 13.3%) and 年度资金总额 stand on one line.
    static let standardHeaderWidths: [Double] = [12, 16, 14, 14, 14, 9, 10, 11]
    static let standardIndicatorWidths: [Double] = [11, 11, 17, 13.5, 13.5, 7.5, 7.5, 19]
    /// What the indicator columns give up for a long 偏差原因: 三级指标 may wrap once more; the
    /// headings (一级指标, 年度指标值 …) and the five-figure scores keep their line.
    static let standardIndicatorMinimumWidths: [Double?] = [11, 11, 13, 13.5, 13.5, 7.5, 7.5, nil]
    /// Lines of 偏差原因 before its column widens.
    static let reasonLines = 8

    /// 财预〔2020〕10号 附件 项目支出绩效自评表: the budget year under the title, the funds block
    /// with 年度资金总额 and 其中：当年财政拨款 / 上年结转资金 / 其他资金, the 年度总体目标 block,
    /// 预算执行率 in the funds block only, and 总分 as the last row.
    /// 绩效指标 runs down the first column beside the indicator rows, as wide as 项目名称's; the
    /// eight indicator columns share the rest (分值 and 得分 keep their five-figure width).
    public static let national2020: TableForm = {
        var form = TableForm(
            title: defaultTitle, showsYear: true,
            fundsRows: [
                FundsRow(label: "其中：当年财政拨款", sourceNames: ["当年财政拨款", "本年财政拨款", "财政拨款", "本级财政拨款"]),
                FundsRow(label: "上年结转资金", sourceNames: ["上年结转资金", "上年结转"]),
                FundsRow(label: "其他资金", sourceNames: ["其他资金", "其他"]),
            ],
            alwaysShowsGoals: true, budgetExecutionInIndicators: false, totalLabel: "总分", showsGrade: false,
            headerWidths: standardHeaderWidths, indicatorWidths: [9.5, 9.5, 12.5, 11, 11, 7.5, 7.5, 19])
        form.indicatorSideLabel = "绩效指标"
        form.indicatorMinimumWidths = [9.5, 9.5, 9.5, 9.5, 9.5, 7.5, 7.5, nil]
        return form
    }()

    /// The form of the seed report (林芝): the sources as written, 合计 and 自评等级.
    public static let standard = TableForm(
        title: defaultTitle, showsYear: true, fundsRows: [], alwaysShowsGoals: false,
        budgetExecutionInIndicators: true, totalLabel: "合计", showsGrade: true,
        headerWidths: standardHeaderWidths, indicatorWidths: standardIndicatorWidths)

    /// 四川省 部门预算项目支出绩效自评表 (报表编号 510000_0013zp): the target split into
    /// 指标性质 (=, ≥, ≤ in a column of their own), 指标值 and 度量单位, then 完成值, 权重 for
    /// 分值, 得分 and 未完成原因分析; the funds block's sources 财政资金, 财政专户管理资金, 单位资金,
    /// 其他资金; 合计 last.
    public static let sichuan: TableForm = {
        var form = TableForm(
            title: "部门预算项目支出绩效自评表", showsYear: true,
            fundsRows: [
                FundsRow(label: "其中：财政资金", sourceNames: ["财政资金", "财政拨款", "当年财政拨款", "本年财政拨款"]),
                FundsRow(label: "财政专户管理资金", sourceNames: ["财政专户管理资金"]),
                FundsRow(label: "单位资金", sourceNames: ["单位资金", "单位自有资金"]),
                FundsRow(label: "其他资金", sourceNames: ["其他资金", "其他"]),
            ],
            alwaysShowsGoals: true, budgetExecutionInIndicators: false, totalLabel: "合计", showsGrade: false,
            headerWidths: standardHeaderWidths, indicatorWidths: [8, 8, 13, 7, 8, 7, 10, 7, 7.5, 24.5])
        form.indicatorColumns = [.level, .group, .name, .comparator, .targetValue, .unit, .actual, .weight, .score, .reasons]
        form.indicatorHeads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                               "未完成原因分析"]
        // 指标性质 and 度量单位 hold their heads on two lines of two; 得分 a five-figure score.
        form.indicatorMinimumWidths = [8, 8, 11, 7, 8, 7, 10, 7, 7.5, nil]
        return form
    }()

    /// The layout of the form a scheme names (`Scheme.form`: its `form:`, or by default the
    /// national form for `national-2020` and the standard one for every other id).
    public static func form(for id: TableFormID) -> TableForm {
        switch id {
        case .national2020: return .national2020
        case .standard: return .standard
        case .sichuan: return .sichuan
        }
    }

    /// `name` compared as a funds row compares source names: no spaces, no leading 其中.
    static func normalizedSourceName(_ name: String) -> String {
        var trimmed = name.filter { !$0.isWhitespace }
        for prefix in ["其中：", "其中:", "其中"] where trimmed.hasPrefix(prefix) {
            trimmed.removeFirst(prefix.count)
            break
        }
        return trimmed
    }
}
