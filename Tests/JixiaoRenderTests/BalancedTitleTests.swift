import Foundation
import Testing
@testable import JixiaoRender

/// A centred title breaks evenly: the real 永德县 table's cover title set 12 characters over
/// 1 ("2022年度项目支出绩效自评 / 表") and the Linzhi body title broke inside 绩效.
@Suite struct BalancedTitleTests {
    static let width = PageGeometry.a4.textArea.size.width

    @Test(arguments: ["2022年度项目支出绩效自评表", "困难职工帮扶（1:1）配套资金项目支出绩效自评报告"])
    func aCentredTitleEndsOnNoLoneCharacters(_ title: String) throws {
        let session = try RenderFixtures.session()
        let style = title.count < 20 ? CoverLayout.titleStyle : TextStyle(role: .songTi, size: 22, bold: true, alignment: .center)
        let natural = session.typeset(title, style: style, width: Self.width).lines.map(\.text)
        let set = session.typesetBalanced(title, style: style, width: Self.width).lines
        let balanced = set.map(\.text)
        #expect(natural.count == 2, "the title needs two lines: \(natural)")
        #expect(balanced.count == natural.count)
        #expect(balanced.joined() == natural.joined(), "no character lost or added")
        // Digits are narrow, so widths, not character counts, say how even the lines are.
        let widths = set.map { $0.maxX - $0.minX }
        #expect((widths.min() ?? 0) >= 0.7 * (widths.max() ?? 0), "evenly broken: \(balanced) \(widths) (natural: \(natural))")
        #expect((widths.max() ?? 0) <= Self.width)
    }

    @Test func aOneLineTitleIsLeftAlone() throws {
        let session = try RenderFixtures.session()
        let style = CoverLayout.titleStyle
        #expect(session.typesetBalanced("项目支出绩效自评报告", style: style, width: Self.width)
                == session.typeset("项目支出绩效自评报告", style: style, width: Self.width))
    }

    static let documentTitleStyle = TextStyle(role: .songTi, size: 22, bold: true, alignment: .center)

    /// The composed title breaks between the project's name and 项目支出绩效自评报告, not inside
    /// a word of the name (配套 / 资金, as the even break gave).
    @Test func aTitleBreaksAtItsPreferredBreakWhenThePartsFit() throws {
        let session = try RenderFixtures.session()
        let title = "困难职工帮扶（1:1）配套资金项目支出绩效自评报告"
        let lines = session.typesetBalanced(title, style: Self.documentTitleStyle, width: Self.width,
                                            preferredBreaks: [title.count - 10]).lines.map(\.text)
        #expect(lines == ["困难职工帮扶（1:1）配套资金", "项目支出绩效自评报告"])
    }

    /// A name too long for one line would make the preferred break cost a third line: the title
    /// keeps its two even lines instead.
    @Test func aPreferredBreakThatCostsALineIsNotTaken() throws {
        let session = try RenderFixtures.session()
        let name = "林芝市巴宜区农牧民职业技能培训暨困难职工帮扶送温暖"
        let title = name + "项目支出绩效自评报告"
        let plain = session.typesetBalanced(title, style: Self.documentTitleStyle, width: Self.width).lines.map(\.text)
        let preferred = session.typesetBalanced(title, style: Self.documentTitleStyle, width: Self.width,
                                                preferredBreaks: [name.count]).lines.map(\.text)
        #expect(session.typeset(name, style: Self.documentTitleStyle, width: Self.width).lines.count == 2)
        #expect(plain.count == 2)
        #expect(preferred == plain)
    }
}
