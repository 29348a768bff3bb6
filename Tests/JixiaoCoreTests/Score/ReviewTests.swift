import Foundation
import Testing
@testable import JixiaoCore

/// A reviewer's re-check of a filed table (issue 10): printed scores are kept, the rules are
/// applied beside them, and every disagreement is a warning with both figures and the
/// arithmetic; nothing here stops scoring.
@Suite struct ReviewTests {
    typealias F = ScoreFixtures

    /// A national-2020 table as a bureau receives it; `rows` replaces the 产出 rows.
    static func table(budget: String = "  adjusted: 100\n  executed: 99.1\n  printed_score: 9.91\n",
                      output rows: String = """
                                - {name: 培训人数, target: "≥100人", actual: "99.1人", weight: 15, printed_score: 13}
                                - {name: 覆盖率, target: "≥80%", actual: "62.7%", weight: 2, printed_score: 1.8}
                                - {name: 完成及时率, target: "=100%", actual: "100%", weight: 33, printed_score: 33}
                      """,
                      total: String = "90.71") -> String {
        """
        scheme: national-2020
        cover:
          fields: [{项目名称: 审核项目}]
        project: {name: 审核项目, department: 某县水利局}
        budget:
        \(budget)self_score: \(total)
        sections: []
        indicators:
          - name: 产出指标
            groups:
              - name: 数量指标
                rows:
        \(rows)
          - name: 效益指标
            groups:
              - name: 社会效益指标
                rows:
                  - {name: 受益人数, target: "≥100人", actual: "120人", weight: 30, printed_score: 30}
          - name: 满意度指标
            groups:
              - name: 服务对象满意度指标
                rows:
                  - {name: 满意度, target: "≥90%", actual: "95%", weight: 10, printed_score: 10}
        """
    }

    static func score(_ text: String) throws -> ScoredReport {
        try ReportPipeline.score(bytes: Array(text.utf8), origin: .file("table.yaml"))
    }

    static func messages(_ report: ScoredReport, _ code: DiagnosticCode) -> [String] {
        report.warnings.filter { $0.code == code }.map(\.message.chinese)
    }

    @Test func aPrintedRowScoreTheRuleDoesNotGiveIsAWarningWithTheArithmetic() throws {
        let report = try Self.score(Self.table())
        #expect(report.input.isUnderReview)
        let differs = Self.messages(report, .printedScoreDiffers)
        #expect(differs.contains("“培训人数”按规则计算 15 × 99.1% = 14.87，表中为13（相差−1.87）"), "\(differs)")
        #expect(differs.contains("“覆盖率”按规则计算 2 × 78.38% = 1.57，表中为1.8（相差+0.23）"), "\(differs)")
        #expect(!differs.contains { $0.contains("完成及时率") }, "a row printed as the rule gives is not reported")
        // Scored as printed, the rule's figure kept beside it.
        let row = try #require(report.levels.first?.groups.first?.rows.first)
        #expect(row.score == 13)
        #expect(row.ruleScore == F.decimal("14.87"))
    }

    @Test func theTotalsThreeFiguresAreOneWarning() throws {
        let report = try Self.score(Self.table(total: "94"))
        // Rows as printed: 13 + 1.8 + 33 + 30 + 10 + budget 9.91 = 97.71; by the rules 14.87 + 1.57 + 33 + 30 + 10 + 9.91.
        #expect(Self.messages(report, .declaredScoreMismatch) == ["各行得分合计97.71，表中总分94，按规则计算99.35"])
        #expect(report.warnings.first { $0.code == .declaredScoreMismatch }?.severity == .warning)
        #expect(report.total == F.decimal("97.71"))
    }

    @Test func aBudgetScoreAndRateAsPrintedAreCheckedToo() throws {
        let report = try Self.score(Self.table(budget: "  adjusted: 100\n  executed: 99.1\n  printed_rate: \"100%\"\n  printed_score: 10\n"))
        let differs = Self.messages(report, .printedScoreDiffers)
        #expect(differs.contains("预算执行率按规则计算 10 × 执行率99.1% = 9.91，表中为10（相差+0.09）"), "\(differs)")
        #expect(differs.contains("执行率按全年执行数÷全年预算数为 99.1 ÷ 100 = 99.1%，表中为100%"), "\(differs)")
    }

    @Test func weightsThatDifferFromTheSchemeAreWarningsNamingBothFigures() throws {
        let rows = """
                        - {name: 培训人数, target: "≥100人", actual: "100人", weight: 70, printed_score: 70}
              """
        let report = try Self.score(Self.table(output: rows, total: "119.91"))
        let weights = report.warnings.filter { $0.code == .weightSum }
        #expect(weights.map(\.message.chinese).contains("一级指标“产出指标”下各指标分值之和为70，评分方案规定为50"), "\(weights)")
        #expect(weights.allSatisfy { $0.severity == .warning })
        #expect(report.levels.first?.score == 70, "scored as printed")
    }

