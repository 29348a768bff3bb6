import Foundation
@testable import JixiaoCore

/// 汇总表 rows built as values.
enum SummaryFixtures {
    static func row(_ number: Int, budget: Decimal = 100, executed: Decimal = 90, total: Decimal = 88, unit: String = "万元",
                    issuer: String? = "林芝市财政局制", year: String? = "2025年", date: ReportDate? = nil) -> SummaryRow {
        SummaryRow(input: "r\(number).yaml", project: "项目\(number)", department: "部门\(number)", unit: unit, budget: budget,
                   executed: executed, total: total, grade: Grade(total: total), warnings: number, issuer: issuer, year: year,
                   date: date)
    }

    static func ok(_ row: SummaryRow) -> BatchOutcome {
        BatchOutcome(entry: ManifestEntry(input: row.input, inputSHA256: "", status: .ok), summary: row)
    }

    static func failed(_ key: String, message: String) -> BatchOutcome {
        BatchOutcome(entry: ManifestEntry(input: key, inputSHA256: "", status: .failed, message: message), summary: nil)
    }
}
