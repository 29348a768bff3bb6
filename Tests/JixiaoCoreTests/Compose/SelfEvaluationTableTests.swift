import Foundation
import Testing
@testable import JixiaoCore

/// The 项目支出绩效自评表 of the seed report, cell by cell where a user would look.
@Suite struct SelfEvaluationTableTests {
    typealias F = ScoreFixtures
    let header: Table
    let indicators: Table

    init() throws {
        let tables = ComposerTests.tables(try ComposerTests.compose())
        header = try #require(tables.first)
        indicators = try #require(tables.last)
    }

    /// Each row's cells, after the spans from above, must fill exactly the table's columns.
    static func checkGrid(_ table: Table) {
        var covered = Array(repeating: 0, count: table.columns.count)  // rows still covered by a span from above
        // A side label (绩效指标) takes the first column of the header and the rows before the foot.
        let labelled = table.sideLabel == nil ? 0 : table.header.count + table.rows.count - table.footRows
        for (index, row) in (table.header + table.rows).enumerated() {
            var column = index < labelled ? 1 : 0
            for cell in row.cells {
                while column < covered.count, covered[column] > 0 { column += 1 }
                for spanned in column..<min(column + cell.colSpan, covered.count) { covered[spanned] = cell.rowSpan }
                column += cell.colSpan
            }
            while column < covered.count, covered[column] > 0 { column += 1 }
            #expect(column == table.columns.count, "row \(index + 1) fills \(column) of \(table.columns.count) columns")
            covered = covered.map { max(0, $0 - 1) }
        }
        #expect(covered.allSatisfy { $0 == 0 }, "a span runs past the last row")
    }

    @Test func tablesFillTheirGrids() {
        Self.checkGrid(header)
        Self.checkGrid(indicators)
    }

    @Test func headerRowAndWidths() {
        #expect(indicators.header.first?.cells.map(\.text) == [
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
        ])
        #expect(indicators.header.first?.cells.allSatisfy { $0.style == .head } == true)
        // 年度指标值 and 实际完成值 (5 characters at 10.5 pt plus padding) need 13.5% of 156 mm;
        // the reasons column is the widest, the score columns the narrowest.
        let widths = indicators.columns.map(\.width)
        #expect(widths.reduce(0, +) == 100)
        #expect(widths[3] >= 13.5 && widths[4] >= 13.5)
        #expect(widths.max() == widths[7])
        #expect(widths.min() == widths[5] && widths[5] == widths[6])
    }

    @Test func levelAndGroupCellsSpanTheirRows() {
        let first = indicators.rows[0].cells
        #expect(first.map(\.text) == ["过程", "资金管理", "资金支出率", "100%", "100%", "8", "8", ""])
        #expect(first[0].rowSpan == 2)
        #expect(first[1].rowSpan == 1)
        let output = indicators.rows[2].cells
        #expect(output[0].text == "产出")
        #expect(output[0].rowSpan == 8)
        #expect(output[1].text == "数量指标")
        #expect(output[1].rowSpan == 6)
        // the second row of 数量指标 starts at 三级指标
        #expect(indicators.rows[3].cells.map(\.text) == ["开展边境一线基层工作人员慰问人数", "≥160人", "300人", "5", "5", ""])
    }

    @Test func missingTargetPrintsADash() throws {
        let row = try #require(indicators.rows.first { $0.cells.contains { $0.text == "受益职工数量" } })
        #expect(row.cells.map(\.text) == ["效益", "社会效益指标", "受益职工数量", "—", "776人", "20", "20", ""])
    }

    @Test func deviationAndMeasuresShareACell() throws {
        let row = try #require(indicators.rows.first { $0.cells.contains { $0.text == "六一慰问" } })
        #expect(row.cells.last?.text == "六一慰问活动由本单位其他部室开展，为避免重复慰问，故帮扶中心未开展；改进措施：加强部室之间的沟通与协作，建立定期的项目协调会议制度")
        #expect(row.cells[row.cells.count - 3].text == "5")
        #expect(row.cells[row.cells.count - 2].text == "0")
    }

    @Test func totalAndGradeRows() {
        let total = indicators.rows[indicators.rows.count - 2].cells
        #expect(total.map(\.text) == ["合计", "100", "88", ""])
        #expect(total[0].colSpan == 5)
        let grade = indicators.rows[indicators.rows.count - 1].cells
        #expect(grade.map(\.text) == ["自评等级", "良"])
        #expect(indicators.rows.count == 12 + 2)  // 过程 2 + 产出 8 + 效益 2 rows
    }

    @Test func headerBlockShowsProjectAndBudgetExecution() {
        #expect(header.rows[0].cells.map(\.text) == ["项目名称", "困难职工帮扶（1:1）配套资金"])
        #expect(header.rows[1].cells.map(\.text) == ["主管部门", "林芝市总工会", "实施单位", "林芝市总工会(帮扶中心)"])
        #expect(header.rows[2].cells.map(\.text) == ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(header.rows[3].cells.map(\.text) == ["年度资金总额", "100", "100", "100", "8", "100%", "8"])
        #expect(header.rows.count == 4)
    }

    @Test func goalsAndFundingSourcesAddRows() throws {
        var input = F.seed()
        input.goals = Goals(expected: "做好送温暖工作", achieved: "如期实现")
        input.budget.sources = [FundingSource(name: "其中：财政拨款", initial: 100, adjusted: 100, executed: 100)]
        let header = try #require(ComposerTests.tables(try ComposerTests.compose(input)).first)
        Self.checkGrid(header)
        #expect(header.rows[2].cells[0].rowSpan == 3)
        #expect(header.rows[4].cells.map(\.text) == ["其中：财政拨款", "100", "100", "100", "—", "—", "—"])
        #expect(header.rows[5].cells.map(\.text) == ["年度总体目标", "预期目标", "实际完成情况"])
        #expect(header.rows[6].cells.map(\.text) == ["做好送温暖工作", "如期实现"])
    }

    @Test func noBudgetRowWhenNothingScoresBudgetExecution() throws {
        let input = F.singleRowReport(F.row("a", "≥1个", "1个", weight: 100))
        let header = try #require(ComposerTests.tables(Composer.compose(try Scorer.score(input, scheme: F.singleLevel))).first)
        #expect(header.rows.count == 2)
    }
}
