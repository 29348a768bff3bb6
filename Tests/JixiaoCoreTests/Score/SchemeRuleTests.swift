import Foundation
import Testing
@testable import JixiaoCore

/// A scheme's own rules beyond the weights (issue 10, item 7): 指标偏离 with its deduction
/// and ceilings on the total by 预算执行率, as data that a scheme file or an inline scheme
/// gives, applied to a clerk's own file and tried beside a table under review.
@Suite struct SchemeRuleTests {
    static let rules = """
        deviation: {over_target_percent: 30, deduction: 2}
          total_caps:
            - {rate_below_percent: 80, max_total: 89}
            - {rate_below_percent: 70, max_total: 79}
            - {rate_below_percent: 60, max_total: 69}
            - {rate_below_percent: 50, max_total: 59}
        """

    /// A report with an inline national-weights scheme plus `rules`; `trained` is the 培训人数
    /// actual against ≥100人, and `printed` adds printed scores (a table under review).
    static func report(trained: String = "100人", deviation: String? = nil, executed: String = "100",
                       rules: String = SchemeRuleTests.rules, printed: Bool = false, total: String? = nil) -> String {
        let score = { (figure: String) in printed ? ", printed_score: \(figure)" : "" }
        let reason = deviation.map { ", deviation: \"\($0)\"" } ?? ""
        return """
        scheme:
          id: 某省一体化
          name: 某省预算管理一体化评分规则
          budget_execution: {weight: 10}
          levels:
            - {name: 产出指标, weight: 50}
            - {name: 效益指标, weight: 30}
            - {name: 满意度指标, weight: 10}
          \(rules)
        cover:
          fields: [{项目名称: 培训项目}]
        project: {name: 培训项目, department: 某县人社局}
        budget:
          adjusted: 100
          executed: \(executed)\(printed ? "\n  printed_score: 10" : "")
        \(total.map { "self_score: \($0)\n" } ?? "")sections: []
        indicators:
          - name: 产出指标
            groups:
              - name: 数量指标
                rows:
                  - {name: 培训人数, target: "≥100人", actual: "\(trained)", weight: 15\(reason)\(score("15"))}
                  - {name: 完成及时率, target: "=100%", actual: "100%", weight: 35\(score("35"))}
          - name: 效益指标
            groups:
              - name: 社会效益指标
                rows:
                  - {name: 就业人数, target: "≥50人", actual: "50人", weight: 30\(score("30"))}
          - name: 满意度指标
            groups:
              - name: 服务对象满意度指标
                rows:
                  - {name: 满意度, target: "≥90%", actual: "95%", weight: 10\(score("10"))}
        """
    }

    static func score(_ text: String) throws -> ScoredReport {
        try ReportPipeline.score(bytes: Array(text.utf8), origin: .file("rules.yaml"))
    }

    static func row(_ report: ScoredReport, _ name: String) throws -> ScoredRow {
        try #require(report.levels.flatMap(\.groups).flatMap(\.rows).first { $0.row.name == name })
    }

    static func messages(_ report: ScoredReport, _ code: DiagnosticCode) -> [String] {
        report.warnings.filter { $0.code == code }.map(\.message.chinese)
    }

    @Test func theSchemeCarriesItsRulesAsData() throws {
        let scheme = try Self.score(Self.report()).scheme
        #expect(scheme.deviation == DeviationRule(overTarget: Decimal(string: "0.3")!, deduction: 2))
        #expect(scheme.totalCaps.map(\.maxTotal) == [89, 79, 69, 59])
        #expect(scheme.totalCap(forRate: Decimal(string: "0.75")!)?.maxTotal == 89)
        #expect(scheme.totalCap(forRate: Decimal(string: "0.45")!)?.maxTotal == 59)
        #expect(scheme.totalCap(forRate: Decimal(string: "0.8")!) == nil, "80% is not below 80%")
    }

    /// 135 of ≥100 is 35% over: 15 − 2 = 13, said with the arithmetic while no reason is given.
    @Test func anActualThirtyPercentOverTheTargetLosesTheDeduction() throws {
        let report = try Self.score(Self.report(trained: "135人"))
        let row = try Self.row(report, "培训人数")
        #expect(row.score == 13)
        #expect(row.rule == .deviated(ratio: Decimal(string: "1.35")!, deduction: 2))
        #expect(Self.messages(report, .indicatorDeviation) == ["“培训人数”超过年度指标值30%及以上：实际完成值为年度指标值的135%，属指标偏离，扣2分：15 − 2 = 13"])
        #expect(Self.messages(report, .missingDeviationReason).isEmpty, "no “写明未达标的原因” for a target exceeded")
        #expect(report.total == 98)
    }

