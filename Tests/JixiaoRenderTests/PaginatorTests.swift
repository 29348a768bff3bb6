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

    /// Wherever the page breaks, 合计 shares its page with 自评等级 and with the last indicator
    /// row, no page holds only the repeated header and the foot, and the signature block is
    /// whole: after the foot on its page, or alone at the top of the next one.
    @Test func theTablesFootStaysWithTheLastIndicatorRow() throws {
        let session = try RenderFixtures.session()
        let signature = SignatureBlock(lines: ["填报人（签字）：", "单位负责人（签字）：", "单位（盖章）："], date: "2025年5月12日")
        var signatureMoved = 0
        for rows in 1...40 {
            var table = RenderFixtures.indicatorTable(rows: rows)
            table.rows.append(TableRow([TableCell("合计", colSpan: 5, style: .head), TableCell("100"), TableCell("88"), TableCell("")]))
            table.rows.append(TableRow([TableCell("自评等级", colSpan: 5, style: .head), TableCell("良", colSpan: 3)]))
            table.footRows = 2
            let pages = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.table(table), .signature(signature)])).pages
            func page(of text: String) -> Int? { pages.firstIndex { $0.text.contains(text) } }
            let total = try #require(page(of: "合计"), "\(rows) rows: no 合计")
            #expect(page(of: "自评等级") == total, "\(rows) rows: the foot is split")
            #expect(page(of: "指标行\(rows)号") == total, "\(rows) rows: 合计 left the last indicator row")
            for (index, laidOut) in pages.enumerated() where laidOut.text.contains("合计") {
                #expect(laidOut.text.contains("指标行"), "\(rows) rows: page \(index + 1) holds the header and the foot only")
            }
            let signed = page(of: "填报人")
            #expect(signed == page(of: "单位（盖章）") && signed == page(of: "2025年5月12日"), "\(rows) rows: the signature is split")
            #expect(signed == total || signed == total + 1, "\(rows) rows: the signature is not after the table")
            if signed == total + 1 { signatureMoved += 1 }
        }
        // Some break positions must send the signature on alone, or the loop checked only one case.
        #expect(signatureMoved > 0)
    }

    /// Both examples as composed: 合计 (林芝) or 总分 (national) is printed on the page of the
    /// last indicator row.
    @Test(arguments: ["national-2020-example.yaml", "linzhi-2024-kunnan-zhigong.yaml"])
    func theExamplesTotalIsOnThePageOfTheirLastIndicatorRow(_ example: String) throws {
        let file = RenderFixtures.repository.appendingPathComponent("assets/examples/\(example)")
        let report = try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: file)), origin: .file(example))
        let pages = ReportRenderer(session: try RenderFixtures.session()).layout(Composer.compose(report)).pages
        let last = try #require(report.levels.last?.groups.last?.rows.last?.name)
        let table = try #require(pages.firstIndex { $0.text.contains("一级指标") })
        let label = TableForm.form(for: report.scheme.form).totalLabel
        let total = try #require(pages.indices.first { $0 >= table && pages[$0].text.contains(label) })
        #expect(pages[total].text.contains(last))
        #expect(pages[total].text.contains(ScoreFormat.number(report.total)))
    }

    @Test func userTextIsNeverMarkup() throws {
        let session = try RenderFixtures.session()
        let text = "<b>粗体</b> &amp; <span foreground=\"red\">红</span> 5 < 6 & 7"
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.paragraph(Paragraph(text))]))
        let shown = rendered.pages.map(\.text).joined()
        #expect(shown.contains("<b>粗体</b>"))
        #expect(shown.contains("&amp;"))
        #expect(shown.contains("5 < 6 & 7"))
    }
}

extension Rect {
    var midX: Double { origin.x + size.width / 2 }
}
