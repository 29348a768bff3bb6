import Foundation
import Testing

/// `jixiao batch` as a finance bureau runs it: 20 good reports and 3 broken ones.
@Suite struct BatchCommandTests {
    @Test func twentyPDFsThreeFailedRowsExitOne() throws {
        let reference = try BatchFixtures.reference.get()
        #expect(reference.result.status == 1)
        let pdfs = BatchFixtures.files(in: reference.output).filter { $0.hasSuffix(".pdf") && $0 != "汇总表.pdf" }
        #expect(pdfs == reference.variants.map { $0.key.replacingOccurrences(of: ".yaml", with: ".pdf") })
        let rows = try BatchFixtures.reports(in: reference.output)
        #expect(rows.count == 23)
        #expect(rows.map { $0["input"] as? String ?? "" } == rows.map { $0["input"] as? String ?? "" }.sorted())
        let failed = rows.filter { $0["status"] as? String == "failed" }
        #expect(failed.map { $0["input"] as? String } == ["bad-cover.yaml", "bad-field.json", "bad-syntax.yaml"])
        #expect(rows.filter { $0["status"] as? String == "ok" }.count == 20)
        #expect(reference.result.stdout.contains("20 rendered, 3 failed"))
    }

    /// The manifest's message is the first line `check` prints for that file, and stderr
    /// carries `check`'s full output for it.
    @Test func failedRowsCarryTheMessageCheckGives() throws {
        let reference = try BatchFixtures.reference.get()
        let failed = try BatchFixtures.reports(in: reference.output).filter { $0["status"] as? String == "failed" }
        for row in failed {
            let key = try #require(row["input"] as? String)
            let check = try CLI.run(["check", key], in: reference.inputs)
            #expect(check.status == 1)
            let firstLine = try #require(check.stderr.split(separator: "\n").first.map(String.init))
            let message = try #require(row["message"] as? String)
            #expect(message.hasPrefix(firstLine), "\(message) vs \(firstLine)")
            let known = try #require(BatchFixtures.broken.first { $0.key == key })
            #expect(firstLine.hasPrefix(known.firstError))
            let asGiven = reference.inputs.appendingPathComponent(key).path
            #expect(reference.result.stderr.contains(asGiven + ":" + firstLine.dropFirst(key.count + 1)))
        }
    }

