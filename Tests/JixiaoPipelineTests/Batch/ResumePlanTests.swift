import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoPipeline

@Suite struct ResumePlanTests {
    private struct Folder {
        var url: URL
        var input = BatchInput(path: "in/a.yaml", key: "a.yaml", output: "a.pdf")
        var pdf = Data("%PDF-1.5 a".utf8)

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-resume-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try pdf.write(to: url.appendingPathComponent("a.pdf"))
        }

        func entry(inputSHA256: String = "abc", output: String? = "a.pdf", outputSHA256: String? = nil) -> ManifestEntry {
            ManifestEntry(input: "a.yaml", inputSHA256: inputSHA256, output: output,
                          outputSHA256: outputSHA256 ?? SHA256.hex(of: pdf), pages: 8, total: "88", status: .ok)
        }
    }

    @Test func keepsAPDFWhoseInputAndBytesAreUnchanged() throws {
        let folder = try Folder()
        let plan = ResumePlan(previous: Manifest(reports: [folder.entry()]))
        #expect(plan.reusableEntry(for: folder.input, inputSHA256: "abc", outputFolder: folder.url.path)?.total == "88")
    }

    @Test func rendersAgainWhenTheInputChanged() throws {
        let folder = try Folder()
        let plan = ResumePlan(previous: Manifest(reports: [folder.entry()]))
        #expect(plan.reusableEntry(for: folder.input, inputSHA256: "changed", outputFolder: folder.url.path) == nil)
    }

    @Test func rendersAgainWhenThePDFChangedOrIsGone() throws {
        let folder = try Folder()
        let plan = ResumePlan(previous: Manifest(reports: [folder.entry(outputSHA256: SHA256.hex(of: Data("other".utf8)))]))
        #expect(plan.reusableEntry(for: folder.input, inputSHA256: "abc", outputFolder: folder.url.path) == nil)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("a.pdf"))
        let intact = ResumePlan(previous: Manifest(reports: [folder.entry()]))
        #expect(intact.reusableEntry(for: folder.input, inputSHA256: "abc", outputFolder: folder.url.path) == nil)
    }

    @Test func aFailedOrUnlistedReportIsNeverKept() throws {
        let folder = try Folder()
        let failed = ManifestEntry(input: "a.yaml", inputSHA256: "abc", status: .failed, message: "J001")
        #expect(ResumePlan(previous: Manifest(reports: [failed]))
            .reusableEntry(for: folder.input, inputSHA256: "abc", outputFolder: folder.url.path) == nil)
        #expect(ResumePlan.none.reusableEntry(for: folder.input, inputSHA256: "abc", outputFolder: folder.url.path) == nil)
    }

    @Test func aDamagedManifestIsAnErrorNotAFreshStart() throws {
        let folder = try Folder()
        #expect(try ResumePlan.previousManifest(in: folder.url.path) == nil)
        try Data("{ not json".utf8).write(to: folder.url.appendingPathComponent("manifest.json"))
        #expect(throws: Diagnostics.self) { try ResumePlan.previousManifest(in: folder.url.path) }
    }
}
