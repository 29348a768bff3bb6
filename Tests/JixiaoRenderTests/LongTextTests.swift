import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Regression: Pango's 32-bit advance sums overflowed on paragraphs past ~100,000 characters,
/// so a 5 MB paragraph came out as a few hundred overlong lines running off the page.
@Suite struct LongTextTests {
    private let style = TextStyle(role: .fangSong, size: 16, firstLineIndent: 32)
    private let width = 442.0

    private func sentences(_ count: Int) -> String {
        (1...count).map { "第\($0)句话写在这里。" }.joined()
    }

    @Test func everyCharacterOfAVeryLongParagraphIsOnALineThatFits() throws {
        let session = try RenderFixtures.session()
        let text = sentences(30_000)
        let paragraph = session.typeset(text, style: style, width: width)
        #expect(paragraph.lines.map(\.text).joined() == text)
        let widest = paragraph.lines.map(\.maxX).max() ?? 0
        #expect(widest <= width + 0.5, "a line runs past the text width: \(widest)")
        // Justified: every line but the last is filled to the width (not one overlong line).
        let short = paragraph.lines.dropLast().filter { $0.maxX < width - 0.5 }
        #expect(short.isEmpty, "\(short.count) lines are not full")
        #expect(paragraph.lines.count > 10_000)
    }

    @Test func piecesBreakWhereTheWholeTextBreaks() throws {
        let session = try RenderFixtures.session()
        let text = sentences(1_000)   // ~13,000 characters: one layout can still take it whole
        #expect(text.utf8.count > LongTextTypesetter.pieceBytes)
        session.layout.set(text, style: style, width: width)
        let whole = session.layout.lines(fonts: session.fonts).lines.map(\.text)
        let pieces = session.typeset(text, style: style, width: width).lines.map(\.text)
        #expect(pieces == whole)
    }

    @Test func aLineBreakTheUserTypedContinuesFlushAcrossPieces() throws {
        let session = try RenderFixtures.session()
        let text = sentences(600) + "\n" + sentences(600)
        let lines = session.typeset(text, style: style, width: width).lines
        #expect(lines.map(\.text).joined() == text.replacingOccurrences(of: "\n", with: ""))
        let afterBreak = try #require(lines.dropFirst().firstIndex { $0.text.hasPrefix("第1句") })
        #expect(lines[0].minX == 32, "the paragraph's first line is indented two characters")
        #expect(lines[afterBreak].minX == 0, "the line after a typed line break starts flush")
        #expect(lines[afterBreak - 1].text.hasSuffix("在这里。"), "the line before the break ends the first part")
    }

    @Test func aShortParagraphWithALineBreakIndentsOnlyItsFirstLine() throws {
        let session = try RenderFixtures.session()
        let lines = session.typeset("第一行\n第二行\r\n第三行", style: style, width: width).lines
        #expect(lines.map(\.text) == ["第一行", "第二行", "第三行"])
        #expect(lines.map(\.minX) == [32, 0, 0])
    }

    /// Found by the fuzzer: 16,000 copies of one missing character, each paired with a long
    /// field path and hashed, took 3 s; each missing character is now listed once per text.
    @Test func aMissingCharacterIsListedOncePerText() throws {
        let session = try RenderFixtures.session()
        let paragraph = session.typeset(String(repeating: "𠀀字", count: 5_000), style: style, width: width)
        #expect(paragraph.missingCharacters == ["𠀀"])
    }

    @Test func naturalWidthOfLongTextKeepsGrowing() throws {
        let session = try RenderFixtures.session()
        let short = session.naturalWidth(of: String(repeating: "字", count: 1_000), style: style)
        let long = session.naturalWidth(of: String(repeating: "字", count: 300_000), style: style)
        #expect(abs(short - 16_000) < 1)
        #expect(abs(long - 4_800_000) < 300)
    }
}
