import Foundation
import Testing
@testable import JixiaoCore

/// What the real published tables (Tests/Fixtures/real/) showed the re-check getting wrong,
/// each pinned on a small table so the rule is seen apart from the fixture that found it.
@Suite struct RealTableFindingsTests {
    typealias Review = ReviewTests

    /// 稷山县 prints 执行率 "99%" for 65.07 ÷ 65.66 = 99.10%: the rate rounded to the whole
    /// percent it prints, not a wrong rate. "100%" for it is wrong.
    @Test(arguments: [("99%", false), ("99.1%", false), ("99.10%", false), ("９９％", false),
                      ("100%", true), ("99.2%", true), ("98%", true)])
    func aPrintedRateIsComparedToTheDecimalsItShows(_ printed: String, _ reported: Bool) throws {
        let budget = "  adjusted: 65.66\n  executed: 65.07\n  printed_rate: \"\(printed)\"\n  printed_score: 9.91\n"
        let report = try Review.score(Review.table(budget: budget))
        let rate = report.warnings.filter { $0.code == .printedScoreDiffers && $0.field == FieldPath.root.key("budget").key("printed_rate") }
        #expect(rate.isEmpty == !reported, "\(printed): \(rate.map(\.message.chinese))")
    }

    /// 新洲区 weighs 产出 80 and 满意度 20 (+ 预算 10 = 110): the total check adds up the
    /// table's weights, not the scheme's 50 + 10 + 10 = 70, and the level subtotal is 80.
    @Test func aTableUnderReviewIsWeighedAsPrinted() throws {
        let rows = """
                          - {name: 培训人数, target: "≥100人", actual: "100人", weight: 45, printed_score: 45}
                          - {name: 覆盖率, target: "≥80%", actual: "80%", weight: 35, printed_score: 35}
                """
        let report = try Review.score(Review.table(output: rows, total: "129.91"))
        let weights = Review.messages(report, .weightSum)
        #expect(weights.contains("一级指标“产出指标”下各指标分值之和为80，评分方案规定为50"), "\(weights)")
        #expect(weights.contains("各一级指标分值（含预算执行率10分）合计为130，应为100"), "\(weights)")
        #expect(report.levels.first?.weight == 80)
        #expect(report.total == 129.91)
    }

