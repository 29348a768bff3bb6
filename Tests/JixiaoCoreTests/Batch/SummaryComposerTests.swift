import Foundation
import Testing
@testable import JixiaoCore

@Suite struct SummaryComposerTests {
    private func paragraphs(_ document: Document) -> [String] {
        document.body.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph.text } else { return nil } }
    }

    private func headings(_ document: Document) -> [String] {
        document.body.compactMap { if case .heading(let heading) = $0 { return heading.fullText } else { return nil } }
    }

    private func tables(_ document: Document) -> [Table] {
        document.body.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    @Test func resultsTableHasTheNineColumnsAsARepeatingHeader() throws {
        let summary = BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, budget: 120, executed: 96, total: 87.5))])
        let document = SummaryComposer.compose(summary)
        #expect(document.cover == nil)
        let results = try #require(tables(document).first)
        #expect(results.columns.count == 9)
        #expect(results.header.first?.cells.map(\.text) == ["序号", "项目名称", "主管部门", "全年预算数（万元）", "全年执行数（万元）",
                                                             "执行率", "自评得分", "等级", "警告数"])
        #expect(results.rows.first?.cells.map(\.text) == ["1", "项目1", "部门1", "120", "96", "80%", "87.5", "良", "1"])
        #expect(results.rows.last?.cells.map(\.text) == ["合计", "120", "96", "80%", "", "", "1"])
        #expect(results.rows.last?.cells.first?.colSpan == 3)
    }

    @Test func titleIssuerAndCountsComeFirst() {
        let document = SummaryComposer.compose(BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1)),
                                                                       SummaryFixtures.ok(SummaryFixtures.row(2))]))
        #expect(paragraphs(document) == ["项目支出绩效自评汇总表", "林芝市财政局制　2025年", "共 2 份报告：已生成 2 份。"])
        #expect(headings(document) == ["一、自评结果", "二、等级分布"])
        #expect(document.metadata.title == "项目支出绩效自评汇总表")
        #expect(document.metadata.author == "林芝市财政局制")
    }

    @Test func noIssuerLineWhenReportsDisagree() {
        let document = SummaryComposer.compose(BatchSummary(outcomes: [
            SummaryFixtures.ok(SummaryFixtures.row(1, issuer: "甲市财政局制", year: nil)),
            SummaryFixtures.ok(SummaryFixtures.row(2, issuer: "乙市财政局制", year: nil)),
        ]))
        #expect(paragraphs(document) == ["项目支出绩效自评汇总表", "共 2 份报告：已生成 2 份。"])
    }

    @Test func gradesTableCountsEachGradeAndAverages() throws {
        let document = SummaryComposer.compose(BatchSummary(outcomes: [SummaryFixtures.ok(SummaryFixtures.row(1, total: 95)),
                                                                       SummaryFixtures.ok(SummaryFixtures.row(2, total: 70))]))
        let grades = try #require(tables(document).dropFirst().first)
        #expect(grades.header.first?.cells.map(\.text) == ["等级", "优", "良", "中", "差", "合计", "平均自评得分"])
        #expect(grades.rows.first?.cells.map(\.text) == ["报告份数", "1", "0", "1", "0", "2", "82.5"])
    }

    @Test func failedReportsHaveTheirOwnSectionWithTheirError() throws {
        let interrupted = BatchOutcome.interrupted(BatchInput(path: "in/z.yaml", key: "z.yaml", output: "z.pdf"), inputSHA256: "")
        let document = SummaryComposer.compose(BatchSummary(outcomes: [
            SummaryFixtures.ok(SummaryFixtures.row(1)),
            SummaryFixtures.failed("bad.yaml", message: "bad.yaml:3:1: 错误 J001 [(文件顶层 top level)] YAML 语法错误"),
            interrupted,
        ]))
        #expect(headings(document) == ["一、自评结果", "二、等级分布", "三、未生成的报告"])
        #expect(paragraphs(document).last == "共 3 份报告：已生成 1 份，未生成 2 份（见“未生成的报告”）。")
        let unfinished = try #require(tables(document).last)
        #expect(unfinished.header.first?.cells.map(\.text) == ["序号", "输入文件", "状态", "说明"])
        #expect(unfinished.rows.map { $0.cells.map(\.text) } == [
            ["1", "bad.yaml", "失败", "bad.yaml:3:1: 错误 J001 [(文件顶层 top level)] YAML 语法错误"],
            ["2", "z.yaml", "未处理", BatchOutcome.interruptedMessage.description],
        ])
    }
}
