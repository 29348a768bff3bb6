import Foundation
import Testing
@testable import JixiaoCore

/// The national rules, one row at a time.
@Suite struct ScoringRuleTests {
    typealias F = ScoreFixtures

    // MARK: Grades

    /// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60: each edge belongs to the grade above it.
    @Test(arguments: [("100", Grade.excellent), ("90", .excellent), ("89.99", .good), ("80", .good), ("79.99", .fair),
                      ("60", .fair), ("59.99", .poor), ("0", .poor)])
    func gradeEdgesBelongToTheGradeAbove(_ total: String, _ grade: Grade) {
        #expect(Grade(total: F.decimal(total)) == grade)
    }

    // MARK: ≥ and ≤

    @Test func positiveBelowTargetScoresByRatio() throws {
        let (row, _) = try F.scoreRow(F.row("维修养护供水工程处数", "≥40处", "36处", weight: 15, deviation: "用地协调"))
        #expect(row.score == F.decimal("13.5"))
        #expect(row.rule == .positive(ratio: F.decimal("0.9"), overAchieved: false))
    }

    @Test func positiveMetScoresFull() throws {
        #expect(try F.scoreRow(F.row("a", "≥20个", "20个", weight: 5)).0.score == 5)
        #expect(try F.scoreRow(F.row("a", "20个", "25个", weight: 5)).0.score == 5)
    }

    @Test func overAchievementStartsAtExactlyOnePointFiveTimes() throws {
        let (atEdge, edgeWarnings) = try F.scoreRow(F.row("a", "≥20个", "30个", weight: 5))
        #expect(atEdge.score == 5)
        #expect(edgeWarnings.map(\.code) == [.overAchievement])
        let (below, belowWarnings) = try F.scoreRow(F.row("a", "≥20个", "29个", weight: 5))
        #expect(below.rule == .positive(ratio: Decimal(29) / 20, overAchieved: false))
        #expect(belowWarnings.isEmpty)
    }

    @Test func overAchievementWithAReasonIsNotWarned() throws {
        let (row, warnings) = try F.scoreRow(F.row("a", "≥20个", "40个", weight: 5, deviation: "年中追加任务"))
        #expect(row.rule == .positive(ratio: 2, overAchieved: true))
        #expect(warnings.isEmpty)
    }

    @Test func overAchievementRatioComesFromTheScheme() throws {
        var scheme = F.singleLevel
        scheme.overAchievementRatio = 2
        let input = F.singleRowReport(F.row("a", "≥20个", "30个", weight: 5))
        #expect(try Scorer.score(input, scheme: scheme).warnings.isEmpty)
    }

    @Test func reverseOverTargetScoresByInverseRatio() throws {
        let (row, _) = try F.scoreRow(F.row("单处维修平均成本", "≤2.5万元", "2.6万元", weight: 10, deviation: "管材涨价"))
        #expect(row.score == F.decimal("9.62"))  // 10 × 2.5 / 2.6 = 9.615… → 9.62
        #expect(row.rule == .reverse(ratio: F.decimal("1.04")))  // actual / target = 2.6 / 2.5
    }

    @Test func reverseWithinTargetScoresFull() throws {
        #expect(try F.scoreRow(F.row("a", "不超过100万元", "98万元", weight: 5)).0.score == 5)
        #expect(try F.scoreRow(F.row("a", "100万元以内", "100万元", weight: 5)).0.score == 5)
    }

    @Test func bareNumberIsAtMostInACostGroupAndAtLeastElsewhere() throws {
        let cost = try F.scoreRow(F.row("a", "2.5万元/处", "2万元/处", weight: 10), group: "成本指标").0
        #expect(cost.score == 10)
        let quantity = try F.scoreRow(F.row("a", "2.5万元/处", "2万元/处", weight: 10, deviation: "少"), group: "数量指标").0
        #expect(quantity.score == 8)
    }

    @Test func directionOverridesABareNumber() throws {
        let reverse = try F.scoreRow(F.row("a", "100", "80", weight: 10, direction: .reverse)).0
        #expect(reverse.score == 10)
        let exact = try F.scoreRow(F.row("a", "100", "120", weight: 10, direction: .exact, deviation: "多")).0
        #expect(exact.rule == .exact(met: false))
        #expect(exact.score == 0)
    }

    // MARK: Met or not

    @Test func exactTargetMetOrZeroWithWarning() throws {
        #expect(try F.scoreRow(F.row("验收合格率", "=100%", "100%", weight: 10)).0.score == 10)
        let (missed, warnings) = try F.scoreRow(F.row("验收合格率", "=100%", "98%", weight: 10, deviation: "2处返工"))
        #expect(missed.score == 0)
        #expect(missed.rule == .exact(met: false))
        #expect(warnings.map(\.code) == [.targetNotMet])
        #expect(warnings.first?.field.description == "indicators[产出][数量指标][1].actual")
    }

    @Test func strictComparators() throws {
        #expect(try F.scoreRow(F.row("a", ">90%", "91%", weight: 4)).0.score == 4)
        #expect(try F.scoreRow(F.row("a", ">90%", "90%", weight: 4)).0.score == 0)
        #expect(try F.scoreRow(F.row("a", "<5次", "4次", weight: 4)).0.score == 4)
        #expect(try F.scoreRow(F.row("a", "＜5次", "5次", weight: 4)).0.score == 0)
    }

