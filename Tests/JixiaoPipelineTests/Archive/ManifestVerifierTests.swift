import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoPipeline

/// What `jixiao verify` must see besides changed, missing and unlisted files: a path the
/// manifest lists twice, and rows of manifest.json edited after the batch wrote them.
@Suite struct ManifestVerifierTests {
    /// A folder holding `a.pdf` and the manifest.csv of `reports`, and the manifest that lists both.
    private func archive(_ reports: [ManifestEntry]) throws -> (folder: String, manifest: Manifest) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = Data("%PDF a".utf8)
        try pdf.write(to: folder.appendingPathComponent("a.pdf"))
        var manifest = Manifest(reports: reports.map { entry in
            var entry = entry
            entry.outputSHA256 = SHA256.hex(of: pdf)
            return entry
        })
        let csv = manifest.csvData()
        try csv.write(to: folder.appendingPathComponent(Manifest.csvName))
        manifest.artifacts = [ArchivedFile(path: Manifest.csvName, sha256: SHA256.hex(of: csv), bytes: csv.count)]
        return (folder.path, manifest)
    }

    private let entry = ManifestEntry(input: "a.yaml", inputSHA256: "00", output: "a.pdf", project: "项目", total: "88",
                                      grade: "良", status: .ok)

    @Test func anUntouchedArchiveVerifies() throws {
        let (folder, manifest) = try archive([entry])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ManifestVerifier.verify(folder: folder, manifest: manifest) == [])
    }

    @Test func aPathListedTwiceIsAProblem() throws {
        var second = entry
        second.input = "b.yaml"
        let (folder, manifest) = try archive([entry, second])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ManifestVerifier.verify(folder: folder, manifest: manifest) == [.listedTwice("a.pdf")])
    }

    @Test func aGradeEditedInTheJSONDisagreesWithTheHashedCSV() throws {
        var (folder, manifest) = try archive([entry])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        manifest.reports[0].grade = "优"
        manifest.reports[0].total = "99"
        let problems = ManifestVerifier.verify(folder: folder, manifest: manifest)
        #expect(problems == [.manifestDisagrees(Manifest.jsonName)])
        #expect(problems.first?.description == "清单与 manifest.csv 不一致 disagrees with manifest.csv: manifest.json")
    }
}