    /// The same weights in a clerk's own file are still refused against the scheme's.
    @Test func aClerksOwnFileKeepsTheSchemesLevelWeights() throws {
        let text = Review.table(output: """
                          - {name: 培训人数, target: "≥100人", actual: "100人", weight: 80}
                """).replacingOccurrences(of: ", printed_score: 30", with: "")
            .replacingOccurrences(of: ", printed_score: 10", with: "")
            .replacingOccurrences(of: "  printed_score: 9.91\n", with: "")
        #expect { try Review.score(text) } throws: { error in
            let all = (error as? Diagnostics)?.all ?? []
            return all.contains { $0.severity == .error && $0.message.chinese == "一级指标“产出指标”下各指标分值之和为80，评分方案规定为50" }
                && !all.contains { $0.message.chinese.hasPrefix("各一级指标分值") }
        }
    }

    /// 新洲区 leaves the 预算执行率 得分 cell empty; 普惠金融 has no such row at all. The rule's
    /// figure is counted, and the reviewer is told which cell it stands for.
    @Test func aBlankBudgetScoreUnderReviewIsNamedWithTheFigureCounted() throws {
        let report = try Review.score(Review.table(budget: "  adjusted: 100\n  executed: 99.1\n  printed_rate: \"99.1%\"\n"))
        #expect(Review.messages(report, .printedScoreMissing) == ["表中“预算执行率”没有得分：按规则计9.91分，计入总分"])
        #expect(report.budgetExecution?.score == 9.91)
        #expect(Review.messages(report, .declaredScoreMismatch) == ["各行得分合计87.8，表中总分90.71，按规则计算99.35"],
                "the rows' sum is the table's own figures, without the rule's 9.91 for the blank cell")
    }

    @Test func aBlankRowScoreUnderReviewIsNamedWithTheFigureCounted() throws {
        let rows = """
                          - {name: 培训人数, target: "≥100人", actual: "99.1人", weight: 15}
                          - {name: 覆盖率, target: "≥80%", actual: "62.7%", weight: 2, printed_score: 1.8}
                          - {name: 完成及时率, target: "=100%", actual: "100%", weight: 33, printed_score: 33}
                """
        let report = try Review.score(Review.table(output: rows))
        #expect(Review.messages(report, .printedScoreMissing) == ["表中“培训人数”没有得分：按规则计14.87分，计入总分"])
        #expect(Review.messages(try Review.score(Review.table()), .printedScoreMissing).isEmpty, "every score printed: no J062")
    }

    /// 新洲区's 年度资金总额 prints 30 | 30 and no 全年执行数 while 其中:当年财政拨款 prints
    /// 30 | 30 | 30: the 其中 rows' figure stands for it (J038), the table is not refused.
    @Test func anEmptySummaryFigureIsTakenFromTheSubRowsNamingThem() throws {
        let budget = """
              initial: 30
              adjusted: 30
              printed_rate: "100%"
              printed_score: 10
              sources:
                - {name: 当年财政拨款, initial: 30, adjusted: 30, executed: 30}
                - {name: 上年结转资金}

            """
        let report = try Review.score(Review.table(budget: budget, total: "90.8"))
        #expect(report.input.budget.executed == 30)
        #expect(Review.messages(report, .budgetRowsDisagree) == ["年度资金总额没有全年执行数，按其中“当年财政拨款”计为30"])
        let noAdjusted = budget.replacingOccurrences(of: "  adjusted: 30\n  printed_rate", with: "  printed_rate")
            .replacingOccurrences(of: "  initial: 30\n", with: "")
        let fromRows = try Review.score(Review.table(budget: noAdjusted, total: "90.8"))
        #expect(fromRows.input.budget.adjusted == 30)
        #expect(Review.messages(fromRows, .budgetRowsDisagree).contains("年度资金总额没有全年预算数，按其中“当年财政拨款”计为30"))
    }

    /// Without the figure anywhere it is still the missing field it was.
    @Test func anEmptySummaryFigureWithNoSubRowsIsStillMissing() throws {
        let budget = "  adjusted: 30\n  printed_score: 10\n  sources:\n    - {name: 当年财政拨款, adjusted: 30}\n"
        #expect { try Review.score(Review.table(budget: budget)) } throws: { error in
            (error as? Diagnostics)?.all.contains { $0.code == .missingField && $0.field == FieldPath.root.key("budget").key("executed") } == true
        }
    }

    /// 稷山县 and 永德县 mark down rows the rule gives full marks (27 of 30, 7 of 10) without a
    /// reason: J025 quotes the table's score, not the rule's full marks (which would say nothing
    /// was lost) nor the rule's 14.86 where the table printed 13.
    @Test func aDeductionWithoutAReasonQuotesThePrintedScore() throws {
        let report = try Review.score(Review.table())
        let reasons = Review.messages(report, .missingDeviationReason)
        #expect(reasons.contains("“培训人数”得分13，低于分值15，但未填写偏差原因分析"), "\(reasons)")
        #expect(!reasons.contains { $0.contains("14.87") }, "\(reasons)")
        let fullByRule = Review.table(output: """
                          - {name: 培训人数, target: "≥100人", actual: "100人", weight: 15, printed_score: 13}
                          - {name: 覆盖率, target: "≥80%", actual: "80%", weight: 2, printed_score: 2}
                          - {name: 完成及时率, target: "=100%", actual: "100%", weight: 33, printed_score: 33}
                """, total: "97.91")
        #expect(Review.messages(try Review.score(fullByRule), .missingDeviationReason) == ["“培训人数”得分13，低于分值15，但未填写偏差原因分析"])
        let withReason = fullByRule.replacingOccurrences(of: "weight: 15, printed_score: 13}", with: "weight: 15, printed_score: 13, deviation: 新增死亡人员}")
        #expect(Review.messages(try Review.score(withReason), .missingDeviationReason).isEmpty)
    }

    /// 青神县 published its form with every 完成值 and 得分 blank: in a table under review such a
    /// row is a warning scored 0 by the rule (J062 names it), not an error refusing the table.
    @Test func anUnfilledRowUnderReviewIsAWarningNotARefusal() throws {
        let rows = """
                          - {name: 培训人数, target: "≥100人", weight: 15}
                          - {name: 覆盖率, target: "≥80%", actual: "62.7%", weight: 2, printed_score: 1.8}
                          - {name: 完成及时率, target: "=100%", actual: "100%", weight: 33, printed_score: 33}
                """
        let report = try Review.score(Review.table(output: rows, total: "84.71"))
        #expect(Review.messages(report, .missingField) == ["“培训人数”未填写实际完成值"])
        #expect(Review.messages(report, .printedScoreMissing) == ["表中“培训人数”没有得分：按规则计0分，计入总分"])
        #expect(report.total == 84.71)
    }
}
