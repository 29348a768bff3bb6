import Foundation
import Testing

/// Issue 13's acceptance on what users get: both examples, a 30-page report and a batch of 50,
/// as `render` and `batch` write them (PDF/A-2u; PDF/A-3u with `--attach-data`), checked with
/// PDFBox Preflight, qpdf and poppler; then `extract`, `check` and `score` on the PDF alone.
@Suite(.serialized) struct PDFAFilesTests {
    private func render(_ input: String, _ extra: [String] = [], in folder: URL, name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let result = try CLI.run(["render", input, "-o", path] + extra)
        try #require(result.status == 0, "render failed: \(result.stderr)")
        return path
    }

    private func expectArchiveGrade(_ path: String, rules expected: Set<String>) throws {
        if let missing = Preflight.missing {
            Issue.record("PDFBox Preflight cannot run: \(missing)")
            return
        }
        let (rules, output) = try Preflight.failedRules(path)
        #expect(rules == expected, "Preflight on \(path):\n\(output)")
        #expect(try CLI.tool("qpdf", ["--check", path]).status == 0)
        let info = try CLI.tool("pdfinfo", [path]).output
        #expect(info.contains("Metadata Stream: yes") && info.contains("Tagged:          yes"))
    }

    /// The seed with every paragraph written `times` times: long enough to run to 30 pages.
    private func longReport(in folder: URL, times: Int) throws -> String {
        let seed = try String(contentsOfFile: CLI.seedExample, encoding: .utf8)
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let range = line.range(of: "        text: "), range.lowerBound == line.startIndex,
                  !line.hasSuffix("|") else { return String(line) }
            let text = line[range.upperBound...]
            return "        text: |\n" + Array(repeating: "          " + text, count: times).joined(separator: "\n\n")
        }
        let path = folder.appendingPathComponent("long.yaml").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func bothExamplesAreArchiveGradeAndOnlyPDFA1RulesFail() throws {
        let folder = try CLI.temporaryFolder()
        for (index, example) in [CLI.seedExample, CLI.nationalExample].enumerated() {
            try expectArchiveGrade(try render(example, in: folder, name: "\(index).pdf"), rules: Preflight.pdfA2)
            try expectArchiveGrade(try render(example, ["--attach-data"], in: folder, name: "\(index)-data.pdf"),
                                   rules: Preflight.pdfA3)
        }
    }

    @Test func aThirtyPageReportIsArchiveGradeToo() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = try render(try longReport(in: folder, times: 12), ["--attach-data"], in: folder, name: "long.pdf")
        let pages = try CLI.tool("pdfinfo", [pdf]).output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        let count = Int(pages?.split(separator: " ").last ?? "") ?? 0
        #expect(count >= 30, "only \(count) pages")
        try expectArchiveGrade(pdf, rules: Preflight.pdfA3)
    }

    @Test func noPDFAWritesCairosFileAndIsTheTextTheFinishedOneHas() throws {
        let folder = try CLI.temporaryFolder()
        let plain = try render(CLI.seedExample, ["--no-pdfa"], in: folder, name: "plain.pdf")
        let finished = try render(CLI.seedExample, in: folder, name: "finished.pdf")
        let again = try render(CLI.seedExample, in: folder, name: "again.pdf")
        #expect(try CLI.tool("pdfinfo", [plain]).output.contains("Metadata Stream: no"))
        let plainBytes = try Data(contentsOf: URL(fileURLWithPath: plain))
        let finishedBytes = try Data(contentsOf: URL(fileURLWithPath: finished))
        #expect(finishedBytes.prefix(plainBytes.count) == plainBytes)
        #expect(finishedBytes == (try Data(contentsOf: URL(fileURLWithPath: again))))
        #expect(try CLI.tool("pdftotext", ["-enc", "UTF-8", plain, "-"]).output
                == CLI.tool("pdftotext", ["-enc", "UTF-8", finished, "-"]).output)
        let refused = try CLI.run(["render", CLI.seedExample, "-o", folder.appendingPathComponent("x.pdf").path,
                                   "--no-pdfa", "--attach-data"])
        #expect(refused.status == 2)
    }

    @Test func extractWritesTheReportBackAndCheckAndScoreReadThePDF() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = try render(CLI.seedExample, ["--attach-data"], in: folder, name: "r.pdf")
        let out = folder.appendingPathComponent("out")
        let extracted = try CLI.run(["extract", pdf, "-o", out.path])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let report = out.appendingPathComponent("linzhi-2024-kunnan-zhigong.yaml")
        #expect(try Data(contentsOf: report) == Data(contentsOf: URL(fileURLWithPath: CLI.seedExample)))
        let json = try String(contentsOf: out.appendingPathComponent("linzhi-2024-kunnan-zhigong.score.json"), encoding: .utf8)
        #expect(json.contains("\"total\""))
        #expect(try CLI.run(["extract", pdf, "-o", out.path]).status == 1, "existing files are not overwritten")
        #expect(try CLI.run(["extract", pdf, "-o", out.path, "--force"]).status == 0)

        let fromPDF = try CLI.run(["score", pdf])
        let fromFile = try CLI.run(["score", CLI.seedExample])
        #expect(fromPDF.status == 0)
        #expect(fromPDF.stdout == fromFile.stdout)
        #expect(fromPDF.stderr.contains("r.pdf#linzhi-2024-kunnan-zhigong.yaml:143:13: 警告 J026"))
        let checked = try CLI.run(["check", pdf])
        #expect(checked.status == 0)
        #expect(checked.stdout.contains("检查通过"))
    }

    @Test func aPDFWithoutDataSaysSo() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = try render(CLI.seedExample, in: folder, name: "r.pdf")
        for command in ["check", "score", "extract"] {
            let result = try CLI.run([command, pdf])
            #expect(result.status == 1)
            #expect(result.stderr.contains("错误 J054"), "\(command): \(result.stderr)")
        }
    }

    @Test func aBatchOfFiftyIsArchiveGradeWithItsData() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try BatchFixtures.writeReports(into: input, count: 50, broken: false)
        let output = folder.appendingPathComponent("out")
        let result = try CLI.run(["batch", input.path, "-o", output.path, "--attach-data"])
        try #require(result.status == 0, "\(result.stderr)")
        for number in 1...50 {
            let pdf = output.appendingPathComponent(BatchFixtures.variant(number).key.replacingOccurrences(of: ".yaml", with: ".pdf")).path
            #expect(try CLI.tool("qpdf", ["--check", pdf]).status == 0, "\(pdf)")
            let files = try CLI.tool("qpdf", ["--list-attachments", pdf]).output
            #expect(files.contains(BatchFixtures.variant(number).key), "\(pdf): \(files)")
        }
        try expectArchiveGrade(output.appendingPathComponent("r01.pdf").path, rules: Preflight.pdfA3)
        try expectArchiveGrade(output.appendingPathComponent("r50.pdf").path, rules: Preflight.pdfA3)
        try expectArchiveGrade(output.appendingPathComponent("汇总表.pdf").path, rules: Preflight.pdfA2)
        let scored = try CLI.run(["score", output.appendingPathComponent("r07.pdf").path])
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("等级 grade"))
    }
}
