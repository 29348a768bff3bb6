import Foundation

/// One report as the user wrote it, decoded but not yet scored.
///
/// Everything keeps the order of the file: cover fields, sections and indicators print in
/// the order written. Where each value came from is in `sourceMap`, keyed by `FieldPath`.
public struct ReportInput: Hashable, Sendable {
    /// The rules that score this report: the preset its `scheme:` names, or the scheme
    /// written inline, resolved and checked once, while decoding.
    public var scheme: Scheme
    public var cover: Cover
    public var project: ProjectInfo
    public var budget: Budget
    /// 年度总体目标 and 全年实际完成情况, shown in the self-evaluation table when given.
    public var goals: Goals?
    /// The narrative under the standard outline (一、项目基本情况 … 五、其他需要说明的情况).
    public var sections: [NarrativeSection]
    /// Level 1 of the indicator tree (过程/产出/效益, or 产出指标/效益指标/满意度指标).
    public var indicators: [IndicatorLevel]
    /// The signature block at the end of the report.
    public var signature: SignatureInfo
    /// The document title and opening paragraph on the first body page (`opening:`); each part
    /// left out is written from the project.
    public var opening: Opening = Opening()
    /// The 落款 at the end of the body (`closing:`); each part left out comes from the project.
    public var closing: Closing = Closing()
    /// A total the user typed (e.g. copied from a spreadsheet); checked against the computed one.
    public var declaredTotal: Decimal?
    public var sourceMap: SourceMap
    /// Warnings found while decoding (J013 control characters removed …); errors are thrown instead.
    public var warnings: [Diagnostic] = []

    /// A table under review: one that carries scores as printed (`printed_score`), which a
    /// reviewer re-checks rather than a clerk fixes. Its weights are scored as printed, and what
    /// would stop a clerk's own file (weights off, totals that disagree) is reported as warnings.
    public var isUnderReview: Bool {
        budget.printedScore != nil || budget.printedRate != nil || indicators.contains { $0.groups.contains { $0.rows.contains { $0.printedScore != nil } } }
    }

    public init(scheme: Scheme, cover: Cover, project: ProjectInfo, budget: Budget, goals: Goals?,
                sections: [NarrativeSection], indicators: [IndicatorLevel], signature: SignatureInfo,
                declaredTotal: Decimal?, sourceMap: SourceMap) {
        self.scheme = scheme
        self.cover = cover
        self.project = project
        self.budget = budget
        self.goals = goals
        self.sections = sections
        self.indicators = indicators
        self.signature = signature
        self.declaredTotal = declaredTotal
        self.sourceMap = sourceMap
    }
}

/// The cover page: title, label/value lines in the order written, issuing body and year.
public struct Cover: Hashable, Sendable {
    public var title: String
    /// Labels are data: 项目名称, 项目主管部门（单位）, 填报人姓名, 联系电话, 填报日期, or a province's own.
    public var fields: [CoverField]
    /// e.g. 林芝市财政局制
    public var issuer: String?
    /// e.g. 2025年
    public var year: String?

    public static let defaultTitle = "项目支出绩效自评报告"

    public init(title: String = Cover.defaultTitle, fields: [CoverField], issuer: String?, year: String?) {
        self.title = title
        self.fields = fields
        self.issuer = issuer
        self.year = year
    }
}

public struct CoverField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// Facts about the project used by the table header, the PDF metadata and the batch summary.
public struct ProjectInfo: Hashable, Sendable {
    /// 项目名称
    public var name: String
    /// 主管部门
    public var department: String
    /// 实施单位; the department when not given.
    public var implementer: String?
    /// 填报日期 as a calendar date: fixes the PDF's creation date, so output never depends on the clock.
    public var date: ReportDate?
    /// 预算年度, printed as （2023年度） under the 自评表's title. Not derived from `date`: a
    /// report filed in 2024 may evaluate 2023's money or, filed late, an earlier year's.
    public var year: Int?

    public init(name: String, department: String, implementer: String?, date: ReportDate?, year: Int? = nil) {
        self.name = name
        self.department = department
        self.implementer = implementer
        self.date = date
        self.year = year
    }
}

/// A calendar date without time zone or clock: 2025-05-12.
public struct ReportDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, `2025-05-12`.
    public var description: String {
        "\(year)-\(ReportDate.twoDigits(month))-\(ReportDate.twoDigits(day))"
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// `2025年5月12日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }
}


/// 年度总体目标 vs 全年实际完成情况.
public struct Goals: Hashable, Sendable {
    public var expected: String
    public var achieved: String

    public init(expected: String, achieved: String) {
        self.expected = expected
        self.achieved = achieved
    }
}

/// The lines of the signature block. Defaults are the usual three and a date line.
/// `opening:` as written: the document's title and its opening paragraph (根据……通知要求，现将……
/// 报告如下：). nil parts are generated (`Composer`), never an invented notice.
public struct Opening: Hashable, Sendable {
    public var title: String?
    public var text: String?

    public init(title: String? = nil, text: String? = nil) {
        self.title = title
        self.text = text
    }
}

/// `closing:` as written: the 落款, the issuing unit and the date (GB/T 9704 §7.3.5). nil parts
/// come from `project.department` and `project.date`.
public struct Closing: Hashable, Sendable {
    public var unit: String?
    public var date: String?

    public init(unit: String? = nil, date: String? = nil) {
        self.unit = unit
        self.date = date
    }
}

public struct SignatureInfo: Hashable, Sendable {
    public var lines: [String]
    /// The date line, e.g. `2025年5月12日`; blank (`年  月  日`) when not given.
    public var date: String?

    public static let defaultLines = ["填报人（签字）：", "单位负责人（签字）：", "单位（盖章）："]

    public init(lines: [String] = SignatureInfo.defaultLines, date: String? = nil) {
        self.lines = lines
        self.date = date
    }
}
