import Foundation
import Testing
@testable import JixiaoCore

@Suite struct BatchOutcomeTests {
    private let input = BatchInput(path: "/abs/reports/a/x.yaml", key: "a/x.yaml", output: "a/x.pdf")

    /// The manifest names the input by its key, never by the absolute path it was read from,
    /// keeps the first error as `check` orders them, and says how many there were.
    @Test func theFirstErrorIsKeptWithTheInputsKey() {
        let errors: [Diagnostic] = [
            .warning(.overAchievement, Message("超额", "over"), location: SourceLocation(file: input.path, line: 1, column: 1)),
            .error(.wrongType, Message("类型错", "wrong type"), field: FieldPath.root.key("cover"),
                   location: SourceLocation(file: input.path, line: 9, column: 8)),
            .error(.missingField, Message("缺少", "missing"), field: FieldPath.root.key("project"),
                   location: SourceLocation(file: input.path, line: 2, column: 1), hints: [Message("补上", "add it")]),
        ]
        let outcome = BatchOutcome.failed(input, inputSHA256: "h", errors: errors)
        #expect(outcome.entry.status == .failed)
        #expect(outcome.entry.message == "a/x.yaml:2:1: 错误 J005 [project] 缺少（missing）（共 2 个错误 2 errors in all）")
        #expect(outcome.errors == errors)
        #expect(outcome.summary == nil)
    }

    @Test func anOutputPathBecomesItsNameInTheOutputFolder() {
        let error = Diagnostic.error(.outputExists, Message("输出文件已存在：/abs/out/a/x.pdf", "output file exists: /abs/out/a/x.pdf"))
        let outcome = BatchOutcome.failed(input, inputSHA256: "h", errors: [error], outputPath: "/abs/out/a/x.pdf")
        #expect(outcome.entry.message == "错误 J042 输出文件已存在：a/x.pdf（output file exists: a/x.pdf）")
    }

    /// The seed report, scored: 88, 良, 林芝市总工会, 100 万元 budgeted and spent.
    @Test func aRenderedRowHasTheReportsFigures() throws {
        let report = try Scorer.score(ScoreFixtures.seed(), scheme: ScoreFixtures.linzhi2024)
        let outcome = BatchOutcome.rendered(input, inputSHA256: "h", report: report, outputSHA256: "p", bytes: 10, pages: 8)
        #expect(outcome.entry.output == "a/x.pdf")
        #expect(outcome.entry.total == "88" && outcome.entry.grade == "良")
        #expect(outcome.entry.project == "困难职工帮扶（1:1）配套资金" && outcome.entry.department == "林芝市总工会")
        #expect(outcome.entry.warnings == report.warnings.count)
        #expect(outcome.summary?.budget == 100 && outcome.summary?.executed == 100)
        #expect(outcome.summary?.issuer == "林芝市财政局制")
    }

    /// --resume keeps the previous row's figures (hash, pages, score), marked skipped.
    @Test func aResumedRowKeepsThePreviousFiguresMarkedSkipped() throws {
        let report = try Scorer.score(ScoreFixtures.seed(), scheme: ScoreFixtures.linzhi2024)
        let previous = ManifestEntry(input: "a/x.yaml", inputSHA256: "h", output: "a/x.pdf", outputSHA256: "p", bytes: 10,
                                     pages: 8, project: "项目", total: "88", grade: "良", warnings: 4, status: .ok)
        let outcome = BatchOutcome.resumed(previous, report: report)
        var expected = previous
        expected.status = .skipped
        expected.message = BatchOutcome.resumedMessage.description
        #expect(outcome.entry == expected)
        #expect(outcome.summary?.total == 88)
    }

    @Test func anUnstartedReportIsListedWithoutOutput() {
        let interrupted = BatchOutcome.interrupted(input, inputSHA256: "h")
        #expect(interrupted.entry.status == .skipped)
        #expect(interrupted.entry.output == nil && interrupted.summary == nil)
        #expect(interrupted.entry.message?.contains("interrupted") == true)
    }
}
