import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// The in-memory stage of `ReportExporter`: a report from its bytes to PDF and PNG bytes.
///
/// "No file touched" is proven by the API: after the fixture's bytes are read, every call
/// here (`ReportPipeline.score(bytes:origin:)`,
/// `Composer.compose`, `renderPDF`, `renderPNGs`) takes values and returns values, and none
/// has a path parameter (`file:` is only the name diagnostics print).
@Suite struct ReportExporterTests {
    static let example = RenderFixtures.repository.appendingPathComponent("assets/examples/linzhi-2024-kunnan-zhigong.yaml")
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The example composed from its bytes, all in memory.
    static func document(fromBytesOf url: URL) throws -> Document {
        let bytes = try [UInt8](Data(contentsOf: url))
        return Composer.compose(try ReportPipeline.score(bytes: bytes, origin: .file(url.lastPathComponent)))
    }

    @Test func aReportGoesFromBytesToPDFAndPNGPagesInMemory() throws {
        let document = try Self.document(fromBytesOf: Self.example)
        let session = try RenderFixtures.session()
        let exporter = ReportExporter(session: session)
        let pdf = try exporter.renderPDF(document)
        #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.bytes.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(pdf.pages == ReportRenderer(session: session).layout(document).pages.count)
        #expect(pdf.pages >= 5)
        #expect(String(decoding: pdf.bytes, as: UTF8.self).contains("/Count \(pdf.pages)"), "the page tree counts the pages")
        #expect(pdf.warnings.isEmpty)

        let pngs = try exporter.renderPNGs(document)
        #expect(pngs.pages.count == pdf.pages)
        for (index, png) in pngs.pages.enumerated() {
            #expect(png.starts(with: Self.pngSignature), "page \(index + 1) is a PNG")
            #expect(png.count > 1000, "page \(index + 1) has content")
        }
    }

    @Test func renderPDFGivesTheBytesExportWrites() throws {
        let document = try Self.document(fromBytesOf: Self.example)
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("r.pdf").path
        let session = try RenderFixtures.session()
        let result = try ReportExporter(session: session).export(document, to: path, options: ExportOptions(previewFolder: folder.appendingPathComponent("png").path))
        let pdf = try ReportExporter(session: session).renderPDF(document)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == pdf.bytes)
        #expect(result.bytes == pdf.bytes.count)
        #expect(result.pages == pdf.pages)
        let pngs = try ReportExporter(session: session).renderPNGs(document)
        #expect(result.previews.count == pngs.pages.count)
        for (preview, png) in zip(result.previews, pngs.pages) {
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: preview))) == png)
        }
    }

    @Test func theInMemoryStageRefusesMissingGlyphsUnlessAllowed() throws {
        let document = RenderFixtures.document(body: [.paragraph(Paragraph("测试𠀀字符"))])
        let exporter = ReportExporter(session: try RenderFixtures.session())
        do {
            _ = try exporter.renderPDF(document)
            Issue.record("expected missing glyphs to be refused")
        } catch {
            #expect(error.diagnostic.code == .missingGlyph)
        }
        let allowed = try exporter.renderPDF(document, options: ExportOptions(allowMissingGlyphs: true))
        #expect(allowed.warnings.count == 1)
        #expect(allowed.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(throws: RenderError.self) { _ = try exporter.renderPNGs(document) }
    }

    @Test func theInMemoryStageRefusesAnOverflowingCover() throws {
        let fields = (1...40).map { CoverField(label: "栏目\($0)", value: "内容") }
        let document = RenderFixtures.document(cover: CoverPage(title: "项目支出绩效自评报告", fields: fields, issuer: nil, year: nil),
                                               body: [])
        let exporter = ReportExporter(session: try RenderFixtures.session())
        do {
            _ = try exporter.renderPDF(document)
            Issue.record("expected the cover to overflow")
        } catch {
            #expect(error.diagnostic.code == .coverOverflow)
        }
    }

    @Test func anInjectedFailureStopsTheInMemoryPDF() throws {
        var options = ExportOptions()
        options.failAfterPages = 1
        let document = RenderFixtures.document(body: RenderFixtures.narrative(sections: 6))
        #expect(throws: RenderError.self) {
            _ = try ReportExporter(session: try RenderFixtures.session()).renderPDF(document, options: options)
        }
    }
}
