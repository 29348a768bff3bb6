import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Pango breaks the lines (UAX #14), and UAX #14 forbids a break on either side of a
/// quotation mark: “…” glued the text around it into one unbreakable chain, so
/// “送温暖、“8.19”医师节” had to move whole to the next line and the line before it was
/// stretched over six empty character widths. `TextPreparation` gives Pango the breaks
/// Chinese typesetting allows there; these tests hold the seed to it.
@Suite struct LineBreakingTests {
    private let style = TextStyle(role: .fangSong, size: 16, firstLineIndent: 32)
    private let width = 156 * 72 / 25.4

    /// The seed paragraph with the loose line, as the example file has it.
    private let quoted = "本项目主要内容包括送温暖工作，具体实施了多次送温暖活动，涉及多个节日和特定人群，如2024年西藏民主改革65周年送温暖、2024年“五送”活动送温暖、2024年“5.12”护士节送温暖、开展“情系守边人 关怀暖人心”送温暖、“8.19”医师节送温暖、教师节慰问、中国农民工丰收节慰问、2024年驻村工作队慰问、“国庆节”送温暖、职工劳动技能竞赛慰问、“10.26”世界环卫工人日送温暖、“11.8”中国记者节送温暖。"

    /// How far short of the text width each line but the last would end unjustified, points.
    private func slack(_ paragraph: TypesetParagraph, session: RenderSession) -> [Double] {
        paragraph.lines.enumerated().dropLast().map { index, line in
            let indent = index == 0 ? style.firstLineIndent : 0
            return width - indent - session.naturalWidth(of: line.text, style: TextStyle(role: .fangSong, size: 16))
        }
    }

    /// Short of the width by less than two characters: what 禁则 may push to the next line (a
    /// character with the 、 that must follow it), never a whole quoted phrase (98 pt before).
    @Test func noLineOfTheQuotedSeedParagraphIsStretchedByTwoCharactersOrMore() throws {
        let session = try RenderFixtures.session()
        let paragraph = session.typeset(quoted, style: style, width: width)
        let loose = slack(paragraph, session: session).enumerated().filter { $0.element >= 2 * style.size }
        #expect(loose.isEmpty, "lines with two characters of slack or more: \(loose.map { "\($0.offset + 1): \(Int($0.element)) pt" }) \(paragraph.lines.map(\.text))")
    }

    @Test func theBreakHintsAreNotPartOfTheText() throws {
        let session = try RenderFixtures.session()
        let paragraph = session.typeset(quoted, style: style, width: width)
        let text = paragraph.lines.map(\.text).joined()
        #expect(!text.unicodeScalars.contains("\u{200B}"))
        #expect(text.unicodeScalars.elementsEqual(quoted.unicodeScalars), "the typed space is not U+0020 in the copied text")
    }

    @Test func quotesStillNeverStartOrEndALineWrongly() throws {
        let session = try RenderFixtures.session()
        let text = String(repeating: "开展“情系守边人”送温暖、“8.19”医师节；", count: 40)
        let lines = session.typeset(text, style: style, width: width).lines.map(\.text)
        #expect(lines.count > 10)
        for line in lines {
            #expect(!"。，、；：？！）》」』”’…%".contains(line.first ?? " "), "starts with a closing mark: \(line)")
            #expect(!"（《「『“‘".contains(line.last ?? " "), "ends with an opening mark: \(line)")
        }
    }
}
