import Foundation
import Testing

/// YAML's traps for Chinese text, each typed as a user would type it into the bundled
/// Linzhi example: the code, the line:column and the character named, or the text as the
/// PDF prints it.
@Suite struct YAMLTrapTests {
    /// `jixiao arguments… report.yaml` on `text`, written as report.yaml in a fresh folder.
    static func run(_ arguments: [String], on text: String) throws -> CLI.Result {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        return try CLI.run(arguments + ["report.yaml"], in: folder)
    }

    static func check(_ text: String) throws -> CLI.Result { try run(["check"], on: text) }

    /// The PDF text (whitespace kept) of `text` rendered.
    static func renderedText(_ text: String) throws -> String {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let render = try CLI.run(["render", "report.yaml", "-o", "r.pdf"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        return try CLI.tool("pdftotext", ["-raw", folder.appendingPathComponent("r.pdf").path, "-"]).output
    }

    @Test func aCommentAfterAChineseActualIsAWarningQuotingWhatIsLost() throws {
        let text = Reports.replacing("            actual: 125个\n", with: "            actual: 125个 #1机井\n")
        let line = try #require(Reports.line(of: "125个 #1机井", in: text))
        let result = try Self.check(text)
        #expect(result.status == 0, "a warning does not fail check: \(result.stderr)")
        Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J014", at: "report.yaml:\(line):26",
                                 field: "indicators[产出][数量指标][1].actual", saying: ["“125个”之后的“#1机井”", "＃"])
    }

    @Test func aCommentInsideAMultiLinePlainParagraphIsAWarning() throws {
        let old = "为后续项目优化及政策调整提供决策参考。\n"
        let text = Reports.replacing(old, with: "为后续项目优化及政策调整提供决策参考。\n          资金专款专用 #详见台账，并接受审计。\n")
        let line = try #require(Reports.line(of: "#详见台账", in: text))
        let result = try Self.check(text)
        #expect(result.status == 0, "\(result.stderr)")
        Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J014", at: "report.yaml:\(line):18",
                                 field: "sections[2].sections[4].text", saying: ["“资金专款专用”之后的“#详见台账，并接受审计。”"])
    }

