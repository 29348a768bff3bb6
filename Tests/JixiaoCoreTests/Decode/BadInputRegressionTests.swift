import Foundation
import Testing
@testable import JixiaoCore

/// Problems found feeding bad input through the CLI and the fuzzer, each pinned down here.
@Suite struct BadInputRegressionTests {
    /// Weights finer than the two decimals scores keep (0.006) rounded each row's score up to
    /// 0.01, above its own weight: 5,000 such rows scored 50 out of 30.
    @Test func aWeightWithMoreThanTwoDecimalsIsRefused() throws {
        let all = reportDiagnostics(replacingLine("weight: 5", with: ["weight: 0.006"]))
        let diagnostic = try #require(all.first)
        #expect(all.count == 1)
        #expect(diagnostic.code == .numberOutOfRange)
        #expect(place(diagnostic) == "r.yaml:24:21")
        #expect(diagnostic.message.chinese.contains("最多两位小数"))
        #expect(diagnostic.hints.first?.english.contains("at most two") == true)
        #expect(reportDiagnostics(replacingLine("weight: 5", with: ["weight: 2.25"])).isEmpty)
        #expect(reportDiagnostics(replacingLine("weight: 5", with: ["weight: 5.000"])).isEmpty)
    }

    /// Every refusal says how to fix it: these two once came without a hint.
    @Test func outOfRangeAndNotAListCarryAHint() throws {
        let negative = try #require(reportDiagnostics(replacingLine("weight: 5", with: ["weight: -5"])).first)
        #expect(negative.hints.first?.chinese.contains("分值应为正数") == true)
        let money = try #require(reportDiagnostics(replacingLine("executed: 90", with: ["executed: -1"])).first)
        #expect(money.hints.first?.chinese.contains("不能为负数") == true)
        let notList = try #require(reportDiagnostics(replacingLine("text: 说明", with: ["text: 说明", "sections: 子章节"])).first)
        #expect(notList.code == .wrongType)
        #expect(notList.hints.first?.chinese.contains("以“- ”开头") == true)
    }

    /// Scoring diagnostics of `text` (decoded as `r.yaml`).
    private func scoringDiagnostics(_ text: String) throws -> [Diagnostic] {
        let input = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        do {
            return try Scorer.score(input, scheme: input.scheme).warnings
        } catch {
            return error.all
        }
    }

    /// A 400-digit target was quoted whole, twice, with the list of accepted forms as the hint.
    @Test func aTargetWithHundredsOfDigitsIsQuotedShortAndTheDigitsNamed() throws {
        let digits = String(repeating: "9", count: 400)
        let all = try scoringDiagnostics(replacingLine("target: ≥20人", with: ["target: ≥\(digits)人"]))
        let diagnostic = try #require(all.first { $0.code == .unparseableValue })
        #expect(place(diagnostic) == "r.yaml:20:21")
        #expect(diagnostic.message.chinese.count < 120)
        #expect(diagnostic.message.chinese.contains("…"))
        #expect(diagnostic.hints.first?.chinese.contains("数字有 400 位") == true)
    }

    /// `target: ""` (an empty cell exported from a spreadsheet) was “cannot read the target “””.
    @Test func aBlankTargetIsNoTarget() throws {
        let all = try scoringDiagnostics(replacingLine("target: ≥20人", with: ["target: \"  \""]))
        #expect(!all.contains { $0.code == .unparseableValue })
        let missing = try #require(all.first { $0.code == .missingTarget })
        #expect(missing.severity == .error)
        #expect(missing.field.description == "indicators[产出指标][数量指标][1].target")
    }

    /// Found by the fuzzer: a level name 29,000 characters long became a 29,000-character J033
    /// message (and field path). Names and values are quoted as 40-character excerpts.
    @Test func aHugeNameIsQuotedShortInMessageAndPath() throws {
        let name = String(repeating: "很长的指标名称", count: 4_000)
        let all = try scoringDiagnostics(replacingLine("- name: 效益指标", with: ["- name: \(name)"]))
        let unknown = try #require(all.first { $0.code == .unknownLevel })
        #expect(unknown.message.chinese.count < 200)
        #expect(unknown.field.description.count < 100)
        #expect(unknown.field.description.hasPrefix("indicators[很长的指标名称"))
        #expect(unknown.description.contains("…"))
        let key = String(repeating: "k", count: 1_000)   // YAML allows implicit keys up to 1,024
        let field = try #require(reportDiagnostics(replacingLine("executed: 90", with: ["executed: 90", "\(key): 1"])).first)
        #expect(field.code == .unknownField)
        #expect(field.description.count < 700)
    }

    /// Foundation's JSON parser on Linux accepted `{"a": 1,}`, while the hint says JSON allows
    /// no trailing commas and every other JSON reader refuses it.
    @Test func aTrailingCommaInJSONIsASyntaxErrorAtTheComma() throws {
        let json = "{\n  \"scheme\": \"national-2020\",\n  \"sections\": [\"a, b\",]\n}\n"
        let all = reportDiagnostics(json, file: "r.json")
        #expect(all.count == 1)
        let diagnostic = try #require(all.first)
        #expect(diagnostic.code == .invalidSyntax)
        #expect(place(diagnostic) == "r.json:3:22")
        #expect(diagnostic.message.chinese.contains("多了一个逗号"))
        #expect(JSONSyntaxCheck.trailingComma(in: Array("{\"a\": \",}\", \"b\": [1, 2]}".utf8)) == nil)
    }

    /// Found by the fuzzer: U+10FFFF in a cover field reached Cairo, which refused the page as
    /// invalid UTF-8 (J045, no PDF). Noncharacters are no text: removed with J013.
    @Test func noncharactersAreRemovedWithAWarning() throws {
        let text = replacingLine("- 项目名称: 测试项目", with: ["- 项目名称: \"测试\u{10FFFF}项目\u{1FFFE}\""])
        let report = try ReportDecoder.decode(bytes: Array(text.utf8), file: "r.yaml")
        #expect(report.cover.fields[0].value == "测试项目")
        let warning = try #require(report.warnings.first)
        #expect(warning.code == .controlCharacter)
        #expect(warning.message.chinese.contains("U+10FFFF、U+1FFFE"))
    }
}
