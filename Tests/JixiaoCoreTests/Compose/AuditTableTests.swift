import Foundation
import Testing
@testable import JixiaoCore

/// The 评分核算表 `render --audit` appends: the score JSON's audit trail as a table.
@Suite struct AuditTableTests {
    static func table(_ document: Document) -> Table? {
        document.body.compactMap { block -> Table? in
            if case .table(let table) = block, table.header.first?.cells.first?.text == "指标" { return table }
            return nil
        }.first
    }

    @Test func aTableUnderReviewGetsRuleAndPrintedScoresPerRow() throws {
        let url = Repo.fixtures.appendingPathComponent("real/yunnan-2022-yongde-minglang-yingyang-gaishan.yaml")
        let report = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: url)), origin: .file("yongde.yaml"))
        #expect(Self.table(Composer.compose(report)) == nil, "no appendix unless asked")
        let table = try #require(Self.table(Composer.compose(report, audit: true)))
        #expect(table.header.first?.cells.map(\.text) == ["指标", "分值", "按规则计算", "规则得分", "表中得分", "相差"])
        let byName = Dictionary(table.rows.map { ($0.cells[0].text, $0.cells.map(\.text)) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["资金到位及时率"] == ["资金到位及时率", "10", "实际完成值达到年度指标值，得满分10", "10", "7", "−3"])
        #expect(byName["预算执行率"] == ["预算执行率", "10", "10 × 执行率100% = 10", "10", "10", "0"])
        #expect(table.rows.last?.cells.map(\.text) == ["合计", "", "90", "96", "+6"])
    }

    @Test func aClerksOwnReportGetsTheRuleColumnsOnly() throws {
        let report = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: Repo.seed)), origin: .file("linzhi.yaml"))
        let table = try #require(Self.table(Composer.compose(report, audit: true)))
        #expect(table.header.first?.cells.count == 4)
        #expect(table.rows.last?.cells.map(\.text) == ["合计", "", "88"])
    }
}