    @Test func aCommentOnAnEnglishContinuationLineIsAWarningToo() throws {
        let old = "为后续项目优化及政策调整提供决策参考。\n"
        let text = Reports.replacing(old, with: "为后续项目优化及政策调整提供决策参考。\n          see ledger #3 for details\n")
        let line = try #require(Reports.line(of: "see ledger #3", in: text))
        let result = try Self.check(text)
        Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J014", at: "report.yaml:\(line):22",
                                 field: "sections[2].sections[4].text", saying: ["#3 for details"])
    }

    @Test func aQuotedValueOrAFullLineCommentIsNotWarned() throws {
        var text = Reports.replacing("为后续项目优化及政策调整提供决策参考。\n", with: "为后续项目优化及政策调整提供决策参考。 #台账\"\n")
        text = Reports.replacing("        text: 据绩效评价", with: "        text: \"据绩效评价", in: text)
        text = Reports.replacing("            actual: 125个\n            weight: 5\n", with: "            actual: 125个\n            weight: 5  # 分值\n", in: text)
        text = Reports.replacing("  - title: 项目基本情况\n", with: "  # 第一部分：基本情况\n  - title: 项目基本情况\n", in: text)
        let result = try Self.check(text)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("J014"), "\(result.stderr)")
    }

    @Test func linesFoldedBetweenChineseCharactersJoinWithoutASpace() throws {
        let old = "        text: 组建由市总工会主要领导担任组长，分管领导担任副组长，财务部门、帮扶中心人员为组员的绩效自评工作小组。"
        let text = Reports.replacing(old, with: "        text: 组建由市总工会主要领导担任组长，分管领导担任副组长，\n          财务部门、帮扶中心人员为组员的绩效自评工作小组。Team\n          members meet weekly.")
        let lines = try Self.renderedText(text).components(separatedBy: .newlines)
        let printed = lines.joined()
        #expect(printed.contains("副组长，财务部门"), "no space between the two Chinese lines")
        #expect(!printed.contains("副组长， 财务部门"))
        // The PDF's own line may end at the space between two English words.
        #expect(lines.joined(separator: " ").contains("Team members meet weekly."), "English folding stays YAML's")
    }

    @Test func aFullWidthColonAfterAKeyIsReadWithAWarning() throws {
        let text = Reports.replacing("            actual: 125个\n", with: "            actual：125个\n")
        let line = try #require(Reports.line(of: "actual：125个", in: text))
        let result = try Self.check(text)
        #expect(result.status == 0, "\(result.stderr)")
        Refusal.expectDiagnostic(result.stderr, severity: "警告", code: "J015", at: "report.yaml:\(line):19",
                                 field: "indicators[产出][数量指标][1].actual", saying: ["全角冒号“：”", "U+FF1A"])
        // Read as written: the score is the example's own.
        let score = try Self.run(["score", "--json"], on: text)
        #expect(score.stdout.contains("\"total\" : 88,"), "\(score.stdout.suffix(300))")
    }

    @Test func aFullWidthColonAfterAChineseCoverLabelIsNamed() throws {
        let text = Reports.replacing("    - 填报人姓名: ", with: "    - 填报人姓名：")
        let line = try #require(Reports.line(of: "- 填报人姓名：", in: text))
        let result = try Self.check(text)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J006", at: "report.yaml:\(line):7", field: "cover.fields[3]",
                                 saying: ["“填报人姓名”后面是全角冒号“：”（U+FF1A）"])
    }

    @Test func aTargetStartingWithGreaterEqualIsNamedWithBothFixes() throws {
        let text = Reports.replacing("            target: ≥20个\n", with: "            target: >=20个\n")
        let line = try #require(Reports.line(of: ">=20个", in: text))
        let result = try Self.check(text)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J016", at: "report.yaml:\(line):21", field: FieldPathText.root,
                                 saying: ["“>”", "“>=20个”", "≥20个", "\">=20个\""])
        #expect(!result.stderr.contains("block scalar"), "libyaml's words are not the message")
    }

    @Test func lessEqualAtTheStartOfATargetReadsAsLessEqual() throws {
        let text = Reports.replacing("            target: ≥20个\n", with: "            target: <=200个\n")
        let result = try Self.check(text)
        #expect(!result.stderr.contains("J001"), "\(result.stderr)")
        #expect(!result.stderr.contains("J020"), "<= is read as ≤: \(result.stderr)")
    }

    @Test func aMissingColonIsReportedOnTheLineThatLacksIt() throws {
        let text = Reports.replacing("  department: 林芝市总工会\n", with: "  department 林芝市总工会\n")
        let line = try #require(Reports.line(of: "  department 林芝市总工会", in: text))
        let result = try Self.check(text)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J001", at: "report.yaml:\(line):3", field: FieldPathText.root,
                                 saying: ["冒号"])
    }

    @Test func fullWidthDigitsReadTheSameInEveryNumericField() throws {
        var text = Reports.replacing("            actual: 125个\n            weight: 5\n", with: "            actual: １２５个\n            weight: ５\n")
        text = Reports.replacing("  executed: 100\n", with: "  executed: １００\n", in: text)
        let result = try Self.check(text)
        #expect(result.status == 0, "\(result.stderr)")
        let score = try Self.run(["score", "--json"], on: text)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"total\" : 88,"), "\(score.stdout.suffix(300))")
        #expect(score.stdout.contains("\"executed\" : 100,"), "executed １００ reads as 100")
    }

    @Test func anEmptyTitleIsAnError() throws {
        let text = Reports.replacing("  - title: 项目基本情况\n", with: "  - title: \"\"\n")
        let line = try #require(Reports.line(of: "  - title: \"\"", in: text))
        let result = try Self.check(text)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J005", at: "report.yaml:\(line):12", field: "sections[1].title",
                                 saying: ["是空的"])
    }

    /// A project named like a spreadsheet formula is text in 汇总表.csv, not a formula Excel
    /// or WPS would run when the bureau opens the summary.
    @Test func aProjectNamedLikeAFormulaIsNeutralisedInTheSummaryCSV() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let name = "=HYPERLINK(\"http://example.invalid\",\"点击\")"
        let text = Reports.replacing("  name: 困难职工帮扶（1:1）配套资金\n", with: "  name: '\(name)'\n")
        try Data(text.utf8).write(to: inputs.appendingPathComponent("r.yaml"))
        let result = try CLI.run(["batch", inputs.path, "-o", folder.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("out/汇总表.csv"), encoding: .utf8)
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row.hasPrefix("1,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\","), "\(row)")
    }
}