    @Test func exactlyThirtyPercentOverIsADeviationAndJustUnderIsNot() throws {
        #expect(try Self.row(Self.score(Self.report(trained: "130人")), "培训人数").score == 13)
        let under = try Self.score(Self.report(trained: "129人"))
        #expect(try Self.row(under, "培训人数").score == 15)
        #expect(Self.messages(under, .indicatorDeviation).isEmpty)
    }

    /// With a reason given, no warning; the narrative calls it a deviation, not a shortfall.
    @Test func aDeviationWithItsReasonIsQuietAndNamedInTheNarrative() throws {
        let report = try Self.score(Self.report(trained: "160人", deviation: "上级追加培训任务"))
        #expect(try Self.row(report, "培训人数").score == 13)
        #expect(report.warnings.filter { [.indicatorDeviation, .overAchievement, .missingDeviationReason].contains($0.code) }.isEmpty)
        let analysis = NarrativeWriter(report: report).paragraphs(for: .analysis).joined()
        #expect(analysis.contains("指标偏离原因为上级追加培训任务"), "\(analysis)")
        #expect(!analysis.contains("未达标原因为上级追加培训任务"))
    }

    @Test func withoutTheRuleOverAchievementStillEarnsFullMarks() throws {
        let report = try Self.score(Self.report(trained: "160人", rules: ""))
        #expect(try Self.row(report, "培训人数").score == 15)
        #expect(Self.messages(report, .overAchievement).count == 1)
    }

    /// 75% executed: 7.5 + 90 = 97.5, capped at 89 (良, not 优), with both figures.
    @Test func aLowExecutionRateCapsTheTotal() throws {
        let report = try Self.score(Self.report(executed: "75"))
        #expect(report.total == 89)
        #expect(report.grade == .good)
        #expect(report.executionCap?.maxTotal == 89)
        #expect(Self.messages(report, .totalCapped) == ["预算执行率75%低于80%，按评分方案“某省一体化”总分不得高于89分：各项得分合计97.5，总分计为89"])
        let json = try JSONSerialization.jsonObject(with: ScoreJSON.encode(report)) as? [String: Any]
        let cap = try #require(json?["totalCap"] as? [String: Any])
        #expect((cap["maxTotal"] as? NSNumber)?.intValue == 89 && (cap["rateBelow"] as? NSNumber)?.doubleValue == 0.8)
        #expect((json?["total"] as? NSNumber)?.intValue == 89)
        let under50 = try Self.score(Self.report(executed: "45"))
        #expect(under50.total == 59)
        #expect(Self.messages(under50, .totalCapped).first?.hasPrefix("预算执行率45%低于50%") == true)
    }

    /// 15 × 10% = 1.5, so 1.5 + 75 + 7.5 = 84: under the ceiling, nothing is said.
    @Test func aSumUnderTheCapIsLeftAlone() throws {
        let report = try Self.score(Self.report(trained: "10人", deviation: "培训推迟", executed: "75"))
        #expect(report.total == 84)
        #expect(report.executionCap?.maxTotal == 89)
        #expect(Self.messages(report, .totalCapped).isEmpty)
    }

    /// A clerk who typed the uncapped sum is told the capped total.
    @Test func aDeclaredTotalIsComparedWithTheCappedOne() throws {
        let report = try Self.score(Self.report(executed: "75", total: "97.5"))
        #expect(report.total == 89)
        #expect(Self.messages(report, .declaredScoreMismatch) == ["填写的自评总分为97.5，按评分规则计算为89"])
    }

    /// Under review the printed figures stand; the rule's total is capped and J066 says what
    /// the table's items add up to; J028 gives all three figures.
    @Test func aTableUnderReviewKeepsItsPrintedTotalAndIsToldTheCap() throws {
        let report = try Self.score(Self.report(trained: "135人", executed: "75", printed: true, total: "100"))
        #expect(report.total == 100)
        #expect(report.ruleTotal == 89)
        #expect(Self.messages(report, .totalCapped) == ["预算执行率75%低于80%，按评分方案“某省一体化”总分不得高于89分：表中各项得分合计100"])
        #expect(Self.messages(report, .declaredScoreMismatch) == ["各行得分合计100，表中总分100，按规则计算89"])
        let differs = Self.messages(report, .printedScoreDiffers)
        #expect(differs.contains("“培训人数”按规则计算 实际完成值为年度指标值的135%，属指标偏离，扣2分：15 − 2 = 13，表中为15（相差+2）"), "\(differs)")
    }

    @Test func aCapAbove100IsRefusedWithItsField() throws {
        let bad = Self.report(rules: "total_caps:\n    - {rate_below_percent: 80, max_total: 120}")
        let outcome = Result { try Self.score(bad) }
        guard case .failure(let diagnostics as Diagnostics) = outcome else {
            Issue.record("max_total 120 must be refused")
            return
        }
        let error = try #require(diagnostics.all.first { $0.severity == .error })
        #expect(error.field.description == "scheme.total_caps[1].max_total")
        #expect(error.message.chinese.contains("不能大于 100"))
    }
}
