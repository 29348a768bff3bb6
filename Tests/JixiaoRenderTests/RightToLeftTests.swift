import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Found by the fuzzer: a U+202E (right-to-left override) pasted into a heading made Cairo
/// refuse the page ("input clusters do not represent the accompanying text and glyph
/// arrays") and the whole render failed with J045. Right-to-left runs now map as one cluster.
@Suite struct RightToLeftTests {
    @Test func aRightToLeftOverrideInAHeadingStillMakesAPDF() throws {
        let session = try RenderFixtures.session()
        let body: [Block] = [
            .heading(Heading(level: 1, number: "四、", text: "改\u{202E}进意见（计划）")),
            .paragraph(Paragraph("שלום עולם 与 \u{202E}反向文字\u{202C} 混排。")),
        ]
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("rtl.pdf").path
        let result = try ReportExporter(session: session).export(
            RenderFixtures.document(body: body), to: path, options: ExportOptions(allowMissingGlyphs: true))
        #expect(result.pages == 1)
        let text = try RenderFixtures.run("pdftotext", [path, "-"]).output
        #expect(text.contains("进意见"))
    }

    @Test func charactersNoFontHasAreFoundInRightToLeftRunsToo() throws {
        let session = try RenderFixtures.session()
        let missing = ReportRenderer(session: session)
            .layout(RenderFixtures.document(body: [.paragraph(Paragraph("测试\u{202E}甲𠀀乙\u{202C}结束"))])).missingGlyphs
        #expect(missing.map(\.character) == ["𠀀"])
    }

    /// Cairo refuses text with a noncharacter and its error ends the whole PDF; a document
    /// built without the decoder (which removes them) still renders, the run without text.
    @Test func aNoncharacterInTheDocumentDoesNotEndThePDF() throws {
        let session = try RenderFixtures.session()
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("nonchar.pdf").path
        let body: [Block] = [.paragraph(Paragraph("前文\u{10FFFF}后文")), .paragraph(Paragraph("下一段照常。"))]
        let result = try ReportExporter(session: session).export(RenderFixtures.document(body: body), to: path,
                                                                 options: ExportOptions(allowMissingGlyphs: true))
        #expect(result.pages == 1)
        #expect(try RenderFixtures.run("pdftotext", [path, "-"]).output.contains("下一段照常"))
    }
}
