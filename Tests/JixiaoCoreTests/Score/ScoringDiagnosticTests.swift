import Foundation
import Testing
@testable import JixiaoCore

/// Each diagnostic the scorer emits: its code, severity, field path and words.
@Suite struct ScoringDiagnosticTests {
    typealias F = ScoreFixtures

    static func only(_ code: DiagnosticCode, in diagnostics: [Diagnostic]) throws -> Diagnostic {
        let matching = diagnostics.filter { $0.code == code }
        #expect(matching.count == 1, "expected one \(code), got \(diagnostics.map(\.description))")
        return try #require(matching.first)
    }

    /// The seed with one row replaced (by level, group and 1-based row position).
    static func seed(replacing position: (Int, Int, Int), with row: IndicatorRow) -> ReportInput {
        var input = F.seed()
        let path = input.indicators[position.0].groups[position.1].rows[position.2].path
        var placed = row
        placed.path = path
        input.indicators[position.0].groups[position.1].rows[position.2] = placed
        return input
    }

    @Test func unreadableTargetIsAnErrorAtItsLine() throws {
        let input = Self.seed(replacing: (1, 0, 0), with: F.row("慰问市直单位驻村工作队", "二十个左右", "125个", weight: 5))
        let diagnostic = try Self.only(.unparseableValue, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.field.description == "indicators[产出][数量指标][1].target")
        #expect(diagnostic.location?.description == "linzhi-2024-kunnan-zhigong.yaml:100:21")
        #expect(diagnostic.message.chinese == "“慰问市直单位驻村工作队”的年度指标值“二十个左右”无法识别")
        #expect(diagnostic.hints.first?.chinese.contains("≥20个") == true)
        #expect(diagnostic.hints.first?.chinese.contains("qualitative") == true)
    }

    @Test func unreadableActualIsAnError() throws {
        let diagnostic = try Self.only(.unparseableValue, in: F.rowDiagnostics(F.row("a", "≥20个", "很多", weight: 5)))
        #expect(diagnostic.field.description == "indicators[产出][数量指标][1].actual")
        #expect(diagnostic.message.chinese.contains("实际完成值“很多”无法识别"))
    }

    @Test func actualOfAnotherKindThanTheTargetIsAnError() throws {
        let diagnostic = try Self.only(.unparseableValue, in: F.rowDiagnostics(F.row("a", "≥20个", "按期完成", weight: 5)))
        #expect(diagnostic.message.chinese.contains("不是同一类，应写数量"))
    }

