import Foundation
import JixiaoCore
import Testing

/// Ctrl-C or SIGTERM during a batch, then `--resume`.
@Suite struct BatchInterruptTests {
    /// A one-worker batch over `reports` generated reports in `root`, running, once it has
    /// written `pdfs` PDFs (or after a minute): the moment to signal it.
    private func startedBatch(in root: URL, reports: Int, runningUntilPDFs pdfs: Int) throws -> (inputs: URL, output: URL, process: Process) {
        let inputs = root.appendingPathComponent("in")
        try BatchFixtures.writeReports(into: inputs, count: reports, broken: false)
        let output = root.appendingPathComponent("out")
        let process = try CLI.start(["batch", inputs.path, "-o", output.path, "--jobs", "1"], in: CLI.repository)
        let deadline = Date().addingTimeInterval(60)
        while BatchFixtures.files(in: output).filter({ $0.hasSuffix(".pdf") }).count < pdfs, process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        return (inputs, output, process)
    }

    /// `kill`, `timeout` and service managers send SIGTERM: it once killed the batch outright,
    /// leaving no manifest, so `--resume` could keep none of the finished PDFs.
    @Test func aTerminatedBatchWritesItsManifestAndExits143() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (inputs, output, process) = try startedBatch(in: root, reports: 12, runningUntilPDFs: 2)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        let rows = try BatchFixtures.reports(in: output)
        #expect(rows.count == 12)
        #expect(rows.contains { $0["status"] as? String == "ok" })
        #expect(BatchFixtures.files(in: output).allSatisfy { !$0.hasSuffix(".tmp") })
        #expect(try CLI.run(["verify", output.path]).status == 0)
        let resumed = try CLI.run(["batch", inputs.path, "-o", output.path, "--resume"])
        #expect(resumed.status == 0)
    }

    @Test func anInterruptedBatchKeepsWhatFinishedAndResumeCompletesIt() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (inputs, output, process) = try startedBatch(in: root, reports: 40, runningUntilPDFs: 3)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)

        let files = BatchFixtures.files(in: output)
        #expect(files.allSatisfy { !$0.hasPrefix(".") && !$0.hasSuffix(".tmp") }, "no temporary or partial file: \(files)")
        let rows = try BatchFixtures.reports(in: output)
        #expect(rows.count == 40)
        let done = rows.filter { $0["status"] as? String == "ok" }
        let notStarted = rows.filter { $0["status"] as? String == "skipped" }
        #expect(done.count >= 3 && done.count < 40)
        #expect(done.count + notStarted.count == 40)
        #expect(notStarted.allSatisfy { ($0["message"] as? String)?.contains("interrupted") == true && $0["output"] == nil })
        let pdfs = files.filter { $0.hasSuffix(".pdf") && $0 != "汇总表.pdf" }
        #expect(pdfs == done.compactMap { $0["output"] as? String })
        #expect(try CLI.run(["verify", output.path]).status == 0)

        let resumed = try CLI.run(["batch", inputs.path, "-o", output.path, "--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("\(40 - done.count) rendered, 0 failed, \(done.count) kept"))
        #expect(try CLI.run(["verify", output.path]).status == 0)

        let uninterrupted = root.appendingPathComponent("reference")
        #expect(try CLI.run(["batch", inputs.path, "-o", uninterrupted.path]).status == 0)
        let expected = try BatchFixtures.contents(of: uninterrupted)
        let actual = try BatchFixtures.contents(of: output)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, bytes) in expected where !path.hasPrefix("manifest.") && path != "汇总表.pdf" {
            #expect(actual[path] == bytes, "\(path) differs from the uninterrupted batch")
        }
        // 汇总表.pdf prints its own manifest.csv's SHA-256; otherwise its text is the same.
        func summaryText(_ folder: URL) throws -> String {
            let digest = SHA256.hex(of: try Data(contentsOf: folder.appendingPathComponent("manifest.csv")))
            let text = try CLI.tool("pdftotext", [folder.appendingPathComponent("汇总表.pdf").path, "-"]).output
            #expect(text.contains(digest))
            return text.replacingOccurrences(of: digest, with: "")
        }
        #expect(try summaryText(output) == summaryText(uninterrupted))
        // The manifests differ only in how each report came to be there.
        func comparable(_ rows: [[String: Any]]) -> [String] {
            rows.map { row in
                ["input", "inputSHA256", "output", "outputSHA256", "bytes", "pages", "project", "total", "grade", "warnings"]
                    .map { "\(row[$0] ?? "")" }.joined(separator: "|")
            }
        }
        let finalRows = try BatchFixtures.reports(in: output)
        #expect(comparable(finalRows) == comparable(try BatchFixtures.reports(in: uninterrupted)))
        #expect(finalRows.filter { $0["status"] as? String == "skipped" }.count == done.count)
    }

    @Test func resumeRendersAgainAReportWhoseInputChanged() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try BatchFixtures.writeReports(into: inputs, count: 2, broken: false)
        let output = root.appendingPathComponent("out")
        #expect(try CLI.run(["batch", inputs.path, "-o", output.path]).status == 0)
        let changed = inputs.appendingPathComponent("r02.yaml")
        let text = try String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "帮扶项目02", with: "帮扶项目02改")
        try text.write(to: changed, atomically: true, encoding: .utf8)

        // Without --force the changed report's old PDF is not replaced: it fails, the other is kept.
        let resumed = try CLI.run(["batch", inputs.path, "-o", output.path, "--resume"])
        #expect(resumed.status == 1)
        #expect(try BatchFixtures.reports(in: output).map { $0["status"] as? String } == ["skipped", "failed"])

        let forced = try CLI.run(["batch", inputs.path, "-o", output.path, "--resume", "--force"])
        #expect(forced.status == 0)
        let rows = try BatchFixtures.reports(in: output)
        #expect(rows.map { $0["status"] as? String } == ["skipped", "ok"])
        #expect(rows.last?["project"] as? String == "帮扶项目02改")
        #expect(try CLI.run(["verify", output.path]).status == 0)
    }
}