    @Test func aClerksOwnFileStillRefusesWeightsThatDoNotAddUp() throws {
        let text = Self.table(output: "                - {name: 培训人数, target: \"≥100人\", actual: \"100人\", weight: 70}\n")
            .replacingOccurrences(of: ", printed_score: 30}", with: "}").replacingOccurrences(of: ", printed_score: 10}", with: "}")
            .replacingOccurrences(of: "  printed_score: 9.91\n", with: "")
        let error = try #require(throws: Diagnostics.self) { try Self.score(text) }
        #expect(error.errors.contains { $0.code == .weightSum })
    }

    @Test(arguments: ["═100%", "﹦100%", "＝100%", "等于100%"])
    func lookAlikeEqualSignsReadAsEqual(_ target: String) throws {
        let rows = "                - {name: 完成及时率, target: \"\(target)\", actual: \"100%\", weight: 50, printed_score: 50}\n"
        let report = try Self.score(Self.table(output: rows, total: "99.91"))
        #expect(!report.warnings.contains { $0.code == .unparseableValue }, "\(report.warnings.map(\.description))")
        guard case .exact(let met)? = report.levels.first?.groups.first?.rows.first?.rule else {
            Issue.record("\(target) is not read as =")
            return
        }
        #expect(met)
    }

    @Test func anUnknownSignWhereAComparatorStandsIsNamedByItsCodePoint() throws {
        let rows = "                - {name: 完成及时率, target: \"≈100%\", actual: \"100%\", weight: 50, printed_score: 50}\n"
        let report = try Self.score(Self.table(output: rows, total: "99.91"))
        let unreadable = try #require(report.warnings.first { $0.code == .unparseableValue })
        #expect(unreadable.hints.first?.chinese.contains("“≈”（U+2248）不是可识别的比较符号") == true, "\(unreadable)")
    }

    @Test func aWeightPrintedAsAPercentageReadsAsTheNumberWithANote() throws {
        let rows = "                - {name: 完成及时率, target: \"=100%\", actual: \"100%\", weight: 50%, printed_score: 50}\n"
        let report = try Self.score(Self.table(output: rows, total: "99.91"))
        let note = try #require(report.warnings.first { $0.code == .weightWithUnit })
        #expect(note.message.chinese.contains("写成“50%”，已按 50 读取"))
        #expect(report.levels.first?.weight == 50)
    }

    @Test func aRowCannotCarryBothKindsOfScore() throws {
        let rows = "                - {name: 完成及时率, target: \"=100%\", actual: \"100%\", weight: 50, score: 50, reason: 达标, printed_score: 50}\n"
        let error = try #require(throws: Diagnostics.self) { try Self.score(Self.table(output: rows)) }
        #expect(error.errors.map(\.field.description).contains("indicators[产出指标][数量指标][1].printed_score"))
    }

    @Test func aZeroSummaryBesideFundedRowsScoresFromThemNamingThem() throws {
        let budget = """
              adjusted: 0
              executed: 0
              printed_score: 0
              sources: [{name: 本年财政拨款, initial: 90, adjusted: 89.974, executed: 89.974}]

            """
        let report = try Self.score(Self.table(budget: budget, total: "90.71"))
        let note = try #require(Self.messages(report, .budgetRowsDisagree).first)
        #expect(note == "年度资金总额为0，但其中“本年财政拨款”有预算：预算执行率按这些行计算，89.974 ÷ 89.974 = 100%")
        #expect(report.budgetExecution?.ruleScore == 10)
    }

