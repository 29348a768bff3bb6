import Foundation
import Testing
@testable import JixiaoImport
import JixiaoCore

/// Word's automatic numbering: the label a clerk sees in front of a heading (一、（一）1.) is
/// not in the paragraph's text, so the importer counts it as Word does.
@Suite struct WordNumberingTests {
    static let main = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A report's three levels (一、 （一） 1. ), a legal fourth (2.1.1.1), and a level that never
    /// restarts; lists 1 and 2 share it; list 3 restarts it at 一.
    static let numberingXML = """
        <w:numbering \(main)><w:abstractNum w:abstractNumId="7">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="Heading1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%3."/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:isLgl/><w:lvlText w:val="%1.%2.%3.%4"/></w:lvl>
        <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlRestart w:val="0"/><w:suff w:val="nothing"/><w:lvlText w:val="%5"/></w:lvl>
        <w:lvl w:ilvl="5"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        </w:numbering>
        """

    static let stylesXML = """
        <w:styles \(main)>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>
        <w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>
        </w:styles>
        """

    static func xml(_ text: String) throws -> MarkupElement { try MarkupTree.parse(Data(text.utf8), limits: .default) }

    static func numbering() throws -> WordNumbering {
        WordNumbering(numbering: try xml(numberingXML), styles: try xml(stylesXML))
    }

    /// The `w:pPr` of a paragraph: a style and/or its own list and level.
    static func properties(style: String? = nil, list: String? = nil, level: Int? = nil) throws -> MarkupElement {
        var inner = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if list != nil || level != nil {
            inner += "<w:numPr>" + (level.map { #"<w:ilvl w:val="\#($0)"/>"# } ?? "") + (list.map { #"<w:numId w:val="\#($0)"/>"# } ?? "") + "</w:numPr>"
        }
        return try xml("<w:pPr \(main)>\(inner)</w:pPr>")
    }

    @Test func countersShowAsWordFormatsThem() {
        let counting = ListNumberFormat("chineseCounting")
        #expect([1, 10, 11, 20, 21, 100, 101, 110, 1_005, 10_000, 10_010].map(counting.text)
                == ["一", "十", "十一", "二十", "二十一", "一百", "一百零一", "一百一十", "一千零五", "一万", "一万零一十"])
        #expect(ListNumberFormat("taiwaneseCountingThousand") == .chineseCounting)  // what LibreOffice writes for 一, 二, 三
        #expect(ListNumberFormat("chineseLegalSimplified").text(11) == "壹拾壹")
        #expect(ListNumberFormat("upperRoman").text(1994) == "MCMXCIV")
        #expect(ListNumberFormat("lowerRoman").text(4) == "iv")
        #expect(ListNumberFormat("upperLetter").text(27) == "AA")
        #expect(ListNumberFormat("decimalEnclosedCircle").text(3) == "③")
        #expect(ListNumberFormat("decimalEnclosedCircle").text(21) == "21")
        #expect(ListNumberFormat("decimalFullWidth").text(12) == "１２")
        #expect(ListNumberFormat("ideographTraditional").text(11) == "甲")
        #expect(ListNumberFormat("decimalZero").text(5) == "05")
        #expect(ListNumberFormat("ideographDigital").text(105) == "一〇五")
        #expect(ListNumberFormat("ordinal").text(3) == "3")  // unknown to Jixiao: decimal, as Word falls back
    }

    @Test func aReportsLevelsCountAndRestartAsInWord() throws {
        var counters = ListCounters(try Self.numbering())
        func label(_ level: Int, list: String = "1") -> String { counters.label(for: .init(list: list, level: level)) }
        #expect([label(0), label(1), label(1), label(2), label(2), label(0), label(1), label(2)]
                == ["一、", "（一）", "（二）", "1. ", "2. ", "二、", "（一）", "1. "])
        // Legal numbering: every counter in decimal, whatever its own format (the level's is Roman).
        #expect(label(3) == "2.1.1.1 ")
        // A level with lvlRestart 0 keeps counting across higher levels; a bullet shows nothing.
        #expect([label(4), label(0), label(4), label(5)] == ["①", "三、", "②", ""])
        // A second instance of the same abstract list continues it; one with a startOverride restarts it.
        #expect(label(0, list: "2") == "四、")
        #expect(label(0, list: "3") == "一、")
        #expect(label(0, list: "99") == "")
    }

    @Test func aHostileStartValueIsBoundedNotOverflowed() throws {
        let xml = #"<w:numbering \#(Self.main)><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-9223372036854775808"/></w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        var counters = ListCounters(WordNumbering(numbering: try Self.xml(xml), styles: nil))
        #expect(counters.label(for: .init(list: "2", level: 0)) == "32767. ")
        #expect(counters.label(for: .init(list: "2", level: 0)) == "32768. ")
        #expect(counters.label(for: .init(list: "1", level: 0)) == "0. ")
        #expect(counters.label(for: .init(list: "1", level: 12)) == "")
    }

