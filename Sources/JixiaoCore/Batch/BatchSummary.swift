import Foundation

/// The figures of the 汇总表, computed once from a batch's outcomes so the PDF and the CSV
/// can never disagree: one row per report in input order, totals per money unit, the count
/// per grade, and the reports that produced no PDF.
public struct BatchSummary: Hashable, Sendable {
    /// Sums of one money unit (one entry in the usual case where every report uses 万元).
    public struct UnitTotal: Hashable, Sendable {
        public var unit: String
        public var budget: Decimal
        public var executed: Decimal
        public var reports: Int

        /// The overall execution rate: the sum executed over the sum budgeted (not a mean of rates).
        public var executionRate: Decimal? { budget > 0 ? executed / budget : nil }
    }

    public struct GradeCount: Hashable, Sendable {
        public var grade: Grade
        public var count: Int
    }

    public static let pdfName = "汇总表.pdf"
    public static let csvName = "汇总表.csv"
    /// The same rows as the CSV, figures as numbers (written by JixiaoImport's `SummaryWorkbook`).
    public static let xlsxName = "汇总表.xlsx"

    /// Reports with a PDF, in input order.
    public var rows: [SummaryRow]
    /// Reports without one (failed, or not started before an interrupt), in input order.
    public var unfinished: [ManifestEntry]
    public var totals: [UnitTotal]
    /// 优, 良, 中, 差 in that order, each with its count (zero included).
    public var gradeCounts: [GradeCount]
    /// The issuing body and year printed on every report, when they all print the same.
    public var issuer: String?
    public var year: String?

    public init(outcomes: [BatchOutcome]) {
        let rows = outcomes.compactMap(\.summary)
        self.rows = rows
        unfinished = outcomes.filter { $0.summary == nil }.map(\.entry)
        var totals: [String: UnitTotal] = [:]
        for row in rows {
            var total = totals[row.unit] ?? UnitTotal(unit: row.unit, budget: 0, executed: 0, reports: 0)
            total.budget += row.budget
            total.executed += row.executed
            total.reports += 1
            totals[row.unit] = total
        }
        self.totals = totals.values.sorted { $0.unit < $1.unit }
        gradeCounts = Grade.allCases.map { grade in GradeCount(grade: grade, count: rows.filter { $0.grade == grade }.count) }
        issuer = Self.agreed(rows.map(\.issuer))
        year = Self.agreed(rows.map(\.year))
    }

    /// The one money unit of every row, or nil when they differ (amounts then carry their unit).
    public var commonUnit: String? { totals.count <= 1 ? (totals.first?.unit ?? Budget.defaultUnit) : nil }

    /// The mean of the totals, rounded half-up to 2 places; nil with no rows.
    public var averageScore: Decimal? {
        guard !rows.isEmpty else { return nil }
        return (rows.reduce(Decimal(0)) { $0 + $1.total } / Decimal(rows.count)).roundedHalfUp(places: 2)
    }

    public var warningCount: Int { rows.reduce(0) { $0 + $1.warnings } }

    /// The latest 填报日期 of the reports: the 汇总表 PDF's date, so no clock is read.
    public var latestDate: ReportDate? {
        rows.compactMap(\.date).max { ($0.year, $0.month, $0.day) < ($1.year, $1.month, $1.day) }
    }

    /// `amount` as the table prints it: bare when all rows share a unit (it is in the head), with
    /// its unit otherwise.
    public func money(_ amount: Decimal, unit: String) -> String {
        SummaryTable.money(amount, unit: unit, in: self).text
    }

    /// 95.5%, or — when nothing was budgeted.
    public static func rate(_ rate: Decimal?) -> String { rate.map(ScoreFormat.percent) ?? "—" }

    /// The one value every report gives, or nil when any differs or is absent.
    static func agreed(_ values: [String?]) -> String? {
        guard let first = values.first, let value = first, !value.isEmpty else { return nil }
        return values.allSatisfy { $0 == value } ? value : nil
    }
}