    @Test func everyManifestHashIsTheOneSha256sumComputes() throws {
        let reference = try BatchFixtures.reference.get()
        let manifest = try BatchFixtures.manifest(in: reference.output)
        var expected: [(path: String, hash: String)] = []
        for row in try BatchFixtures.reports(in: reference.output) {
            let input = try #require(row["input"] as? String)
            expected.append((reference.inputs.appendingPathComponent(input).path, try #require(row["inputSHA256"] as? String)))
            if let output = row["output"] as? String {
                expected.append((reference.output.appendingPathComponent(output).path, try #require(row["outputSHA256"] as? String)))
            }
        }
        let artifacts = manifest["artifacts"] as? [[String: Any]] ?? []
        #expect(artifacts.map { $0["path"] as? String } == ["manifest.csv", "汇总表.csv", "汇总表.pdf", "汇总表.xlsx"])
        for artifact in artifacts {
            let path = try #require(artifact["path"] as? String)
            expected.append((reference.output.appendingPathComponent(path).path, try #require(artifact["sha256"] as? String)))
        }
        #expect(expected.count == 23 + 20 + 4)
        let sums = try CLI.tool("sha256sum", expected.map(\.path))
        #expect(sums.status == 0)
        let computed = sums.output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(computed == expected.map(\.hash))
        // Excel and WPS read UTF-8 only with a BOM; one row per input after the header.
        let csv = try Data(contentsOf: reference.output.appendingPathComponent("manifest.csv"))
        #expect(csv.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).split(whereSeparator: \.isNewline).count == 1 + 23)
    }

    @Test func aSecondRunAndAForcedRerunGiveIdenticalBytes() throws {
        let reference = try BatchFixtures.reference.get()
        let expected = try BatchFixtures.contents(of: reference.output)
        #expect(expected["汇总表.xlsx"] != nil && expected["汇总表.csv"] != nil)
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let again = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["batch", reference.inputs.path, "-o", again.path, "--jobs", "1"]).status == 1)
        #expect(try BatchFixtures.contents(of: again) == expected)
        #expect(try CLI.run(["batch", reference.inputs.path, "-o", again.path, "--force"]).status == 1)
        #expect(try BatchFixtures.contents(of: again) == expected)
    }

    @Test func aBatchPDFIsTheRenderPDFByteForByte() throws {
        let reference = try BatchFixtures.reference.get()
        let alone = try CLI.temporaryFolder().appendingPathComponent("r07.pdf")
        let render = try CLI.run(["render", reference.inputs.appendingPathComponent("r07.yaml").path, "-o", alone.path])
        #expect(render.status == 0)
        #expect(try Data(contentsOf: alone) == Data(contentsOf: reference.output.appendingPathComponent("r07.pdf")))
    }

    @Test func progressInALogIsPlainLines() throws {
        let stderr = try BatchFixtures.reference.get().result.stderr
        #expect(stderr.contains("23/23 完成 done · 3 失败 failed"))
        #expect(!stderr.contains("\r"))
        #expect(!stderr.contains("\u{1B}"))
    }

    @Test func inputsThatWouldWriteOnePDFAreRefusedBeforeAnythingIsWritten() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try BatchFixtures.writeReports(into: inputs, count: 2, broken: false)
        try FileManager.default.copyItem(at: inputs.appendingPathComponent("r01.yaml"), to: inputs.appendingPathComponent("r01.json"))
        let output = root.appendingPathComponent("out")
        let result = try CLI.run(["batch", inputs.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("J060"))
        #expect(result.stderr.contains("r01.pdf"))
        #expect(result.stderr.contains("r01.yaml") && result.stderr.contains("r01.json"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: [["--jobs", "0"], ["--jobs", "-1"], ["--jobs", "many"], []])
    func badJobsOrNoInputIsAUsageError(extra: [String]) throws {
        let output = try CLI.temporaryFolder().appendingPathComponent("out")
        let inputs = extra.isEmpty ? [] : [CLI.seedExample]
        let result = try CLI.run(["batch"] + inputs + ["-o", output.path] + extra)
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Nested folders map to nested outputs; an existing PDF fails its report only (J042,
    /// untouched), the others go on.
    @Test func anExistingPDFFailsOnlyItsOwnReport() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try BatchFixtures.writeReports(into: inputs.appendingPathComponent("a/b"), count: 1, broken: false)
        try BatchFixtures.writeReports(into: inputs, count: 2, broken: false)
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let stranger = Data("not ours".utf8)
        try stranger.write(to: output.appendingPathComponent("r02.pdf"))
        let result = try CLI.run(["batch", inputs.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: output.appendingPathComponent("r02.pdf")) == stranger)
        let rows = try BatchFixtures.reports(in: output)
        #expect(rows.map { $0["input"] as? String } == ["a/b/r01.yaml", "r01.yaml", "r02.yaml"])
        #expect(rows.map { $0["status"] as? String } == ["ok", "ok", "failed"])
        #expect(rows.first?["output"] as? String == "a/b/r01.pdf")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("a/b/r01.pdf").path))
        let message = rows.last?["message"] as? String ?? ""
        #expect(message.contains("J042") && message.contains("输出文件已存在：r02.pdf"))
        #expect(!message.contains(root.path))
    }

    @Test func aFolderWithAPreviousBatchNeedsResumeOrForce() throws {
        let reference = try BatchFixtures.reference.get()
        let before = try BatchFixtures.contents(of: reference.output)
        let result = try CLI.run(["batch", reference.inputs.path, "-o", reference.output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--resume"))
        #expect(result.stderr.contains("--force"))
        #expect(try BatchFixtures.contents(of: reference.output) == before)
    }
}
