import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

@Suite struct PaginatorTests {
    let geometry = PageGeometry.a4

    @Test func bodyTextStaysInsideTheTextArea() throws {
        let session = try RenderFixtures.session()
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: RenderFixtures.narrative(sections: 5)))
        let area = geometry.textArea
        for page in rendered.pages {
            for (origin, run) in page.runs where origin.y < area.maxY {      // folios sit below, on purpose
                for glyph in run.glyphs {
                    #expect(origin.x + glyph.x >= area.minX - 0.5)
                    #expect(origin.x + glyph.x + 0.5 * run.size <= area.maxX + 1)
                }
                #expect(origin.y - 0.88 * run.size >= area.minY - 0.5)
            }
        }
    }

    @Test func fullPagesHoldTwentyTwoLinesOnTheGrid() throws {
        let session = try RenderFixtures.session()
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: RenderFixtures.narrative(sections: 6)))
        #expect(rendered.pages.count >= 3)
        let baselines = Set(rendered.pages[0].runs.map { ($0.origin.y * 100).rounded() / 100 }.filter { $0 < geometry.textArea.maxY })
        #expect(baselines.count == geometry.linesPerPage)
        let sorted = baselines.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(abs(b - a - geometry.pitch) < 0.02)
        }
    }

    @Test func noPageEndsWithAHeading() throws {
        let session = try RenderFixtures.session()
        for sections in 1...8 {
            let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: RenderFixtures.narrative(sections: sections, paragraphsEach: 1)))
            // With no outline entries the loop below would check nothing.
            try #require(rendered.pages.reduce(0) { $0 + $1.outline.count } >= 3 * sections, "headings missing from the outline")
            for page in rendered.pages {
                let lowest = page.runs.map(\.origin.y).filter { $0 < geometry.textArea.maxY }.max() ?? 0
                for entry in page.outline {
                    #expect(lowest > entry.y + geometry.pitch, "heading \(entry.title) is the last line of its page")
                }
            }
        }
    }

    @Test func foliosAlternateSidesAndCoverHasNone() throws {
        let session = try RenderFixtures.session()
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: "测试")], issuer: "林芝市财政局制", year: "2025年")
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(cover: cover, body: RenderFixtures.narrative(sections: 6)))
        #expect(!rendered.pages[0].text.contains("—"))
        for (index, page) in rendered.pages.enumerated().dropFirst() {
            let folio = page.runs.filter { $0.origin.y > geometry.textArea.maxY }
            #expect(folio.map(\.run.text).joined().replacingOccurrences(of: " ", with: "") == "—\(index)—")
            let x = folio.map(\.origin.x).min() ?? 0
            #expect(index % 2 == 1 ? x > geometry.textArea.midX : x < geometry.textArea.midX)
        }
    }

    @Test func longTableRepeatsItsHeaderAndNeverSplitsARow() throws {
        let session = try RenderFixtures.session()
        let rows = 60
        let body: [Block] = [.paragraph(Paragraph("项目支出绩效自评表", style: .title)), .table(RenderFixtures.indicatorTable(rows: rows))]
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: body))
        #expect(rendered.pages.count >= 2)
        for page in rendered.pages {
            #expect(page.text.contains("一级指标"), "every table page starts with the header row")
        }
        for index in 1...rows {
            let pages = rendered.pages.filter { $0.text.contains("指标行\(index)号") }
            #expect(pages.count == 1, "row \(index) appears on exactly one page")
            // A split row would leave the end of its reason on the next page.
            if index % 2 == 1, let page = pages.first {
                #expect(page.text.contains(RenderFixtures.longReason(row: index)), "row \(index)'s whole reason is on its page")
            }
        }
    }

    /// Wherever the page breaks, 合计 and 自评等级 share a page, and the signature block is on
    /// that page too (the seed once put 自评等级 and the signature on a page of their own,
    /// leaving 合计 behind).
    @Test func theTablesFootStaysTogetherAndWithTheSignature() throws {
        let session = try RenderFixtures.session()
        for rows in stride(from: 1, through: 40, by: 1) {
            var table = RenderFixtures.indicatorTable(rows: rows)
            table.rows.append(TableRow([TableCell("合计", colSpan: 5, style: .head), TableCell("100"), TableCell("88"), TableCell("")]))
            table.rows.append(TableRow([TableCell("自评等级", colSpan: 5, style: .head), TableCell("良", colSpan: 3)]))
            table.footRows = 2
            let body: [Block] = [.table(table), .signature(SignatureBlock(lines: ["填报人（签字）：", "单位负责人（签字）：", "单位（盖章）："],
                                                                          date: "2025年5月12日"))]
            let pages = ReportRenderer(session: session).layout(RenderFixtures.document(body: body)).pages
            func page(of text: String) -> Int? { pages.firstIndex { $0.text.contains(text) } }
            #expect(page(of: "合计") != nil && page(of: "合计") == page(of: "自评等级"), "\(rows) rows: the foot is split")
            #expect(page(of: "自评等级") == page(of: "单位负责人"), "\(rows) rows: the signature left the table")
        }
    }

    @Test func userTextIsNeverMarkup() throws {
        let session = try RenderFixtures.session()
        let text = "<b>粗体</b> &amp; <span foreground=\"red\">红</span> 5 < 6 & 7"
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.paragraph(Paragraph(text))]))
        let shown = rendered.pages.map(\.text).joined().replacingOccurrences(of: "\u{2002}", with: " ")
        #expect(shown.contains("<b>粗体</b>"))
        #expect(shown.contains("&amp;"))
        #expect(shown.contains("5 < 6 & 7"))
    }
}

extension Rect {
    var midX: Double { origin.x + size.width / 2 }
}
