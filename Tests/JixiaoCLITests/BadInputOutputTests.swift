import Foundation
import Testing

/// Safe output: an archived PDF is never replaced without --force, a bad output folder is a
/// clear error, and a render killed half-way leaves the previous file as it was.
@Suite struct BadInputOutputTests {
    private func folderWithSeed() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Data(Reports.seed.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        return folder
    }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func anExistingPDFIsKeptWithoutForceAndReplacedWithIt() throws {
        let folder = try folderWithSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("report.pdf")
        try CommandRuns.archivedBytes.write(to: archive)
        let kept = try CLI.run(["render", "report.yaml"], in: folder)
        #expect(kept.status == 1)
        Refusal.expectDiagnostic(kept.stderr, code: "J042", at: nil, field: "(文件顶层 top level)",
                                 saying: ["输出文件已存在：report.pdf，未覆盖", "--force"])
        let line = kept.stderr.split(separator: "\n").first { $0.contains("J042") } ?? ""
        #expect(line.hasPrefix("错误 J042"), "an output problem points at no line of the report: \(line)")
        #expect(FileManager.default.contents(atPath: archive.path) == CommandRuns.archivedBytes)
        #expect(try contents(folder) == ["report.pdf", "report.yaml"])
        let replaced = try CLI.run(["render", "report.yaml", "--force"], in: folder)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: archive.path))
        #expect(bytes.starts(with: Data("%PDF-".utf8)) && bytes != CommandRuns.archivedBytes)
        #expect(try contents(folder) == ["report.pdf", "report.yaml"])
    }

    @Test func aMissingOutputFolderIsAClearErrorAndIsNotCreated() throws {
        let folder = try folderWithSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["render", "report.yaml", "-o", "没有的目录/子目录/report.pdf"], in: folder)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J043", at: nil, field: "(文件顶层 top level)",
                                 saying: ["目录不存在", "folder does not exist"])
        Refusal.expectNoCrash(result)
        #expect(try contents(folder) == ["report.yaml"])
    }

    @Test func anOutputPathThatIsAFolderIsRefused() throws {
        let folder = try folderWithSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out.pdf"), withIntermediateDirectories: false)
        for arguments in [["render", "report.yaml", "-o", "out.pdf"], ["render", "report.yaml", "-o", "out.pdf", "--force"]] {
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            Refusal.expectDiagnostic(result.stderr, code: "J043", at: nil, field: "(文件顶层 top level)",
                                     saying: ["这是一个文件夹", "-o"])
            Refusal.expectNoCrash(result)
        }
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path, isDirectory: &isFolder)
                && isFolder.boolValue)
    }

    @Test func aReadOnlyOutputFolderIsAClearError() throws {
        let folder = try folderWithSeed()
        let locked = folder.appendingPathComponent("只读")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            try? FileManager.default.removeItem(at: folder)
        }
        // CI runs as root, for whom mode 555 does not stop writing: there the render runs as
        // the user nobody (setpriv), when nobody can reach the build.
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        let asNobody = getuid() == 0 && FileManager.default.isExecutableFile(atPath: nobody[0])
            && (try? CLI.run(["--version"], in: folder, launcher: nobody).status) == 0
        // As root without a way to drop privileges the refusal cannot be seen: fail, rather than
        // pass on a render that root may write anyway.
        try #require(getuid() != 0 || asNobody, "running as root, and setpriv cannot run the build as nobody")
        let result = try CLI.run(["render", "report.yaml", "-o", "只读/report.pdf"], in: folder, launcher: asNobody ? nobody : [])
        Refusal.expectNoCrash(result)
        #expect(result.status == 1)
        Refusal.expectDiagnostic(result.stderr, code: "J043", at: nil, field: "(文件顶层 top level)",
                                 saying: ["目录不可写", "not writable"])
        #expect(try contents(locked).isEmpty)
    }

    /// Decision: the hidden temporary a SIGKILL leaves behind (`.NAME.PID.RANDOM.tmp`; no
    /// process can clean up after SIGKILL) is acceptable: it never matches `*.pdf`, and the
    /// next render of the same file deletes it, since its process is gone.
    @Test(arguments: [false, true])
    func aRenderKilledWhileWritingLeavesThePreviousFileIntact(_ force: Bool) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "本项目预算安排资金100万元，实际支出100万元，资金使用情况良好，全部用于项目既定内容。"
        let long = Reports.replacing("    text: 无", with: "    text: " + String(repeating: sentence, count: 40))
        try Data(long.utf8).write(to: folder.appendingPathComponent("report.yaml"))
        let archive = folder.appendingPathComponent("report.pdf")
        try CommandRuns.archivedBytes.write(to: archive)

        // The PDF is made in memory and written in one go, so the temporary would live for a few
        // milliseconds; the test hook holds it for 3 s before the rename, and the render is
        // killed the moment it appears (tried again, with the archive put back, should a render
        // still finish first).
        var temporary: String?
        for _ in 0..<3 where temporary == nil {
            try CommandRuns.archivedBytes.write(to: archive)
            let process = try CLI.start(["render", "report.yaml"] + (force ? ["--force"] : []), in: folder,
                                        environment: ["JIXIAO_TEST_HOLD_TEMPORARY_MS": "3000"])
            let deadline = ContinuousClock.now + .seconds(60)
            while temporary == nil, process.isRunning, ContinuousClock.now < deadline {
                temporary = try contents(folder).first { $0.hasPrefix(".report.pdf.") && $0.hasSuffix(".tmp") }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if temporary != nil { #expect(process.terminationReason == .uncaughtSignal) }
            if !force { break }
        }
        if force {
            #expect(temporary != nil, "the render wrote to a temporary file, and was killed while it did")
        }

        #expect(FileManager.default.contents(atPath: archive.path) == CommandRuns.archivedBytes, "the previous PDF is intact")
        let pdfs = try contents(folder).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs == ["report.pdf"], "no partial PDF: \(pdfs)")

        // The next render (with --force) removes the dead render's temporary and succeeds.
        let again = try CLI.run(["render", "report.yaml", "--force"], in: folder)
        #expect(again.status == 0, "\(again.stderr.suffix(500))")
        #expect(try contents(folder) == ["report.pdf", "report.yaml"])
    }
}