    @Test func aParagraphIsNumberedByItsOwnListOrItsStyles() throws {
        let numbering = try Self.numbering()
        // Heading1 names the list, and level 0 is linked to it; Heading2 inherits the list and sets level 1.
        #expect(numbering.reference(try Self.properties(style: "Heading1")) == .init(list: "1", level: 0))
        #expect(numbering.reference(try Self.properties(style: "Heading2")) == .init(list: "1", level: 1))
        #expect(numbering.reference(try Self.properties(style: "Heading1", level: 2)) == .init(list: "1", level: 2))
        #expect(numbering.reference(try Self.properties(list: "2", level: 1)) == .init(list: "2", level: 1))
        // numId 0 turns the style's numbering off; an unknown list, a level past nine and a
        // basedOn loop are no numbering, not a crash or a hang.
        #expect(numbering.reference(try Self.properties(style: "Heading1", list: "0")) == nil)
        #expect(numbering.reference(try Self.properties(list: "42", level: 0)) == nil)
        #expect(numbering.reference(try Self.properties(list: "1", level: 1_000_000_000)) == nil)
        #expect(numbering.reference(try Self.properties(style: "LoopA")) == nil)
        #expect(numbering.reference(try Self.properties()) == nil)
    }

    @Test func headingsNumberedByTheirStyleImportAsSections() throws {
        let document = """
            <w:document \(Self.main)><w:body>
            <w:p><w:r><w:t>项目支出绩效自评报告</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>项目基本情况</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>项目背景</w:t></w:r></w:p>
            <w:p><w:r><w:t>正文。</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>过程：权重为20%，得分18分。</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>绩效自评工作组织情况</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let content = try Self.read(document, numbering: Self.numberingXML)
        #expect(content.paragraphs.map(\.text) == ["项目支出绩效自评报告", "一、项目基本情况", "（一）项目背景", "正文。", "1. 过程：权重为20%，得分18分。", "二、绩效自评工作组织情况"])
        let reading = NarrativeReader.read(content.paragraphs)
        #expect(reading.sections.map(\.title.text) == ["项目基本情况", "绩效自评工作组织情况"])
        #expect(reading.sections.first?.sections.first?.paragraphs.map(\.text) == ["正文。", "1. 过程：权重为20%，得分18分。"])
    }

    /// A heading style whose list shows something no typed number looks like (第一章): the title
    /// drops it all the same, and the printed text keeps it.
    @Test func aHeadingStylesOwnLabelIsNotPartOfTheTitle() throws {
        let numbering = #"<w:numbering \#(Self.main)><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:pStyle w:val="Heading1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        let document = """
            <w:document \(Self.main)><w:body>
            <w:p><w:r><w:t>项目支出绩效自评报告</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>项目基本情况</w:t></w:r></w:p>
            <w:p><w:r><w:t>正文。</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>绩效自评工作组织情况</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let content = try Self.read(document, numbering: numbering)
        #expect(content.paragraphs.map(\.text)[1] == "第一章 项目基本情况")
        #expect(NarrativeReader.read(content.paragraphs).sections.map(\.title.text) == ["项目基本情况", "绩效自评工作组织情况"])
    }

    /// A .docx of `document` with this suite's styles and `numbering`.
    static func read(_ document: String, numbering: String) throws -> WordDocumentReader.Content {
        let relations = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#
        let bytes = try ZipBuilder.zip([("word/document.xml", Data(document.utf8)), ("word/_rels/document.xml.rels", Data(relations.utf8)),
                                        ("word/styles.xml", Data(stylesXML.utf8)), ("word/numbering.xml", Data(numbering.utf8))])
        return try WordDocumentReader.read(OfficePackage(bytes: bytes, file: "报告.docx", limits: .default))
    }

    /// report-numbered.docx, saved by LibreOffice from a list style: its headings have no typed
    /// number (the seed's wrong `2、` is gone too), and read as Word prints them.
    @Test func theNumberedFixtureShowsWordsNumbers() throws {
        let source = try Office.source("report-numbered.docx")
        let package = try OfficePackage(bytes: source.bytes, file: source.name, limits: .default)
        let body = String(decoding: try #require(try package.data("word/document.xml")), as: UTF8.self)
        #expect(body.contains("<w:numPr>"))
        #expect(!body.contains("一、") && !body.contains("（一）") && !body.contains("2、"))
        let texts = try WordDocumentReader.read(package).paragraphs.map(\.text)
        #expect(texts.contains("一、项目基本情况"))
        #expect(texts.contains("二、绩效自评工作组织情况。"))
        #expect(texts.contains("（四）撰写绩效自评报告。"))
        #expect(texts.contains { $0.hasPrefix("3. 效益：效益指标权重为40%") })
        #expect(texts.contains("五、其他需要说明的情况"))
    }
}