    @Test func unitMismatch() throws {
        let diagnostic = try Self.only(.unitMismatch, in: F.rowDiagnostics(F.row("a", "≥20个", "25人", weight: 5)))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.chinese.contains("单位为“个”，实际完成值单位为“人”"))
        // An actual without its unit is read in the target's, with a warning (J039) since issue 10.
        #expect(F.rowDiagnostics(F.row("a", "≥20个", "25", weight: 5)).map(\.code) == [.notAMeasurement])
    }

    @Test func groupWeightsMustMatchTheScheme() throws {
        let input = Self.seed(replacing: (0, 1, 0), with: F.row("项目监管", "有效监督", "有效监督", weight: 10,
                                                                kind: .qualitative, score: 10, band: .achieved))
        let diagnostic = try Self.only(.weightSum, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.field.description == "indicators[过程][事项管理]")
        #expect(diagnostic.message.chinese == "二级指标“过程 / 事项管理”下各三级指标分值之和为10，评分方案规定为12")
    }

    /// A sum off by a thousandth prints with its thousandth, not rounded to look like the target.
    @Test func aWeightSumOffByAThousandthSaysSo() throws {
        let input = Self.seed(replacing: (0, 1, 0), with: F.row("项目监管", "有效监督", "有效监督", weight: Decimal(string: "12.001")!,
                                                                kind: .qualitative, score: 10, band: .achieved))
        let diagnostic = try Self.only(.weightSum, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.message.chinese == "二级指标“过程 / 事项管理”下各三级指标分值之和为12.001，评分方案规定为12")
    }

    @Test func levelWeightsMustMatchTheScheme() throws {
        let input = Self.seed(replacing: (1, 0, 0), with: F.row("慰问市直单位驻村工作队", "≥20个", "25个", weight: 10))
        let diagnostic = try Self.only(.weightSum, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.field.description == "indicators[产出]")
        #expect(diagnostic.message.chinese == "一级指标“产出”下各指标分值之和为45，评分方案规定为40")
    }

    @Test func levelsMustMakeOneHundredWithTheBudgetItem() throws {
        let input = F.report(scheme: "national-2020", budget: Budget(initial: 10, adjusted: 10, executed: 10),
                             indicators: [
                                 F.level("产出指标", [F.group("数量指标", [F.row("a", "≥1个", "1个", weight: 50)])]),
                                 F.level("效益指标", [F.group("社会效益指标", [F.row("b", "≥1个", "1个", weight: 30)])]),
                             ])
        let diagnostic = try Self.only(.weightSum, in: F.diagnostics(of: input, scheme: F.national2020))
        #expect(diagnostic.field.description == "indicators")
        #expect(diagnostic.message.chinese == "各一级指标分值（含预算执行率10分）合计为90，应为100")
        #expect(diagnostic.hints.first?.chinese.contains("满意度指标（10分）") == true)
    }

    @Test func manualScoreAboveWeightOrBelowZero() throws {
        for score in [Decimal(6), Decimal(-1)] {
            let row = F.row("a", "≥20个", "25个", weight: 5, score: score, reason: "理由")
            let diagnostic = try Self.only(.scoreOutOfRange, in: F.rowDiagnostics(row))
            #expect(diagnostic.field.description == "indicators[产出][数量指标][1].score")
            #expect(diagnostic.message.chinese.contains("超出0到分值5的范围"))
        }
    }

    @Test func manualScoreNeedsAReason() throws {
        let row = F.row("a", "≥20个", "25个", weight: 5, score: 4, deviation: "d")
        let diagnostic = try Self.only(.manualScoreWithoutReason, in: F.rowDiagnostics(row))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.field.description == "indicators[产出][数量指标][1].reason")
    }

    @Test func pointsLostWithoutDeviationIsAWarning() throws {
        let diagnostic = try Self.only(.missingDeviationReason, in: F.rowDiagnostics(F.row("六一慰问", "≥45人", "30人", weight: 5)))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.field.description == "indicators[产出][数量指标][1].deviation")
        #expect(diagnostic.message.chinese == "“六一慰问”得分3.33，低于分值5，但未填写偏差原因分析")
    }

    @Test func missingTargetWithoutManualScoreIsAnError() throws {
        let diagnostic = try Self.only(.missingTarget, in: F.rowDiagnostics(F.row("a", nil, "25个", weight: 5)))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.hints.first?.chinese.contains("score 和 reason") == true)
    }

    @Test func missingActualIsAnError() throws {
        let diagnostic = try Self.only(.missingField, in: F.rowDiagnostics(F.row("a", "≥20个", nil, weight: 5)))
        #expect(diagnostic.field.description == "indicators[产出][数量指标][1].actual")
    }

    /// A warning since the reviewer's re-check (issue 10): the report still scores and renders,
    /// and `check --strict` fails on it for scripts.
    @Test func aDeclaredTotalThatDisagreesIsAWarningNamingBothFigures() throws {
        var input = F.seed()
        input.declaredTotal = 90
        let diagnostic = try Self.only(.declaredScoreMismatch, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.hints.first?.chinese.contains("表中所写为90，各行按规则合计为88") == true)
        #expect(diagnostic.field.description == "self_score")
        #expect(diagnostic.message.chinese == "填写的自评总分为90，按评分规则计算为88")
    }

    @Test func declaredLevelAndGroupScoresMustAgree() throws {
        var input = F.seed()
        input.indicators[1].declaredScore = 40
        input.indicators[0].groups[1].declaredScore = 12
        let mismatches = F.diagnostics(of: input, scheme: F.linzhi2024).filter { $0.code == .declaredScoreMismatch }
        #expect(mismatches.map(\.field.description) == ["indicators[过程][事项管理].score", "indicators[产出].score"])
        #expect(mismatches.last?.message.chinese == "填写的一级指标“产出”得分为40，按评分规则计算为30")
    }

    @Test func qualitativeWithoutBandOrScore() throws {
        let noBand = F.row("a", "有效", "有效", weight: 10, kind: .qualitative, score: 9)
        #expect(try Self.only(.qualitativeBand, in: F.rowDiagnostics(noBand)).field.description
            == "indicators[产出][数量指标][1].band")
        let noScore = F.row("a", "有效", "有效", weight: 10, kind: .qualitative, band: .partial)
        #expect(try Self.only(.qualitativeBand, in: F.rowDiagnostics(noScore)).field.description
            == "indicators[产出][数量指标][1].score")
    }

    @Test func zeroTargetOfARatioRule() throws {
        let diagnostic = try Self.only(.zeroTarget, in: F.rowDiagnostics(F.row("安全事故", "≤0起", "0起", weight: 5)))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.hints.first?.chinese.contains("=0起") == true)
        #expect(F.rowDiagnostics(F.row("安全事故", "=0起", "0起", weight: 5)).isEmpty)
    }

    @Test func zeroBudgetCannotGiveARate() throws {
        let row = F.row("资金支出率", nil, nil, weight: 8, kind: .budgetExecution)
        let diagnostic = try Self.only(.zeroTarget, in: F.rowDiagnostics(row, budget: Budget(initial: 0, adjusted: 0, executed: 0)))
        #expect(diagnostic.field.description == "budget.adjusted")
    }

    @Test func unknownLevelListsTheSchemeLevels() throws {
        var input = F.seed()
        input.indicators[2].name = "影响"
        let diagnostic = try Self.only(.unknownLevel, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.message.chinese == "评分方案“linzhi-2024”没有一级指标“影响”")
        #expect(diagnostic.hints.first?.chinese == "该方案的一级指标为：过程、产出、效益")
    }

    @Test func levelNamesMatchWithOrWithoutZhibiao() throws {
        var input = F.seed()
        input.indicators[1].name = "产出指标"
        #expect(try Scorer.score(input, scheme: F.linzhi2024).total == 88)
    }

    @Test func unknownGroupUnderFixedGroups() throws {
        var input = F.seed()
        input.indicators[2].groups[0].name = "经济效益指标"
        let diagnostic = try Self.only(.unknownLevel, in: F.diagnostics(of: input, scheme: F.linzhi2024))
        #expect(diagnostic.hints.first?.chinese == "该一级指标下的二级指标为：社会效益指标、满意度指标")
    }

    @Test func targetNotMetIsAWarningNamingTheValues() throws {
        let diagnostic = try Self.only(.targetNotMet, in: F.rowDiagnostics(F.row("合格率", "=100%", "98%", weight: 5)))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.chinese == "“合格率”未达到年度指标值（=100%，实际98%），按规则计0分")
    }

    @Test func allErrorsAreReportedTogetherWithTheWarnings() {
        var input = F.seed()
        input.indicators[1].groups[0].rows[0].target = "若干"
        input.indicators[1].groups[0].rows[1].actual = "300个"
        input.indicators[2].groups[0].rows[0].scoreReason = nil
        input.declaredTotal = 100  // not compared: with rows in error there is no computed total to compare
        do {
            _ = try Scorer.score(input, scheme: F.linzhi2024)
            Issue.record("scoring should have failed")
        } catch {
            #expect(error.errors.map(\.code) == [.unparseableValue, .unitMismatch, .manualScoreWithoutReason])
            #expect(error.warnings.map(\.code).contains(.missingTarget))
        }
    }
}
