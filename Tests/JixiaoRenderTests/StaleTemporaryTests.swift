import Foundation
import Testing
@testable import JixiaoRender

/// A render killed with SIGKILL leaves its hidden `.NAME.PID.RANDOM.tmp`; the next render of
/// the same file removes it, and never one of a process still running.
@Suite struct StaleTemporaryTests {
    @Test func leftoversOfDeadRendersAreRemovedAndLiveOnesKept() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let target = folder.appendingPathComponent("report.pdf").path
        // A pid far above any the kernel hands out (pid_max is at most 4,194,304).
        let dead = folder.appendingPathComponent(".report.pdf.99999999.123.tmp").path
        let live = folder.appendingPathComponent(".report.pdf.\(getppid()).456.tmp").path
        let other = folder.appendingPathComponent(".other.pdf.99999999.789.tmp").path
        for path in [dead, live, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8))) }
        try AtomicOutput.write(to: target, overwrite: false) { (temporary: String) throws(RenderError) in
            _ = FileManager.default.createFile(atPath: temporary, contents: Data("%PDF".utf8))
        }
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other), "another file's temporaries are not ours")
        #expect(FileManager.default.contents(atPath: target) == Data("%PDF".utf8))
    }
}