/// `check --strict` for scripts that re-check filed tables: warnings fail the exit status.
@Suite struct CheckStrictTests {
    @Test func warningsFailTheExitStatusOnlyUnderStrict() throws {
        let table = CLI.repository.appendingPathComponent("Tests/Fixtures/real/sichuan-2022-zhongjiang-shuibiaochi.yaml").path
        let plain = try CLI.run(["check", table])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("J028"))
        let strict = try CLI.run(["check", "--strict", table])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("--strict"))
        // A report without a warning passes under --strict too.
        let clean = try CLI.run(["check", "--strict", CLI.nationalExample])
        #expect(clean.status == 0, "\(clean.stderr)")
    }
}

/// `score --json` as the reviewer's audit trail: per row the rule, its arithmetic, the
/// printed score and the difference; and JSON even when the report cannot be scored.
@Suite struct ScoreAuditJSONTests {
    static func json(_ result: CLI.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func everyPrintedRowCarriesTheRuleTheArithmeticAndTheDifference() throws {
        let table = CLI.repository.appendingPathComponent("Tests/Fixtures/real/yunnan-2022-yongde-minglang-yingyang-gaishan.yaml").path
        let result = try CLI.run(["score", "--json", table])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result)
        #expect(report["underReview"] as? Bool == true)
        #expect((report["total"] as? NSNumber)?.doubleValue == 96)
        #expect((report["ruleTotal"] as? NSNumber)?.doubleValue == 90)
        let rows = ((report["levels"] as? [[String: Any]]) ?? []).flatMap { ($0["groups"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["rows"] as? [[String: Any]]) ?? [] }
        let row = try #require(rows.first { $0["name"] as? String == "资金到位及时率" })
        #expect((row["printedScore"] as? NSNumber)?.doubleValue == 7)
        #expect((row["ruleScore"] as? NSNumber)?.doubleValue == 10)
        #expect((row["difference"] as? NSNumber)?.doubleValue == -3)
        #expect(row["arithmetic"] as? String == "实际完成值达到年度指标值，得满分10")
    }

    @Test func aReportThatCannotBeScoredStillPrintsItsDiagnosticsAsJSON() throws {
        let result = try CLI.run(["score", "--json", CLI.repository.appendingPathComponent("Tests/Fixtures/minimal.yaml").path])
        #expect(result.status == 1)
        let report = try Self.json(result)
        #expect(report["scored"] as? Bool == false)
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.contains { $0["code"] as? String == "J026" && ($0["location"] as? String)?.hasSuffix("minimal.yaml:24:13") == true })
    }
}

/// `render --audit`: the 评分核算表 is printed after the 自评表, with the arithmetic.
@Suite struct RenderAuditTests {
    @Test func theAuditAppendixIsInThePDF() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = CLI.repository.appendingPathComponent("Tests/Fixtures/real/yunnan-2022-yongde-minglang-yingyang-gaishan.yaml").path
        let pdf = folder.appendingPathComponent("a.pdf").path
        let result = try CLI.run(["render", table, "-o", pdf, "--audit"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try CLI.tool("pdftotext", ["-raw", pdf, "-"]).output
        #expect(text.contains("评分核算表"))
        #expect(text.components(separatedBy: .whitespacesAndNewlines).joined().contains("执行率100%=10"))
        let plain = folder.appendingPathComponent("p.pdf").path
        _ = try CLI.run(["render", table, "-o", plain])
        #expect(!(try CLI.tool("pdftotext", ["-raw", plain, "-"]).output.contains("评分核算表")))
    }
}
