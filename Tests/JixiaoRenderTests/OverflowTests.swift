import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Regressions found feeding long text through the CLI: nothing may be drawn outside the
/// text area (off the paper, or under the folio), and no text may be dropped.
@Suite struct OverflowTests {
    let geometry = PageGeometry.a4

    /// Every glyph run of the body (folios excepted) lies inside the text area.
    private func expectInsideTextArea(_ rendered: RenderedDocument, skipping skipped: Int = 0,
                                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let area = geometry.textArea
        for (index, page) in rendered.pages.enumerated().dropFirst(skipped) {
            for (origin, run) in page.runs where !run.text.contains("—") {
                let glyphXs = run.glyphs.map { origin.x + $0.x }
                #expect(origin.y <= area.maxY + 0.5, "page \(index + 1): “\(run.text)” below the text area",
                        sourceLocation: sourceLocation)
                #expect((glyphXs.min() ?? area.minX) >= area.minX - 0.5, "page \(index + 1): “\(run.text)” left of the text area",
                        sourceLocation: sourceLocation)
                #expect((glyphXs.max() ?? area.maxX) <= area.maxX + 0.5, "page \(index + 1): “\(run.text)” right of the text area",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aTableRowTallerThanAPageContinuesOnTheNextPages() throws {
        let session = try RenderFixtures.session()
        let reason = (1...400).map { "第\($0)句原因。" }.joined()
        var table = RenderFixtures.indicatorTable(rows: 3)
        table.rows[1].cells[table.rows[1].cells.count - 1] = TableCell(reason, alignment: .leading)
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.table(table)]))
        expectInsideTextArea(rendered)
        let text = rendered.pages.map(\.text).joined()
        for number in [1, 200, 400] { #expect(text.contains("第\(number)句原因")) }
        #expect(rendered.pages.count >= 4)
        for page in rendered.pages { #expect(page.text.contains("一级指标"), "the header repeats on every page") }
        #expect(text.contains("指标行3号"), "the rows after the tall one follow it")
    }
}
