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

    /// 150 indicator rows (spans of 8 and 4 rows, long reasons) with a two-row foot.
    private func longTableWithFoot() -> Table {
        var table = RenderFixtures.indicatorTable(rows: 150)
        table.rows += [TableRow([TableCell("总分", colSpan: 5), TableCell("100"), TableCell("95"), TableCell("")]),
                       TableRow([TableCell("自评等级", colSpan: 5), TableCell("优", colSpan: 3)])]
        table.footRows = 2
        return table
    }

    @Test func bandsNeverCutASpanAndEndWithTheFootAndARowBeforeIt() throws {
        let table = longTableWithFoot()
        let bands = try #require(TableBands(table, rowsPerBand: 5))
        #expect(bands.bands.count > 10)
        #expect(bands.bands.first?.lowerBound == 0 && bands.bands.last?.upperBound == table.rows.count)
        for (band, next) in zip(bands.bands, bands.bands.dropFirst()) {
            #expect(band.upperBound == next.lowerBound)
            #expect(band.lowerBound % 8 == 0, "the 8-row 产出指标 cells are never cut: band \(band)")
        }
        #expect((bands.bands.last?.count ?? 0) >= 3, "the foot and the row before it")
        var labelled = table
        labelled.sideLabel = TableCell("绩效指标")
        #expect(TableBands(labelled, rowsPerBand: 5) == nil, "a side label runs beside all of a page's rows")
        var widening = table
        widening.columns[7].maximumLines = 8
        #expect(TableBands(widening, rowsPerBand: 5) == nil, "a widened column is measured from all its cells")
        #expect(TableBands(RenderFixtures.indicatorTable(rows: 60)) == nil, "no longer than one band")
    }

    @Test func aLongTablePlacedBandByBandGivesThePagesOfTheWholeTable() throws {
        let session = try RenderFixtures.session()
        let blocks = RenderFixtures.narrative(sections: 1) + [.table(longTableWithFoot())] + RenderFixtures.narrative(sections: 1)
        func pages(rowsPerBand: Int) -> [PageLayout] {
            var pages: [PageLayout] = []
            var paginator = Paginator(session: session, geometry: .a4)
            paginator.rowsPerBand = rowsPerBand
            _ = paginator.paginate(blocks) { pages.append($0) }
            return pages
        }
        let whole = pages(rowsPerBand: .max)
        #expect(whole.count > 10)
        for rowsPerBand in [5, 7, 64] {
            #expect(pages(rowsPerBand: rowsPerBand) == whole, "\(rowsPerBand) rows per band")
        }
    }
}
