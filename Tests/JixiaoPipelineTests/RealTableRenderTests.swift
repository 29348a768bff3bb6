import Foundation
import Testing
import JixiaoCore
import JixiaoRender

/// Every real published table (Tests/Fixtures/real/) renders to a PDF, as a reviewer's
/// re-check of it must: warnings in plenty, but nothing that stops the report — and the same
/// bytes twice.
@Suite struct RealTableRenderTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = repository.appendingPathComponent("Tests/Fixtures/real")
    static let fontsConf = repository.appendingPathComponent("fonts/fonts.conf").path

    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func everyRealTableRendersToAPDF() throws {
        let names = try Self.names()
        try #require(names.count >= 6, "\(names)")
        let session = try RenderSession(configurationPath: Self.fontsConf)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let scored = try ReportPipeline.score(bytes: bytes, origin: .file(name))
            let document = Composer.compose(scored)
            let pdf = try ReportExporter(session: session).renderPDF(document)
            #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)), "\(name)")
            #expect(pdf.pages >= 2, "\(name): cover and table")
            #expect(pdf.warnings.isEmpty, "\(name): \(pdf.warnings)")
            #expect(try ReportExporter(session: session).renderPDF(document).bytes == pdf.bytes, "\(name) renders byte-identically")
        }
    }
}
