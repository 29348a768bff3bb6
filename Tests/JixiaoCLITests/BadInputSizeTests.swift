import Foundation
import Testing

/// Huge input: what is legitimate (a 5 MB paragraph, 5,000 rows) is checked, scored and
/// rendered completely in bounded time; what is hostile (10,000 levels of nesting, alias
/// bombs) is refused at once with J010. Inputs are generated here, never committed.
@Suite struct BadInputSizeTests {
    private static let clock = ContinuousClock()

    /// Runs `jixiao arguments` in `folder` and returns the result with its wall time.
    private func timed(_ arguments: [String], in folder: URL) throws -> (CLI.Result, Duration) {
        var result: CLI.Result?
        let elapsed = try Self.clock.measure { result = try CLI.run(arguments, in: folder) }
        return (try #require(result), elapsed)
    }

    /// The text of pages `first…last` of a PDF, line breaks removed.
    private func pdfText(of pdf: URL, pages: ClosedRange<Int>) throws -> String {
        try CLI.tool("pdftotext", ["-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)", pdf.path, "-"]).output
            .replacingOccurrences(of: "\n", with: "")
    }

    private func pageCount(_ pdf: URL) throws -> Int {
        let info = try CLI.tool("pdfinfo", [pdf.path]).output
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// Decision: a 5 MB paragraph is legitimate input and renders in full (some 2,900 pages,
    /// about 3 s in a debug build); the bound below only catches a hang.
    @Test func aFiveMegabyteParagraphRendersInFull() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var sentences: [String] = []
        var bytes = 0
        while bytes < 5 * 1024 * 1024 {
            let sentence = "第\(sentences.count + 1)句：本项目预算安排资金100万元，资金使用情况良好。"
            sentences.append(sentence)
            bytes += sentence.utf8.count
        }
        let text = Reports.replacing("  - title: 其他需要说明的情况\n    text: 无",
                                     with: "  - title: 其他需要说明的情况\n    text: " + sentences.joined())
        try Data(text.utf8).write(to: folder.appendingPathComponent("long.yaml"))
        let (check, checkTime) = try timed(["check", "long.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let (score, scoreTime) = try timed(["score", "long.yaml"], in: folder)
        #expect(score.status == 0)
        #expect(score.stdout.contains("等级 grade: 良"))
        let (render, renderTime) = try timed(["render", "long.yaml"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        print("5 MB paragraph: check \(checkTime), score \(scoreTime), render \(renderTime): \(render.stdout)")
        #expect(checkTime < .seconds(30) && scoreTime < .seconds(30))
        #expect(renderTime < .seconds(120))
        let pdf = folder.appendingPathComponent("long.pdf")
        let pages = try pageCount(pdf)
        #expect(pages > 2_500)
        // The paragraph ends a few pages before the attachment table at the back.
        let end = try pdfText(of: pdf, pages: max(1, pages - 6)...pages)
        #expect(end.contains("第\(sentences.count)句"), "the last sentence is printed")
        #expect(end.contains("项目支出绩效自评表"))
        Refusal.expectNoCrash(render)
    }

    /// 5,000 rows of 0.01 points in 产出指标 (50 points) of the national example.
    static func fiveThousandRows() -> String {
        let rows = (1...5000).map { index in
            "          - name: 指标\(index)\n            target: ≥\(index + 10)人\n            actual: \(index + 11)人\n            weight: 0.01\n"
        }.joined()
        let national = Reports.national
        guard let start = national.range(of: "  - name: 产出指标\n    groups:\n"),
              let end = national.range(of: "  - name: 效益指标\n") else { return "" }
        let level = "  - name: 产出指标\n    groups:\n      - name: 数量指标\n        rows:\n" + rows
        return (national[..<start.lowerBound] + level + national[end.lowerBound...])
            .replacingOccurrences(of: "self_score: 94.96\n", with: "")
    }

    @Test func fiveThousandIndicatorRows() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.fiveThousandRows().utf8).write(to: folder.appendingPathComponent("rows.yaml"))
        let (check, checkTime) = try timed(["check", "rows.yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr.prefix(2000))")
        let (score, scoreTime) = try timed(["score", "--json", "rows.yaml"], in: folder)
        #expect(score.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any]
        let levels = json?["levels"] as? [[String: Any]] ?? []
        #expect(levels.first?["score"] as? Double == 50, "5,000 rows met, 0.01 each")
        let (render, renderTime) = try timed(["render", "rows.yaml"], in: folder)
        #expect(render.status == 0, "\(render.stderr.prefix(2000))")
        print("5,000 rows: check \(checkTime), score \(scoreTime), render \(renderTime): \(render.stdout)")
        #expect(checkTime < .seconds(30) && scoreTime < .seconds(30) && renderTime < .seconds(120))
        let pdf = folder.appendingPathComponent("rows.pdf")
        let pages = try pageCount(pdf)
        #expect(pages > 100)
        #expect(try pdfText(of: pdf, pages: max(1, pages - 2)...pages).contains("指标5000"))
    }

    /// Hostile structures are refused before the parser recurses or expands anything.
    @Test(arguments: [
        ("flow lists", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), "report.yaml:2:"),
        ("flow mappings", String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000), "report.yaml:2:"),
        ("block lists", "\n" + String(repeating: "- ", count: 10_000) + "x", "report.yaml:3:"),
    ])
    func tenThousandLevelsOfNesting(_ kind: String, _ text: String, _ place: String) throws {
        var runs: CommandRuns?
        let elapsed = try Self.clock.measure { runs = try CommandRuns.run("scheme: national-2020\ncover: " + text + "\n") }
        let result = try #require(runs)
        Refusal.expect(result, code: "J010", at: nil, field: "(文件顶层 top level)", saying: ["嵌套层数超过上限 64"])
        for (_, run) in result.all { #expect(run.stderr.contains(place), "\(kind): located at \(place)…") }
        #expect(elapsed < .seconds(20), "\(kind): five runs took \(elapsed)")
    }

    @Test func billionLaughsIsRefusedWithoutExpanding() throws {
        var lines = ["scheme: national-2020", "lol0: &a0 [\"哈哈哈哈哈哈哈哈\"]"]
        for level in 1...9 {
            lines.append("lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("cover: *a9")
        var runs: CommandRuns?
        let elapsed = try Self.clock.measure { runs = try CommandRuns.run(lines.joined(separator: "\n") + "\n") }
        Refusal.expect(try #require(runs), code: "J010", at: "report.yaml:2:7", field: "(文件顶层 top level)",
                       saying: ["不支持 YAML 锚点和别名", "billion laughs"])
        #expect(elapsed < .seconds(20))
    }

    @Test func aMergeKeyAliasIsRefusedToo() throws {
        let text = Reports.replacing("budget:\n", with: "defaults: &money {unit: 万元}\nbudget:\n  <<: *money\n")
        Refusal.expect(try CommandRuns.run(text), code: "J010", at: "report.yaml:22:11", field: "(文件顶层 top level)",
                       saying: ["&money"])
    }
}
