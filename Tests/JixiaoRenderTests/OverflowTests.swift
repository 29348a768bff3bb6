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

    /// Found by the fuzzer: a spanning cell (二级指标, 项目资金（unit）) with more text than a page
    /// holds was cut to what fit its first frame.
    @Test func aSpanningCellLongerThanAPageContinuesToo() throws {
        let session = try RenderFixtures.session()
        let name = (1...300).map { "第\($0)段名称" }.joined()
        var table = RenderFixtures.indicatorTable(rows: 8)
        table.rows[4].cells[0] = TableCell(name, rowSpan: 4)   // the 二级指标 cell of rows 5–8
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.table(table)]))
        expectInsideTextArea(rendered)
        let text = rendered.pages.map(\.text).joined()
        for number in [1, 150, 300] { #expect(text.contains("第\(number)段名称")) }
        for row in 1...8 { #expect(text.contains("指标行\(row)号")) }
    }

    @Test func aLongCoverLabelWrapsInsteadOfPushingValuesOffThePage() throws {
        let session = try RenderFixtures.session()
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [
            CoverField(label: "项目名称", value: "困难职工帮扶配套资金"),
            CoverField(label: String(repeating: "很长的栏目名称", count: 6), value: "林芝市总工会"),
        ], issuer: "林芝市财政局制", year: "2025年")
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(cover: cover, body: []))
        expectInsideTextArea(rendered)
        #expect(rendered.coverOverflow == nil)
        #expect(rendered.pages[0].text.contains("困难职工帮扶配套资金"))
        #expect(rendered.pages[0].text.contains("林芝市总工会"))
    }

    @Test func aCoverThatDoesNotFitOnOnePageNamesTheFirstFieldPastIt() throws {
        let session = try RenderFixtures.session()
        let fields = (1...30).map { CoverField(label: "栏目\($0)", value: "内容\($0)") }
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: fields, issuer: "林芝市财政局制", year: "2025年")
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(cover: cover, body: []))
        #expect(rendered.coverOverflow?.description == "cover.fields[10]")
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("cover.pdf").path
        #expect(throws: RenderError.coverOverflow(field: FieldPath.root.key("cover").key("fields").index(10))) {
            try ReportExporter(session: session).export(RenderFixtures.document(cover: cover, body: []), to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(RenderError.coverOverflow(field: .root).diagnostic.code == .coverOverflow)
    }

    @Test func nineCoverFieldsStillFit() throws {
        let session = try RenderFixtures.session()
        let fields = (1...9).map { CoverField(label: "栏目\($0)", value: "内容\($0)") }
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: fields, issuer: "林芝市财政局制", year: "2025年")
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(cover: cover, body: []))
        #expect(rendered.coverOverflow == nil)
        expectInsideTextArea(rendered)
    }

    @Test func longSignatureLinesAndDateWrapInsideTheTextArea() throws {
        let session = try RenderFixtures.session()
        let unit = "单位（盖章）：林芝市总工会困难职工帮扶中心暨林芝市职工服务中心"
        let date = "二〇二五年五月十二日（本报告经单位负责人审核同意后报送林芝市财政局绩效管理科）"
        let block = SignatureBlock(lines: ["填报人（签字）：仁青卓玛、扎西顿珠、次仁央宗、格桑曲珍", "单位负责人（签字）：", unit], date: date)
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.signature(block)]))
        expectInsideTextArea(rendered)
        let text = rendered.pages.map(\.text).joined()
        for piece in ["格桑曲珍", "职工服务中心", "二〇二五年", "绩效管理科）"] { #expect(text.contains(piece)) }
    }

    @Test func aSignatureBlockLongerThanAPageFlowsOn() throws {
        let session = try RenderFixtures.session()
        let lines = (1...30).map { "第\($0)位签字人：" }
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(body: [.signature(SignatureBlock(lines: lines, date: "2025年5月12日"))]))
        expectInsideTextArea(rendered)
        #expect(rendered.pages.count >= 2)
        let text = rendered.pages.map(\.text).joined()
        #expect(text.contains("第30位签字人") && text.contains("2025年5月12日"))
    }
}
