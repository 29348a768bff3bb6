import Foundation
import Testing
@testable import JixiaoCore

@Suite struct BatchSummaryTests {
    /// The overall rate is the sum executed over the sum budgeted (240/300 = 80%), not the
    /// mean of the rates (82.5%).
    @Test func totalsSumTheMoneyAndRateTheSums() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, budget: 100, executed: 90)),
                                              SummaryFixtures.ok(SummaryFixtures.row(2, budget: 200, executed: 150))])
        #expect(summary.totals.count == 1)
        #expect(summary.totals.first?.budget == 300)
        #expect(summary.totals.first?.executed == 240)
        #expect(BatchSummary.rate(summary.totals.first?.executionRate) == "80%")
        #expect(summary.commonUnit == "万元")
        #expect(summary.money(300, unit: "万元") == "300")
        #expect(summary.warningCount == 3)
    }

    @Test func aZeroBudgetHasNoRate() {
        let row = SummaryFixtures.row(1, budget: 0, executed: 0)
        #expect(row.executionRate == nil)
        #expect(BatchSummary.rate(row.executionRate) == "—")
    }

    /// Money in different units is never added together: one total per unit, amounts with their unit.
    @Test func differentUnitsGetTheirOwnTotals() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, budget: 100, executed: 90)),
                                              SummaryFixtures.ok(SummaryFixtures.row(2, budget: 5000, executed: 5000, unit: "元"))])
        #expect(summary.commonUnit == nil)
        #expect(summary.totals.map(\.unit) == ["万元", "元"].sorted())
        #expect(summary.money(5000, unit: "元") == "5000元")
        #expect(summary.totals.map { SummaryComposer.totalLabel($0, in: summary) } == ["合计（万元）", "合计（元）"].sorted())
    }

    @Test func gradesAreCountedInOrderWithZeros() {
        let totals: [Decimal] = [95, 91, 85, 59.99]
        let summary = BatchSummary(outcomes: totals.enumerated().map { SummaryFixtures.ok(SummaryFixtures.row($0 + 1, total: $1)) })
        #expect(summary.gradeCounts.map(\.grade) == [.excellent, .good, .fair, .poor])
        #expect(summary.gradeCounts.map(\.count) == [2, 1, 0, 1])
        #expect(summary.averageScore == Decimal(string: "82.75"))
    }

    @Test func theAverageIsRoundedHalfUp() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, total: Decimal(string: "87.34") ?? 0)),
                                              SummaryFixtures.ok(SummaryFixtures.row(2, total: Decimal(string: "88.91") ?? 0))])
        #expect(summary.averageScore.map(ScoreFormat.number) == "88.13")
    }

    @Test(arguments: [
        (["林芝市财政局制", "林芝市财政局制"], "林芝市财政局制"),
        (["林芝市财政局制", "拉萨市财政局制"], nil),
        (["林芝市财政局制", nil], nil),
        ([nil, nil], nil),
    ] as [([String?], String?)])
    func theIssuerIsPrintedOnlyWhenEveryReportAgrees(issuers: [String?], expected: String?) {
        let outcomes = issuers.enumerated().map { SummaryFixtures.ok(SummaryFixtures.row($0 + 1, issuer: $1)) }
        #expect(BatchSummary(outcomes: outcomes).issuer == expected)
    }

    @Test func failedReportsAreKeptApartAndCounted() {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1)),
                                              SummaryFixtures.failed("bad.yaml", message: "bad.yaml:3:1: 错误 J001")])
        #expect(summary.rows.count == 1)
        #expect(summary.unfinished.map(\.input) == ["bad.yaml"])
        #expect(summary.gradeCounts.map(\.count).reduce(0, +) == 1)
    }

    @Test func theLatestReportDateDatesTheSummary() {
        let summary = BatchSummary(outcomes: [
            SummaryFixtures.ok(SummaryFixtures.row(1, date: ReportDate(year: 2025, month: 5, day: 12))),
            SummaryFixtures.ok(SummaryFixtures.row(2, date: ReportDate(year: 2025, month: 6, day: 1))),
            SummaryFixtures.ok(SummaryFixtures.row(3, date: nil)),
        ])
        #expect(summary.latestDate?.description == "2025-06-01")
        #expect(SummaryComposer.compose(summary).metadata.creationDate?.description == "2025-06-01")
    }
}
