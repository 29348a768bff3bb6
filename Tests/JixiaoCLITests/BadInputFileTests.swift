import Foundation
import Testing

/// Files that are not a report at all: each refused by check, score and render alike, with the
/// file, line:column and what was found, and nothing written.
@Suite struct BadInputFileTests {
    @Test func proseIsNotAReport() throws {
        Refusal.expect(try CommandRuns.run("这是一段说明文字，不是报告。\n"), code: "J006", at: "report.yaml:1:1",
                       field: "(文件顶层 top level)", saying: ["文件顶层应是报告", "not text or a number"])
    }

    @Test func brokenYAMLIsASyntaxErrorAtItsLine() throws {
        let text = Reports.replacing("  adjusted: 100\n", with: "  adjusted: [100\n")
        Refusal.expect(try CommandRuns.run(text), code: "J001", at: "report.yaml:26:11", field: "(文件顶层 top level)",
                       saying: ["YAML 语法错误", "YAML syntax error"])
    }

    @Test func brokenJSONIsASyntaxErrorAtItsLine() throws {
        let json = "{\n  \"scheme\": \"national-2020\",\n  \"cover\": {\"fields\": []}\n  \"project\": {}\n}\n"
        Refusal.expect(try CommandRuns.run(json, name: "report.json"), code: "J001", at: "report.json:4:3",
                       field: "(文件顶层 top level)", saying: ["JSON 语法错误"])
    }

    @Test func textInAJSONFileIsNotJSON() throws {
        Refusal.expect(try CommandRuns.run("项目名称：困难职工帮扶\n", name: "report.json"), code: "J001", at: "report.json:1:1",
                       field: "(文件顶层 top level)", saying: ["JSON"])
    }

    @Test func aBinaryFileIsNamedAsSuch() throws {
        var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        bytes.append(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }))
        Refusal.expect(try CommandRuns.run(bytes), code: "J002", at: "report.yaml:1:1", field: "(文件顶层 top level)",
                       saying: ["二进制文件", "binary file"])
    }

    @Test func anExcelWorkbookSavedAsYAMLIsNamedAsSuch() throws {
        var bytes = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
        bytes.append(Data("[Content_Types].xml".utf8))
        Refusal.expect(try CommandRuns.run(bytes), code: "J002", at: "report.yaml:1:1", field: "(文件顶层 top level)",
                       saying: ["Excel"])
    }

    @Test func anEmptyFile() throws {
        Refusal.expect(try CommandRuns.run(Data()), code: "J003", at: "report.yaml:1:1", field: "(文件顶层 top level)",
                       saying: ["文件是空的", "the file is empty"])
    }

    @Test func onlyCommentsAndBlankLines() throws {
        Refusal.expect(try CommandRuns.run("# 林芝市总工会\n\n   \n# 待填写\n"), code: "J003", at: "report.yaml:1:1",
                       field: "(文件顶层 top level)", saying: ["没有内容"])
    }

    @Test(arguments: [("UTF-16 LE", [UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian),
                      ("UTF-16 BE", [UInt8(0xFE), 0xFF], String.Encoding.utf16BigEndian)])
    func utf16IsNamedAndUTF8Asked(_ name: String, _ bom: [UInt8], _ encoding: String.Encoding) throws {
        let body = try #require(Reports.seed.data(using: encoding))
        Refusal.expect(try CommandRuns.run(Data(bom) + body), code: "J002", at: "report.yaml:1:1",
                       field: "(文件顶层 top level)", saying: [name, "UTF-8"])
    }

    @Test func gbkIsNamedAtItsFirstChineseCharacter() throws {
        // Saved by a Chinese Windows editor: ASCII keys, GB18030 values; the first is on line 5.
        let bytes = try Data(contentsOf: CLI.repository.appendingPathComponent("Tests/Fixtures/J002-gbk.yaml"))
        Refusal.expect(try CommandRuns.run(bytes), code: "J002", at: "report.yaml:5:7", field: "(文件顶层 top level)",
                       saying: ["GBK/GB18030", "UTF-8", "iconv"])
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let runs = try CommandRuns.run(Data([0xEF, 0xBB, 0xBF]) + Data(Reports.seed.utf8))
        #expect(runs.check.status == 0, "\(runs.check.stderr)")
        #expect(runs.score.status == 0)
        #expect(runs.score.stdout.contains("等级 grade: 良"))
        #expect(runs.render.status == 0, "\(runs.render.stderr)")
        #expect(runs.leftovers == ["new.pdf"])
        // An archived file is still not overwritten without --force, and is with it.
        #expect(runs.renderOverArchive.status == 1)
        Refusal.expectDiagnostic(runs.renderOverArchive.stderr, code: "J042", at: nil, field: "(文件顶层 top level)",
                                 saying: ["--force"])
        #expect(runs.renderOverArchiveForced.status == 0)
        #expect(!runs.archiveIntact)
    }

    @Test func aMissingFileAndAFolder() throws {
        let folder = try CLI.temporaryFolder()
        for command in ["check", "score", "render"] {
            let missing = try CLI.run([command, "没有这个文件.yaml"], in: folder)
            #expect(missing.status == 1)
            Refusal.expectDiagnostic(missing.stderr, code: "J012", at: nil, field: "(文件顶层 top level)",
                                     saying: ["找不到文件 没有这个文件.yaml"])
            let directory = try CLI.run([command, "."], in: folder)
            #expect(directory.status == 1)
            Refusal.expectDiagnostic(directory.stderr, code: "J012", at: nil, field: "(文件顶层 top level)", saying: ["文件夹"])
            Refusal.expectNoCrash(directory)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func usageErrorsExitTwoAndWriteNothing() throws {
        let folder = try CLI.temporaryFolder()
        try Data(Reports.seed.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let cases: [[String]] = [
            ["render"], ["render", "report.yaml", "-o"], ["render", "report.yaml", "--frobnicate"],
            ["render", "report.yaml", "extra.yaml"], ["check", "--force", "report.yaml"], ["score", "--json=yes", "report.yaml"],
            ["explode", "report.yaml"],
        ]
        for arguments in cases {
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments) exits \(result.status)")
            #expect(result.stderr.contains("Usage") || result.stderr.contains("Error"), "\(arguments): \(result.stderr)")
            Refusal.expectNoCrash(result)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.yaml"])
    }
}
