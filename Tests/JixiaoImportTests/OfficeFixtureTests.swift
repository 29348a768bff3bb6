import Foundation
import Testing
import ZIPFoundation
@testable import JixiaoImport

/// The office fixtures are what LibreOffice saves from the sources beside them, re-zipped to
/// reproducible bytes by scripts/make-office-fixtures.py: a fixture edited by other means, or
/// a source with no fixture, fails here rather than passing the import tests on a stale file.
@Suite struct OfficeFixtureTests {
    static let folder = Office.url("Tests/Fixtures/office")

    static func sources() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("source"), includingPropertiesForKeys: nil)
            .filter { ["fods", "fodt"].contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everySourceHasItsFixtureSavedByLibreOffice() throws {
        let sources = try Self.sources()
        #expect(sources.map(\.lastPathComponent) == ["formats.fods", "forty-rows.fods", "national-zhongjiang.fods", "provincial-yongde.fods",
                                                      "report-headings.fodt", "report-numbered.fodt", "report-with-table.fodt"])
        for source in sources {
            let name = source.deletingPathExtension().lastPathComponent + (source.pathExtension == "fods" ? ".xlsx" : ".docx")
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            #expect(bytes.count < 64 << 10, "\(name) is \(bytes.count) bytes; the fixtures stay small")
            let archive = try Archive(data: bytes, accessMode: .read)
            // Fixed entry dates: the script's, not the clock of the run that made the file.
            let years = archive.map { Calendar(identifier: .gregorian).component(.year, from: $0.fileAttributes[.modificationDate] as? Date ?? .distantFuture) }
            #expect(Set(years) == [1980], "\(name)")
            #expect(archive.map(\.path).first == "[Content_Types].xml", "\(name)")
            let app = try #require(archive["docProps/app.xml"], "\(name)")
            var text = Data()
            _ = try archive.extract(app) { text.append($0) }
            #expect(String(decoding: text, as: UTF8.self).contains("<Application>LibreOffice"), "\(name)")
        }
    }
}
