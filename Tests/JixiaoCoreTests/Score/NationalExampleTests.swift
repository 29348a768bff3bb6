import Foundation
import Testing
@testable import JixiaoCore

/// The national-2020 example, scored by hand first:
///
///     预算执行率   95.5 / 100 = 95.5%            × 10                 =  9.55
///     产出指标 50
///       维修养护供水工程      36 / 40 处          × 15 = 13.5          = 13.5
///       更换改造供水管网      12.6 ≥ 12 公里                          = 10
///       工程验收合格率        100% = 100%                             = 10
///       项目完工时间          年底前完成, 按期完成                    =  5
///       单处工程平均维修成本  ≤2.5 (成本, bare), 2.6 万元/处
///                             10 × 2.5 / 2.6 = 9.6153…               =  9.62
///                                                          subtotal   = 48.12
///     效益指标 30
///       受益人口              1.25 ≥ 1.2 万人                         = 10
///       农村供水保障水平      部分达成, 7.5 of 10 (75% in 60%–<80%)   =  7.5
///       工程正常运行率        10 × 93 / 95 = 9.7894…                 =  9.79
///                                                          subtotal   = 27.29
///     满意度指标 10
///       受益群众满意度        92% ≥ 90%                               = 10
///
///     total 9.55 + 48.12 + 27.29 + 10 = 94.96 → 优 (≥ 90)
@Suite struct NationalExampleTests {
    let report: ScoredReport

    init() throws {
        report = try Scorer.score(ScoreFixtures.nationalExample(), scheme: ScoreFixtures.national2020)
    }

    @Test func handComputedTotal() {
        #expect(report.budgetExecution?.score == ScoreFixtures.decimal("9.55"))
        #expect(report.levels.map(\.score) == [ScoreFixtures.decimal("48.12"), ScoreFixtures.decimal("27.29"), 10])
        #expect(report.total == ScoreFixtures.decimal("94.96"))
        #expect(report.grade == .excellent)
        #expect(report.totalWeight == 100)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }

    @Test func rowScores() {
        let rows = report.levels.flatMap(\.groups).flatMap(\.rows)
        #expect(rows.map { ScoreFormat.number($0.score) } == ["13.5", "10", "10", "5", "9.62", "10", "7.5", "9.79", "10"])
        #expect(rows[4].rule == .reverse(ratio: ScoreFixtures.decimal("1.04")))
        #expect(rows[6].rule == .qualitative(.partial))
    }

    @Test func analysisStartsWithTheBudgetItem() {
        let analysis = NarrativeWriter(report: report).paragraphs(for: .analysis)
        #expect(analysis.count == 4)
        #expect(analysis[0] == "1. 预算执行率：预算执行率权重为10%，实际得分9.55分。全年预算数为100万元，全年执行数为95.5万元，预算执行率为95.5%，扣0.45分。")
        #expect(analysis[1].hasPrefix("2. 产出指标：产出指标权重为50%，实际得分48.12分。"))
        #expect(analysis[1].contains("单处工程平均维修成本预期值为2.5万元/处，实际完成值为2.6万元/处，自评得分为9.62分，未达标原因为管材价格上涨，单处维修成本略高于预期"))
        #expect(analysis[2].contains("农村供水保障水平预期值为有效提升，实际完成值为供水保障水平有所提升，仍有2个村存在季节性缺水，评价为部分达成年度指标并具有一定效果，自评得分为7.5分"))
    }

    /// 预算执行率 is printed once, in the funds block (the national form), and 总分 adds it in.
    @Test func tableGivesTheBudgetItemInTheFundsBlockAndAddsUp() throws {
        let tables = ComposerTests.tables(Composer.compose(report))
        let indicators = try #require(tables.last)
        SelfEvaluationTableTests.checkGrid(indicators)
        #expect(indicators.rows[0].cells.map(\.text).prefix(3) == ["产出指标", "数量指标", "维修养护供水工程"])
        #expect(indicators.rows[indicators.rows.count - 1].cells.map(\.text) == ["总分", "100", "94.96", ""])
        let header = try #require(tables.first)
        #expect(header.rows[3].cells.map(\.text) == ["年度资金总额", "100", "100", "95.5", "10", "95.5%", "9.55"])
    }

    @Test func fundsParagraph() {
        #expect(NarrativeWriter(report: report).funds
            == "本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为95.5万元，资金支出率为95.5%。")
    }
}
