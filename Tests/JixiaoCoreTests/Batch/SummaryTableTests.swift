import Foundation
import Testing
@testable import JixiaoCore

/// The one source of the 汇总表's rows: the CSV prints its cells' text, the workbook their
/// values, so the kinds are what a spreadsheet user relies on.
@Suite struct SummaryTableTests {
    @Test func figuresKeepTheirKindAndPrintAsThePDFDoes() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, budget: 100, executed: 90, total: 92))])
        let table = SummaryTable(summary)
        #expect(table.header.last == "输入文件")
        #expect(table.rows[0] == [.count(1), .text("项目1"), .text("部门1"), .amount(100, unit: nil), .amount(90, unit: nil),
                                  .rate(Decimal(90) / 100), .score(92), .text("优"), .count(1), .text("r1.yaml")])
        #expect(table.rows[0].map(\.text) == ["1", "项目1", "部门1", "100", "90", "90%", "92", "优", "1", "r1.yaml"])
        #expect(Array(table.rows[0].prefix(9).map(\.text)) == SummaryComposer.resultsCells(summary.rows[0], number: 1, in: summary))
        #expect(table.rows.contains([.text("平均自评得分"), .score(92)]))
    }

    @Test func amountsCarryTheirUnitOnlyWhenUnitsDiffer() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1)),
                                              SummaryFixtures.ok(SummaryFixtures.row(2, budget: 5000, unit: "元"))])
        let table = SummaryTable(summary)
        #expect(table.rows[1][3] == .amount(5000, unit: "元"))
        #expect(table.rows[1][3].text == "5000元")
        #expect(table.rows[0][5] == .rate(Decimal(90) / 100))
    }
}
