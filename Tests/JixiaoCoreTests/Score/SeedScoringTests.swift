import Foundation
import Testing
@testable import JixiaoCore

/// The seed report scores as its authors scored it: 过程 18, 产出 30, 效益 40, total 88, 良.
@Suite struct SeedScoringTests {
    let report: ScoredReport

    init() throws {
        report = try Scorer.score(ScoreFixtures.seed(), scheme: ScoreFixtures.linzhi2024)
    }

    @Test func totalAndGrade() {
        #expect(report.total == 88)
        #expect(report.grade == .good)
        #expect(report.totalWeight == 100)
        #expect(report.budgetExecution == nil)
    }

    @Test func levelSubtotals() {
        #expect(report.levels.map(\.name) == ["过程", "产出", "效益"])
        #expect(report.levels.map(\.score) == [18, 30, 40])
        #expect(report.levels.map(\.weight) == [20, 40, 40])
    }

    @Test func groupSubtotals() {
        let process = report.levels[0].groups
        #expect(process.map(\.name) == ["资金管理", "事项管理"])
        #expect(process.map(\.score) == [8, 10])
        #expect(process.map(\.weight) == [8, 12])
        #expect(report.levels[1].groups.map(\.score) == [20, 5, 5])
        #expect(report.levels[2].groups.map(\.score) == [20, 20])
    }

    @Test func rowScoresAndRules() {
        let output = report.levels[1].groups[0].rows
        #expect(output.map(\.score) == [5, 5, 0, 0, 5, 5])
        #expect(output[0].rule == .positive(ratio: Decimal(125) / 20, overAchieved: true))
        #expect(output[5].rule == .positive(ratio: Decimal(29) / 20, overAchieved: false))
        #expect(report.levels[0].groups[0].rows[0].rule == .budgetExecution(rate: 1))
        #expect(report.levels[0].groups[1].rows[0].rule == .qualitative(.achieved))
        #expect(report.levels[1].groups[1].rows[0].rule == .exact(met: true))
        #expect(report.levels[1].groups[2].rows[0].rule == .reverse(ratio: 1))
        #expect(report.levels[2].groups[0].rows[0].rule == .manual(reason: "受益职工数量达到776人，远超预期值"))
        #expect(report.levels[2].groups[1].rows[0].rule == .exact(met: true))
    }

    @Test func warningsAreTheMissingTargetAndTheThreeOverAchievedRows() {
        let codes = report.warnings.map(\.code)
        #expect(codes == [.overAchievement, .overAchievement, .overAchievement, .missingTarget])
        let overAchieved = report.warnings.filter { $0.code == .overAchievement }
        #expect(overAchieved.map(\.field.description) == [
            "indicators[产出][数量指标][1].actual",
            "indicators[产出][数量指标][2].actual",
            "indicators[产出][数量指标][5].actual",
        ])
        #expect(overAchieved[0].message.chinese.contains("125个为年度指标值≥20个的6.25倍"))
        #expect(overAchieved[1].message.chinese.contains("300人为年度指标值≥160人的1.88倍"))
        #expect(overAchieved[2].message.chinese.contains("73人为年度指标值≥30人的2.43倍"))
        #expect(overAchieved[0].hints.first?.chinese.contains("deviation") == true)
    }

    @Test func missingTargetWarningPointsAtTheRowLine() throws {
        let warning = try #require(report.warnings.first { $0.code == .missingTarget })
        #expect(warning.severity == .warning)
        #expect(warning.field.description == "indicators[效益][社会效益指标][1].target")
        #expect(warning.location == SourceLocation(file: "linzhi-2024-kunnan-zhigong.yaml", line: 143, column: 13))
        #expect(warning.message.chinese.contains("受益职工数量"))
    }

    @Test func overAchievementWarningPointsAtTheActualLine() throws {
        let warning = try #require(report.warnings.first { $0.code == .overAchievement })
        #expect(warning.location?.description == "linzhi-2024-kunnan-zhigong.yaml:101:21")
    }
}