    @Test func aPrintedRateBesideAZeroSummaryIsCheckedAgainstTheFundedRows() throws {
        let budget = """
              adjusted: 0
              executed: 0
              printed_rate: "0%"
              printed_score: 0
              sources: [{name: 本年财政拨款, adjusted: 90, executed: 89.974}]

            """
        let report = try Self.score(Self.table(budget: budget, total: "90.71"))
        #expect(Self.messages(report, .printedScoreDiffers).contains("执行率按全年执行数÷全年预算数为 99.97%，表中为0%"),
                "\(Self.messages(report, .printedScoreDiffers))")
    }

    @Test func subRowsThatDoNotAddUpToTheSummaryAreNamed() throws {
        let budget = """
              adjusted: 500
              executed: 500
              printed_score: 10
              sources: [{name: 本年财政拨款, adjusted: 89.974, executed: 89.974}]

            """
        let report = try Self.score(Self.table(budget: budget, total: "90.8"))
        #expect(Self.messages(report, .budgetRowsDisagree).contains("其中各行的全年预算数合计 89.974 = 89.974万元，与年度资金总额的500万元不符"))
    }

    @Test func aBudgetCutToExactlyWhatWasSpentIsFlagged() throws {
        let budget = "  initial: 120\n  adjusted: 100\n  executed: 100\n  printed_score: 10\n"
        let report = try Self.score(Self.table(budget: budget, total: "90.8"))
        let note = try #require(Self.messages(report, .budgetRowsDisagree).first)
        #expect(note.hasPrefix("年初预算数120万元调整为100万元，恰好等于全年执行数"))
    }

    @Test(arguments: [
        ("≥266米", "≥266米", "“培训人数”的实际完成值“≥266米”写成了指标值的形式（带“≥”），不是实际完成的数"),
        ("≥**平方米", "120平方米", "“培训人数”的年度指标值“≥**平方米”中留有模板占位符“**”"),
        ("≥100百分比", "100%", "“培训人数”的年度指标值“≥100百分比”单位写成了“百分比”，应为“%”"),
        ("≥90%", "0.85", "“培训人数”的实际完成值是0.85，年度指标值是百分数：0.85是否应为85%？"),
        ("≥20个", "25", "“培训人数”的实际完成值“25”没有单位，年度指标值的单位是“个”"),
    ])
    func aValueThatIsNotAMeasurementIsNamedWithItsFix(_ target: String, _ actual: String, _ expected: String) throws {
        let rows = "                - {name: 培训人数, target: \"\(target)\", actual: \"\(actual)\", weight: 50, printed_score: 50}\n"
        let report = try Self.score(Self.table(output: rows, total: "99.91"))
        #expect(Self.messages(report, .notAMeasurement).contains(expected), "\(Self.messages(report, .notAMeasurement))")
    }

    @Test(arguments: [
        ("2023年12月前完成", "2023年10月", true), ("2023年12月前完成", "2024年1月", false), ("2023年12月", "2023年10月", true),
        ("上半年完成", "5月底", true), ("上半年完成", "7月", false), ("第三季度", "2023年9月30日", true),
        ("年底前完成", "2023.12.31", true), ("12月前", "11月", true), ("2023年6月30日前", "2023年7月1日", false),
    ])
    func datesAreComparedAsDates(_ target: String, _ actual: String, _ met: Bool) throws {
        let rows = "                - {name: 完工时间, target: \"\(target)\", actual: \"\(actual)\", weight: 50, printed_score: \(met ? 50 : 0)}\n"
        let report = try Self.score(Self.table(output: rows, total: met ? "99.91" : "49.91"))
        #expect(!report.warnings.contains { $0.code == .unparseableValue }, "\(report.warnings.map(\.description))")
        let row = try #require(report.levels.first?.groups.first?.rows.first)
        #expect(row.rule == .exact(met: met), "\(target) / \(actual)")
        #expect(!report.warnings.contains { $0.code == .printedScoreDiffers })
    }

    @Test func aDecimalIsStillANumberNotADate() throws {
        let rows = "                - {name: 长度, target: \"≥10.5\", actual: \"12.5\", weight: 50, printed_score: 50}\n"
        let report = try Self.score(Self.table(output: rows, total: "99.91"))
        guard case .positive? = report.levels.first?.groups.first?.rows.first?.rule else {
            Issue.record("10.5 was not read as a number")
            return
        }
    }

    @Test func anEmptyPrintedGroupIsAWarningUnderReview() throws {
        let text = Self.table().replacingOccurrences(of: """
                  - name: 社会效益指标
                    rows:
            """, with: """
                  - name: 经济效益指标
                    rows: []
                  - name: 社会效益指标
                    rows:
            """)
        let report = try Self.score(text)
        let empty = try #require(report.warnings.first { $0.code == .missingField })
        #expect(empty.message.chinese == "二级指标“经济效益指标”下没有三级指标")
        #expect(empty.field.description == "indicators[效益指标][经济效益指标].rows")
    }

    @Test func aTableWithOnlyTheInitialBudgetUsesItWithAWarning() throws {
        let report = try Self.score(Self.table(budget: "  initial: 100\n  executed: 99.1\n  printed_score: 9.91\n"))
        #expect(Self.messages(report, .budgetRowsDisagree).contains("只有年初预算数100，没有全年预算数：执行率按年初预算数计算"))
        #expect(report.budgetExecution?.ruleScore == F.decimal("9.91"))
    }

    @Test func lowExecutionWithEveryOutputAtFullMarksIsFlagged() throws {
        let rows = "                - {name: 完成及时率, target: \"=100%\", actual: \"100%\", weight: 50, printed_score: 50}\n"
        let report = try Self.score(Self.table(budget: "  adjusted: 100\n  executed: 52.79\n  printed_score: 10\n", output: rows, total: "100"))
        #expect(Self.messages(report, .budgetRowsDisagree).contains("预算执行率只有52.79%，而产出指标各行全部满分"))
    }
}
