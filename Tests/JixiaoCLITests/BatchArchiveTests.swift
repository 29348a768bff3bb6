import Foundation
import JixiaoCore
import Testing

/// What the archive keeps of a batch: `verify` and the 汇总表.
@Suite struct BatchArchiveTests {
    @Test func verifyPassesOnTheCleanFolder() throws {
        let reference = try BatchFixtures.reference.get()
        let result = try CLI.run(["verify", reference.output.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("校验通过：24 个文件与清单一致"))
    }

    @Test func verifyCatchesAFlippedByteADeletedFileAndAnExtraFile() throws {
        let reference = try BatchFixtures.reference.get()
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("out")
        try FileManager.default.copyItem(at: reference.output, to: copy)
        #expect(try CLI.run(["verify", copy.path]).status == 0)

        let flipped = copy.appendingPathComponent("r03.pdf")
        var bytes = try Data(contentsOf: flipped)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: flipped)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("r04.pdf"))
        try Data("slipped in".utf8).write(to: copy.appendingPathComponent("extra.pdf"))

        let result = try CLI.run(["verify", copy.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("已改动 changed: r03.pdf"))
        #expect(lines.contains("缺失 missing: r04.pdf"))
        #expect(lines.contains("未登记 unlisted: extra.pdf"))
        #expect(lines.count == 4)
        #expect(lines.last?.contains("3 problems") == true)
    }

