import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Pages leave the layout as soon as they are full and are painted as they come
/// (`ReportRenderer.layout(_:pageDone:)`, `PDFPageWriter`), so a long table is never held as
/// a whole document of placed items: the pages and the bytes are those of laying everything
/// out first and painting after.
@Suite struct PageStreamTests {
    private func longDocument() -> Document {
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: "测试项目")],
                              issuer: "林芝市财政局制", year: "2025年")
        return RenderFixtures.document(cover: cover, body: RenderFixtures.narrative(sections: 2)
                                       + [.pageBreak, .table(RenderFixtures.indicatorTable(rows: 120))])
    }

    @Test func eachPageIsHandedOverInOrderWithItsFolio() throws {
        let session = try RenderFixtures.session()
        let document = longDocument()
        var streamed: [PageLayout] = []
        let findings = ReportRenderer(session: session).layout(document) { streamed.append($0) }
        let whole = ReportRenderer(session: session).layout(document)
        #expect(streamed.count > 8, "a long table: \(streamed.count) pages")
        #expect(streamed == whole.pages)
        #expect(findings.pageCount == streamed.count)
        #expect(findings.coverPages == 1)
        #expect(findings == whole.findings)
        for (index, page) in streamed.enumerated().dropFirst() {
            #expect(page.text.contains("— \(index) —"), "body page \(index) has its folio")
        }
    }

    @Test func aPDFPaintedWhileItIsLaidOutIsTheOnePaintedFromAllItsPages() throws {
        let session = try RenderFixtures.session()
        let document = longDocument()
        let exporter = ReportExporter(session: session)
        let painted = try exporter.renderPDF(document, options: ExportOptions(pdfa: false))
        let fromPages = try PDFWriter.data(ReportRenderer(session: session).layout(document), session: session)
        #expect(painted.bytes == fromPages)
        #expect(painted.pages == ReportRenderer(session: session).layout(document).pages.count)
        let archived = try exporter.renderPDF(document)
        #expect(archived.bytes == (try PDFFinisher.finish(fromPages, metadata: ArchiveMetadata(document.metadata))))
    }

    @Test func theWriterKeepsTheFirstFailureAndWritesNothingMore() throws {
        let session = try RenderFixtures.session()
        let pages = ReportRenderer(session: session).layout(longDocument()).pages
        let sink = MemorySink()
        let writer = PDFPageWriter(metadata: RenderFixtures.metadata, session: session, sink: sink, failAfterPages: 2)
        for page in pages { writer.add(page) }
        #expect(throws: RenderError.output(path: "PDF", reason: "injected failure after 2 pages")) { try writer.finish() }
    }
}
