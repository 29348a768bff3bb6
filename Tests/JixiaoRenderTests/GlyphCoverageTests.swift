import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

@Suite struct GlyphCoverageTests {
    private func missing(in text: String, source: FieldPath = FieldPath.root.key("sections").index(1).key("text")) throws -> [MissingGlyph] {
        let session = try RenderFixtures.session()
        let document = RenderFixtures.document(body: [.paragraph(Paragraph(text, source: source))])
        return ReportRenderer(session: session).layout(document).missingGlyphs
    }

    @Test func aCharacterNoFontHasIsReportedByCodePointAndField() throws {
        let glyphs = try missing(in: "测试𠀀字符")
        #expect(glyphs.count == 1)
        #expect(glyphs.first?.character == "𠀀")
        #expect(glyphs.first?.description.contains("U+20000") == true)
        #expect(glyphs.first?.field.description == "sections[1].text")
    }

    @Test func rareCharactersOutsideGB2312FallBackToNotoCJK() throws {
        #expect(try missing(in: "堃旻𠮷").isEmpty)
    }

    @Test func tibetanRendersInParagraphsAndOnTheCover() throws {
        let tibetan = "བཀྲ་ཤིས་བདེ་ལེགས། ཉིང་ཁྲི།"
        #expect(try missing(in: tibetan).isEmpty)
        let session = try RenderFixtures.session()
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: tibetan)], issuer: nil, year: nil)
        let rendered = ReportRenderer(session: session).layout(RenderFixtures.document(cover: cover, body: []))
        #expect(rendered.missingGlyphs.isEmpty)
        #expect(rendered.pages[0].text.contains("བཀྲ་ཤིས"))
    }

    @Test func theSeedsCharactersAreAllInTheFandolFonts() throws {
        let session = try RenderFixtures.session()
        let seed = try String(contentsOf: RenderFixtures.repository.appendingPathComponent("assets/examples/linzhi-2024-kunnan-zhigong.yaml"), encoding: .utf8)
        let paragraph = session.typeset(seed, style: TextStyle(role: .fangSong, size: 16), width: 442)
        #expect(paragraph.missingCharacters.isEmpty)
        let fonts = Set(paragraph.lines.flatMap(\.runs).compactMap { session.fonts.font($0.font)?.file })
        // allSatisfy holds for an empty set: first make sure the runs named their fonts.
        try #require(fonts.count >= 1, "no glyph run named a font file")
        #expect(fonts.allSatisfy { $0.contains("Fandol") }, "seed text needs no fallback font: \(fonts)")
    }
}
