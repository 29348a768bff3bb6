import Foundation
import Testing
@testable import JixiaoCore

/// The national example's 项目支出绩效自评表 (财预〔2020〕10号), as a reader checks it against
/// the official form: the year under the title, the funds block, the goals, 预算执行率 printed
/// once, and 总分 last.
@Suite struct NationalTableFormTests {
    typealias F = ScoreFixtures
    let document: Document
    let header: Table
    let indicators: Table

    init() throws {
        var input = F.nationalExample()
        input.project.year = 2023
        input.budget.sources = [FundingSource(name: "其中：财政拨款", initial: 100, adjusted: 100, executed: Decimal(string: "95.5"))]
        document = try ComposerTests.compose(input, scheme: F.national2020)
        let tables = ComposerTests.tables(document)
        header = try #require(tables.first)
        indicators = try #require(tables.last)
    }

    static func texts(_ row: TableRow) -> [String] { row.cells.map(\.text) }

    @Test func theSchemeChoosesTheNationalForm() {
        #expect(SchemeLibrary.preset(id: "national-2020")?.form == .national2020)
        #expect(SchemeLibrary.preset(id: "linzhi-2024")?.form == .national2020, "linzhi-2024.yaml writes form: national-2020")
        #expect(SchemeLibrary.preset(id: "sichuan-2023")?.form == .sichuan)
        #expect(TableFormID.defaultForm(forScheme: "inline") == .standard)
        #expect(TableForm.form(for: .national2020) == .national2020)
        #expect(TableForm.form(for: .standard) == .standard)
    }

    @Test func theBudgetYearStandsUnderTheTitle() throws {
        let paragraphs = document.body.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        let title = try #require(paragraphs.firstIndex { $0.style == .title })
        #expect(paragraphs[title].text == "项目支出绩效自评表")
        #expect(paragraphs[title + 1].text == "（2023年度）")
        #expect(paragraphs[title + 1].style == .subtitle)
    }

    @Test func noYearLineWhenTheReportGivesNoYear() throws {
        let document = try ComposerTests.compose(F.nationalExample(), scheme: F.national2020)
        let years = document.body.filter { block in
            if case .paragraph(let paragraph) = block { return paragraph.text.hasSuffix("年度）") }
            return false
        }
        #expect(years.isEmpty)
    }

    @Test func theFundsBlockHasTheFormsRows() {
        SelfEvaluationTableTests.checkGrid(header)
        #expect(Self.texts(header.rows[2]) == ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        #expect(header.rows[2].cells[0].rowSpan == 5)
        #expect(Self.texts(header.rows[3]) == ["年度资金总额", "100", "100", "95.5", "10", "95.5%", "9.55"])
        #expect(Self.texts(header.rows[4]) == ["其中：当年财政拨款", "100", "100", "95.5", "—", "—", "—"])
        #expect(Self.texts(header.rows[5]) == ["上年结转资金", "—", "—", "—", "—", "—", "—"])
        #expect(Self.texts(header.rows[6]) == ["其他资金", "—", "—", "—", "—", "—", "—"])
    }

    @Test func aSourceNoFixedRowNamesIsPrintedAsWritten() throws {
        var input = F.nationalExample()
        input.budget.sources = [FundingSource(name: "社会捐赠", initial: nil, adjusted: 5, executed: 5),
                                FundingSource(name: "上年结转", initial: 3, adjusted: 3, executed: 2)]
        let header = try #require(ComposerTests.tables(try ComposerTests.compose(input, scheme: F.national2020)).first)
        SelfEvaluationTableTests.checkGrid(header)
        #expect(Self.texts(header.rows[5]) == ["上年结转资金", "3", "3", "2", "—", "—", "—"])
        #expect(Self.texts(header.rows[7]) == ["社会捐赠", "—", "5", "5", "—", "—", "—"])
    }

    @Test func theGoalsBlockIsAlwaysThere() throws {
        #expect(Self.texts(header.rows[7]) == ["年度总体目标", "预期目标", "实际完成情况"])
        #expect(Self.texts(header.rows[8]) == ["—", "—"])
        var input = F.nationalExample()
        input.goals = Goals(expected: "完成40处供水工程维修养护", achieved: "完成36处")
        let withGoals = try #require(ComposerTests.tables(try ComposerTests.compose(input, scheme: F.national2020)).first)
        #expect(withGoals.rows.last.map(Self.texts) == ["完成40处供水工程维修养护", "完成36处"])
    }

    @Test func budgetExecutionIsPrintedOnceInTheFundsBlock() {
        let cells = indicators.rows.flatMap(\.cells).map(\.text)
        #expect(!cells.contains("预算执行率"))
        #expect(!cells.contains("9.55"))
    }

    @Test func theLastRowIsTheTotal() {
        #expect(indicators.rows.last.map(Self.texts) == ["总分", "100", "94.96", ""])
        #expect(indicators.footRows == 1)
        #expect(!indicators.rows.flatMap(\.cells).map(\.text).contains("自评等级"))
    }

    @Test func everyScoreTheScorerComputedIsPrinted() throws {
        let report = try Scorer.score(F.nationalExample(), scheme: F.national2020)
        let printed = Set((header.rows + indicators.rows).flatMap(\.cells).map(\.text))
        var figures = [report.total, report.totalWeight]
        if let item = report.budgetExecution { figures += [item.weight, item.score] }
        for row in report.levels.flatMap(\.groups).flatMap(\.rows) { figures += [row.weight, row.score] }
        for figure in figures.map(ScoreFormat.number) { #expect(printed.contains(figure), "\(figure) is not printed") }
    }

    @Test func theYearIsDecodedFromTheProject() throws {
        for (written, year) in [("2023", 2023), ("2023年", 2023), ("２０２３年度", 2023)] {
            let text = minimalReport.replacingOccurrences(of: "  department: 测试部门\n", with: "  department: 测试部门\n  year: \(written)\n")
            #expect(try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml").project.year == year)
        }
        let bad = minimalReport.replacingOccurrences(of: "  department: 测试部门\n", with: "  department: 测试部门\n  year: 去年\n")
        let diagnostic = try #require(reportDiagnostics(bad).first)
        #expect(diagnostic.code == .wrongType)
        #expect(diagnostic.field.description == "project.year")
        #expect(place(diagnostic) == "r.yaml:8:9")
    }

    /// 本年财政拨款 (as 中江县 prints it) is the national form's 当年财政拨款 row, not a row of its own.
    @Test func theYearsAppropriationByItsOtherNameFillsItsRow() {
        let budget = Budget(initial: nil, adjusted: 20, executed: 20,
                            sources: [FundingSource(name: "本年财政拨款", initial: nil, adjusted: 20, executed: 20)])
        let rows = SelfEvaluationTable.budgetRows(budget, weight: 10, score: 10, form: .national2020)
        #expect(rows.map { $0.cells.first?.text } == ["项目资金（万元）", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
        #expect(rows[2].cells.map(\.text).prefix(4) == ["其中：当年财政拨款", "—", "20", "20"])
    }
}
