import Foundation
import Testing
@testable import JixiaoCore

/// The composed document: numbered narrative, the attachment table and the signature.
@Suite struct ComposerTests {
    typealias F = ScoreFixtures

    static func compose(_ input: ReportInput = F.seed(), scheme: Scheme = F.linzhi2024) throws -> Document {
        Composer.compose(try Scorer.score(input, scheme: scheme))
    }

    static func headings(_ document: Document) -> [String] {
        document.body.compactMap { block in
            if case .heading(let heading) = block { return heading.fullText }
            return nil
        }
    }

    /// The paragraphs printed directly under the heading `title`.
    static func paragraphs(under title: String, in document: Document) -> [String] {
        var result: [String] = []
        var inside = false
        for block in document.body {
            switch block {
            case .heading(let heading): inside = heading.text == title
            case .paragraph(let paragraph) where inside: result.append(paragraph.text)
            default: inside = false
            }
        }
        return result
    }

    static func tables(_ document: Document) -> [Table] {
        document.body.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    @Test func headingsAreNumberedByTheProgram() throws {
        let headings = Self.headings(try Self.compose())
        #expect(headings.filter { !$0.hasPrefix("（") } == [
            "一、项目基本情况", "二、绩效自评工作组织情况", "三、绩效指标分析情况", "四、改进意见（计划）", "五、其他需要说明的情况",
        ])
        #expect(headings.prefix(5) == ["一、项目基本情况", "（一）项目背景", "（二）主要内容及实施情况", "（三）资金投入使用",
                                       "（四）预期总体目标及完成情况"])
        #expect(headings.contains("（二）评价指标分析"))
    }

    @Test func deeperLevelsAndLargeNumbers() {
        #expect(HeadingNumber.number(level: 3, index: 2) == "2.")
        #expect(HeadingNumber.number(level: 4, index: 3) == "（3）")
        #expect(HeadingNumber.number(level: 2, index: 11) == "（十一）")
        let numerals = [1, 2, 10, 11, 12, 19, 20, 21, 99].map(ChineseNumeral.string)
        #expect(numerals == ["一", "二", "十", "十一", "十二", "十九", "二十", "二十一", "九十九"])
    }

    @Test func userTextWinsOverGeneratedText() throws {
        let document = try Self.compose(F.seed(generated: false))
        #expect(Self.paragraphs(under: "资金投入使用", in: document) == [
            "本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为100万元，资金使用情况良好，全部用于项目既定内容，未出现超支或挪用情况。",
        ])
        // a paragraph that starts with its own number stays as written
        #expect(Self.paragraphs(under: "评价指标分析", in: document) == ["1. 过程：过程指标权重为20%，实际得分18分。"])
    }

    @Test func generatedTextStandsWhereTheUserWroteNone() throws {
        let document = try Self.compose(F.seed(generated: true))
        #expect(Self.paragraphs(under: "资金投入使用", in: document) == [
            "本项目预算计划安排资金100万元，实际分配下达资金100万元，实际支出金额为100万元，资金支出率为100%。",
        ])
        #expect(Self.paragraphs(under: "自评分数", in: document).first?.hasSuffix("本项目最终得分为88分，等级为良。") == true)
        let analysis = Self.paragraphs(under: "评价指标分析", in: document)
        #expect(analysis.map { String($0.prefix(5)) } == ["1. 过程", "2. 产出", "3. 效益"])
    }

    @Test func sectionWithNeitherTextNorGenerateHasOnlyItsHeading() throws {
        var input = F.seed()
        input.sections = [F.section("其他需要说明的情况")]
        let document = try Self.compose(input)
        #expect(Self.paragraphs(under: "其他需要说明的情况", in: document).isEmpty)
    }

    @Test func attachmentFollowsOnANewPage() throws {
        let body = try Self.compose().body
        let start = try #require(body.firstIndex(of: .pageBreak))
        #expect(body[start + 1] == .paragraph(Paragraph("附件", style: .label)))
        #expect(body[start + 2] == .paragraph(Paragraph("项目支出绩效自评表", style: .title, outlineTitle: "项目支出绩效自评表")))
        guard case .table = body[start + 3], case .table = body[start + 4] else {
            Issue.record("expected the header block and the indicator table after the title")
            return
        }
        #expect(body.last == .signature(SignatureBlock(lines: SignatureInfo.defaultLines, date: "2025年5月12日")))
    }

    @Test func signatureDateDefaultsToBlanks() throws {
        var input = F.seed()
        input.signature = SignatureInfo()
        #expect(try Self.compose(input).body.last == .signature(SignatureBlock(lines: SignatureInfo.defaultLines,
                                                                                 date: "    年    月    日")))
    }

    @Test func metadataAndCover() throws {
        let document = try Self.compose()
        #expect(document.metadata.title == "困难职工帮扶（1:1）配套资金绩效自评报告")
        #expect(document.metadata.author == "林芝市总工会")
        #expect(document.metadata.subject == "项目支出绩效自评报告")
        #expect(document.metadata.creator == "jixiao " + JixiaoVersion.current)
        #expect(document.metadata.creationDate?.description == "2025-05-12")
        #expect(document.metadata.keywords.contains("困难职工帮扶（1:1）配套资金"))
        #expect(document.cover?.lines.map(\.label) == ["项目名称", "项目主管部门（单位）", "填报人姓名", "联系电话", "填报日期"])
        #expect(document.cover?.issuer?.text == "林芝市财政局制")
        #expect(document.cover?.year?.text == "2025年")
    }

    /// Render names the field of a character no font has from these paths alone.
    @Test func everyPrintedCoverAndSignatureTextNamesItsField() throws {
        let document = try Self.compose()
        let cover = try #require(document.cover)
        #expect(cover.title.source?.description == "cover.title")
        #expect(cover.lines.map { $0.source?.description } == (1...5).map { "cover.fields[\($0)]" })
        #expect(cover.issuer?.source?.description == "cover.issuer")
        guard case .signature(let signature) = document.body.last else {
            Issue.record("the document does not end with the signature block")
            return
        }
        #expect(signature.lines.map { $0.source?.description } == (1...3).map { "signature.lines[\($0)]" })
        #expect(signature.date.source?.description == "signature.date")
    }
}
