import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// A4 landscape for the batch's 汇总表, beside an unchanged portrait page.
@Suite struct LandscapeGeometryTests {
    /// The portrait page every report uses is still GB/T 9704's: adding landscape changed nothing.
    @Test func portraitIsStillTheOfficialPage() {
        let mm = PageGeometry.millimetre
        let portrait = PageGeometry.a4
        #expect(portrait.pageSize == Size(width: 595.28, height: 841.89))
        #expect(portrait.textArea == Rect(x: 28 * mm, y: 37 * mm, width: 156 * mm, height: 225 * mm))
        #expect(portrait.linesPerPage == 22)
        #expect(ExportOptions().geometry == .a4)
    }

    /// The text area turned with the page: 225 × 156 mm inside 297 × 210 mm, on a pitch within
    /// 2% of portrait's, so body text keeps its look.
    @Test func landscapeTurnsTheTextAreaWithThePage() {
        let landscape = PageGeometry.a4Landscape
        #expect(landscape.pageSize == Size(width: 841.89, height: 595.28))
        let area = landscape.textArea
        #expect(area.minX > 0 && area.maxX < landscape.pageSize.width && area.minY > 0 && area.maxY < landscape.pageSize.height)
        #expect(abs(area.size.width - PageGeometry.a4.textArea.size.height) < 0.01)
        #expect(abs(area.size.height - PageGeometry.a4.textArea.size.width) < 0.01)
        #expect(abs(landscape.pitch / PageGeometry.a4.pitch - 1) < 0.02)
        let folioBaseline = area.maxY + landscape.folioDrop + 0.88 * landscape.folioSize
        #expect(folioBaseline < landscape.pageSize.height - 10 * PageGeometry.millimetre)
    }

    @Test func aLongTableOnLandscapePagesRepeatsItsHeaderInsideTheTextArea() throws {
        let session = try RenderFixtures.session()
        let geometry = PageGeometry.a4Landscape
        let body: [Block] = [.paragraph(Paragraph("项目支出绩效自评汇总表", style: .title)), .table(RenderFixtures.indicatorTable(rows: 40))]
        let rendered = ReportRenderer(session: session, geometry: geometry).layout(RenderFixtures.document(body: body))
        #expect(rendered.pages.count >= 3)
        for (index, page) in rendered.pages.enumerated() {
            #expect(page.size == geometry.pageSize)
            #expect(page.text.contains("一级指标"), "page \(index + 1) starts with the header row")
            #expect(page.text.contains("— \(index + 1) —"), "page \(index + 1) has its folio")
            for item in page.items {
                guard case .rule(let to, _) = item.item else { continue }
                #expect(item.origin.x >= geometry.textArea.minX - 0.5 && to.x <= geometry.textArea.maxX + 0.5)
                #expect(item.origin.y >= geometry.textArea.minY - 0.5 && to.y <= geometry.textArea.maxY + 0.5)
            }
        }
    }
}