    @Test func deadlines() throws {
        #expect(try F.scoreRow(F.row("a", "上半年完成", "按期完成", weight: 5)).0.score == 5)
        #expect(try F.scoreRow(F.row("a", "年底前完成", "提前完成", weight: 5)).0.score == 5)
        #expect(try F.scoreRow(F.row("a", "上半年完成", "上半年完成", weight: 5)).0.score == 5)
        let (late, warnings) = try F.scoreRow(F.row("a", "12月底前完成", "延期完成", weight: 5, deviation: "雨季停工"))
        #expect(late.score == 0)
        #expect(warnings.map(\.code) == [.targetNotMet])
    }

    @Test func ratings() throws {
        #expect(try F.scoreRow(F.row("a", "满意", "非常满意", weight: 10)).0.score == 10)
        #expect(try F.scoreRow(F.row("a", "较满意", "满意", weight: 10)).0.score == 10)
        #expect(try F.scoreRow(F.row("a", "满意", "基本满意", weight: 10, deviation: "个别投诉")).0.score == 0)
    }

    @Test func manualScoreReplacesTheRuleWithoutWarning() throws {
        let (row, warnings) = try F.scoreRow(F.row("验收合格率", "=100%", "98%", weight: 10, score: 8,
                                                   reason: "按偏离程度扣2分", deviation: "2处返工"))
        #expect(row.score == 8)
        #expect(row.rule == .manual(reason: "按偏离程度扣2分"))
        #expect(warnings.isEmpty)
    }

    // MARK: Qualitative bands

    static let bandCases: [(QualitativeBand, Decimal, Bool)] = [
        (.achieved, 10, true), (.achieved, 8, true), (.achieved, F.decimal("7.99"), false),
        (.partial, 8, false), (.partial, F.decimal("7.99"), true), (.partial, 6, true),
        (.partial, F.decimal("5.99"), false),
        (.notAchieved, 6, false), (.notAchieved, F.decimal("5.99"), true), (.notAchieved, 0, true),
    ]

    @Test(arguments: bandCases)
    func qualitativeScoreMustLieInItsBand(_ band: QualitativeBand, _ score: Decimal, _ allowed: Bool) {
        let row = F.row("农村供水保障水平", "有效提升", "明显提升", weight: 10, kind: .qualitative, score: score,
                        band: band, deviation: "个别村季节性缺水")
        let errors = F.rowDiagnostics(row).filter { $0.severity == .error }
        #expect(errors.map(\.code) == (allowed ? [] : [.qualitativeBand]))
        if !allowed {
            #expect(errors.first?.field.description == "indicators[产出][数量指标][1].score")
            #expect(errors.first?.message.chinese.contains("不在“\(band.shortName)”档次内") == true)
        }
    }

    @Test func qualitativeRowKeepsItsText() throws {
        let (row, _) = try F.scoreRow(F.row("保障水平", "有效提升", "明显提升", weight: 10, kind: .qualitative, score: 9,
                                            band: .achieved, deviation: "个别村缺水"))
        #expect(row.target == .text("有效提升"))
        #expect(row.actual == .text("明显提升"))
        #expect(row.rule == .qualitative(.achieved))
        #expect(row.score == 9)
    }

    // MARK: Budget execution

    @Test func budgetExecutionRowIsRateTimesWeight() throws {
        let budget = Budget(initial: 100, adjusted: 100, executed: F.decimal("95.5"))
        let (row, _) = try F.scoreRow(F.row("资金支出率", nil, nil, weight: 8, kind: .budgetExecution, deviation: "尾款未付"),
                                      budget: budget)
        #expect(row.score == F.decimal("7.64"))
        #expect(row.actual == .quantity(Quantity(comparator: nil, value: F.decimal("95.5"), unit: "%", text: "95.5%")))
    }

    @Test func budgetExecutionRateIsCappedAtOneHundredPercent() throws {
        let budget = Budget(initial: 100, adjusted: 100, executed: 120)
        let (row, warnings) = try F.scoreRow(F.row("资金支出率", nil, nil, weight: 8, kind: .budgetExecution), budget: budget)
        #expect(row.score == 8)
        #expect(row.rule == .budgetExecution(rate: F.decimal("1.2")))
        #expect(warnings.map(\.code) == [.overExecutedBudget])
        #expect(warnings.first?.field.description == "budget.executed")
    }

    // MARK: Rounding

    @Test func rowsRoundHalfUpToTwoPlaces() throws {
        // 1 × 1/8 = 0.125: half-up gives 0.13 (banker's rounding would give 0.12)
        #expect(try F.scoreRow(F.row("a", "≥8个", "1个", weight: 1, deviation: "少")).0.score == F.decimal("0.13"))
    }

    @Test func subtotalsAreSumsOfRoundedRows() throws {
        let third = F.row("a", "≥3个", "1个", weight: 1, deviation: "少")
        let rows = [third, third, third, F.row("b", "≥1个", "1个", weight: 97)]
        let input = F.report(scheme: "inline", budget: Budget(initial: 1, adjusted: 1, executed: 1),
                             indicators: [F.level("产出", [F.group("数量指标", rows)])])
        let report = try Scorer.score(input, scheme: F.singleLevel)
        #expect(Array(report.levels[0].groups[0].rows.map(\.score).prefix(3)) == Array(repeating: F.decimal("0.33"), count: 3))
        #expect(report.total == F.decimal("97.99"))  // not 98: the rows print 0.33 each
        #expect(report.grade == .excellent)
    }
}