    /// The SHA-256 of manifest.csv, as batch prints it at the end and 汇总表.pdf prints it for
    /// the reviewer's signature; the figure is the hash of the file on disk.
    @Test func batchPrintsTheManifestDigestOnTheSummary() throws {
        let reference = try BatchFixtures.reference.get()
        let csv = try Data(contentsOf: reference.output.appendingPathComponent(Manifest.csvName))
        let digest = SHA256.hex(of: csv)
        #expect(reference.result.stdout.contains("清单 manifest.csv 的 SHA-256：\(digest)"), "\(reference.result.stdout)")
        #expect(reference.result.stdout.contains("--manifest-sha256 \(digest)"))
        let pdf = reference.output.appendingPathComponent("汇总表.pdf").path
        let text = try CLI.tool("pdftotext", [pdf, "-"]).output.filter { !$0.isWhitespace }
        #expect(text.contains("四、清单校验码manifest.csv的SHA-256（清单校验码）：\(digest)核对"), "\(text)")
        #expect(text.contains("审核人（签字）"))
        let verified = try CLI.run(["verify", reference.output.path, "--manifest-sha256", digest.uppercased()])
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("清单校验码相符，24 个文件与清单一致"))
    }

    /// A forger changes a PDF and rewrites its hashes in manifest.csv and manifest.json, as
    /// jixiao itself would write them: verify alone passes, and says it checked the manifest
    /// only; with the digest from the signed 汇总表 it fails and names manifest.csv.
    @Test func aRewrittenManifestFailsOnlyAgainstTheSignedDigest() throws {
        let reference = try BatchFixtures.reference.get()
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("out")
        try FileManager.default.copyItem(at: reference.output, to: copy)
        let signed = SHA256.hex(of: try Data(contentsOf: copy.appendingPathComponent(Manifest.csvName)))

        let forged = copy.appendingPathComponent("r03.pdf")
        var bytes = try Data(contentsOf: forged)
        bytes.append(contentsOf: Array("% 得分改为 95\n".utf8))
        try bytes.write(to: forged)
        let jsonURL = copy.appendingPathComponent(Manifest.jsonName)
        var manifest = try Manifest.decode(Data(contentsOf: jsonURL))
        let index = try #require(manifest.reports.firstIndex { $0.output == "r03.pdf" })
        manifest.reports[index].outputSHA256 = SHA256.hex(of: bytes)
        manifest.reports[index].bytes = bytes.count
        let csv = manifest.csvData()
        try csv.write(to: copy.appendingPathComponent(Manifest.csvName))
        let csvIndex = try #require(manifest.artifacts.firstIndex { $0.path == Manifest.csvName })
        manifest.artifacts[csvIndex] = ArchivedFile(path: Manifest.csvName, sha256: SHA256.hex(of: csv), bytes: csv.count)
        try manifest.jsonData().write(to: jsonURL)

        let alone = try CLI.run(["verify", copy.path])
        #expect(alone.status == 0, "the folder agrees with the rewritten manifest")
        #expect(alone.stdout.contains("仅核对了目录与清单，未核对清单本身"))
        #expect(alone.stdout.contains("checked against the manifest only"))

        let pinned = try CLI.run(["verify", copy.path, "--manifest-sha256", signed])
        #expect(pinned.status == 1)
        #expect(pinned.stdout.contains("清单已被改写 manifest rewritten: manifest.csv 的 SHA-256 为 \(SHA256.hex(of: csv))，应为 \(signed)"),
                "\(pinned.stdout)")
        #expect(pinned.stdout.contains("1 problem,"))
    }

    @Test func aDigestThatIsNotSixtyFourHexDigitsIsAUsageError() throws {
        let reference = try BatchFixtures.reference.get()
        let result = try CLI.run(["verify", reference.output.path, "--manifest-sha256", "1234xyz"])
        #expect(result.status == 2, "usage error, not a verification result")
        #expect(result.stderr.contains("--manifest-sha256 须为 64 位十六进制数"))
    }

    @Test func verifyWithoutAManifestFails() throws {
        let result = try CLI.run(["verify", try CLI.temporaryFolder().path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("J061"))
    }

    /// Each project's name with its score on one line of the PDF's text and one CSV row;
    /// the score is the one `score --json` gives for the same file.
    @Test func summaryListsEveryProjectWithItsScore() throws {
        let reference = try BatchFixtures.reference.get()
        let text = try CLI.tool("pdftotext", ["-layout", reference.output.appendingPathComponent("汇总表.pdf").path, "-"])
        #expect(text.status == 0)
        let textLines = text.output.split(separator: "\n").map(String.init)
        let csv = try String(contentsOf: reference.output.appendingPathComponent("汇总表.csv"), encoding: .utf8)
        let csvRows = csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        let rows = try BatchFixtures.reports(in: reference.output)
        for variant in reference.variants {
            let row = try #require(rows.first { $0["input"] as? String == variant.key })
            let total = try #require(row["total"] as? String)
            let line = textLines.first { $0.contains(variant.project) } ?? ""
            #expect(line.contains(" " + total + " "), "\(variant.project) \(total): \(line)")
            let csvRow = try #require(csvRows.first { $0.count > 2 && $0[1] == variant.project })
            #expect(csvRow[6] == total)
            #expect(csvRow[3] == "\(variant.budget)")
            #expect(csvRow[9] == variant.key)
        }
        for key in ["r01.yaml", "r20.yaml"] {
            let score = try CLI.run(["score", "--json", reference.inputs.appendingPathComponent(key).path])
            let json = try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any]
            let total = try #require(json?["total"] as? NSNumber)
            let row = rows.first { $0["input"] as? String == key }
            #expect(row?["total"] as? String == total.stringValue)
        }
    }

    /// Totals computed here from the variants' own figures; grades counted from the manifest;
    /// the broken reports in their own section with their messages.
    @Test func summaryTotalsGradesAndFailures() throws {
        let reference = try BatchFixtures.reference.get()
        let data = try Data(contentsOf: reference.output.appendingPathComponent("汇总表.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark for Excel/WPS")
        let csv = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("序号,项目名称,主管部门,全年预算数（万元）,全年执行数（万元）,执行率,自评得分,等级,警告数,输入文件\r\n"))
        let csvRows = csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        let budget = reference.variants.reduce(Decimal(0)) { $0 + $1.budget }
        let executed = reference.variants.reduce(Decimal(0)) { $0 + $1.executed }
        #expect(budget == 3050 && executed == 2440)
        let totals = try #require(csvRows.first { $0.first == "合计" && $0.count > 5 })
        #expect(Array(totals[3...5]) == ["3050", "2440", "80%"])

        let grades = try BatchFixtures.reports(in: reference.output).compactMap { $0["grade"] as? String }
        for grade in ["优", "良", "中", "差"] {
            #expect(csvRows.contains([grade, String(grades.filter { $0 == grade }.count)]))
        }
        #expect(grades.contains("优") && grades.contains("良"))

        let unfinished = csvRows.filter { $0.count >= 4 && $0[2] == "失败" }
        #expect(unfinished.map { $0[1] } == ["bad-cover.yaml", "bad-field.json", "bad-syntax.yaml"])
        for (row, known) in zip(unfinished, BatchFixtures.broken.sorted { $0.key < $1.key }) {
            #expect(row[3].hasPrefix(known.firstError))
        }

        let pdf = reference.output.appendingPathComponent("汇总表.pdf").path
        let text = try CLI.tool("pdftotext", ["-layout", pdf, "-"]).output
        #expect(text.contains("项目支出绩效自评汇总表"))
        #expect(text.contains("林芝市财政局制") && text.contains("2025年"))
        #expect(text.contains("共 23 份报告：已生成 20 份，未生成 3 份"))
        for key in ["bad-cover.yaml", "bad-field.json", "bad-syntax.yaml"] { #expect(text.contains(key)) }
        let info = try CLI.tool("pdfinfo", [pdf]).output
        #expect(info.contains("841.89 x 595.28"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages >= 2)
        let second = try CLI.tool("pdftotext", ["-f", "2", "-l", "2", pdf, "-"]).output
        #expect(second.contains("项目名称") && second.contains("自评得分"), "the header repeats on page 2")
        #expect(second.replacingOccurrences(of: " ", with: "").contains("—2—"))
    }

    /// 汇总表.xlsx read with Python's zipfile (not jixiao's reader): the sheet lists every
    /// project, and the totals row holds numbers, not text, in the CSV's columns.
    @Test func summaryWorkbookHoldsTheCSVRowsAsNumbers() throws {
        let reference = try BatchFixtures.reference.get()
        let xlsx = reference.output.appendingPathComponent("汇总表.xlsx").path
        func part(_ name: String) throws -> String {
            let read = try CLI.tool("python3", ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                                                xlsx, name])
            #expect(read.status == 0, "\(name)")
            return read.output
        }
        let strings = try part("xl/sharedStrings.xml")
        for variant in reference.variants { #expect(strings.contains("<t>\(variant.project)</t>")) }
        let sheet = try part("xl/worksheets/sheet1.xml")
        // Header, 20 rows, then the totals row 22: 3050 and 2440 万元, 80%.
        for (cell, value) in [("D22", "3050"), ("E22", "2440"), ("F22", "0.8"), ("A21", "20")] {
            #expect(sheet.range(of: #"<c r="\#(cell)"( s="[0-9]+")?><v>\#(value)</v></c>"#, options: .regularExpression) != nil,
                    "\(cell) = \(value)")
        }
        let listed = try BatchFixtures.manifest(in: reference.output)["artifacts"] as? [[String: Any]] ?? []
        let entry = try #require(listed.first { $0["path"] as? String == "汇总表.xlsx" })
        #expect(entry["sha256"] as? String == SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: xlsx))))
    }
}
