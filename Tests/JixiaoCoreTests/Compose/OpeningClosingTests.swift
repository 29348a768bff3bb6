import Foundation
import Testing
@testable import JixiaoCore

/// The document title and opening paragraph that open the body, and the 落款 that closes the
/// narrative: generated from the project when the report writes none, never citing a notice.
@Suite struct OpeningClosingTests {
    static func compose(_ text: String) throws -> Document {
        Composer.compose(try ReportPipeline.score(bytes: Array(text.utf8), origin: .file("r.yaml")))
    }

    static func paragraphs(_ document: Document) -> [Paragraph] {
        document.body.compactMap { block in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
    }

    static func closing(_ document: Document) -> ClosingBlock? {
        document.body.lazy.compactMap { block -> ClosingBlock? in
            if case .closing(let closing) = block { return closing }
            return nil
        }.first
    }

    static func example(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Repo.url("assets/examples/" + name)), as: UTF8.self)
    }

    static let national = "national-2020-example.yaml"

    /// The name already holds its year (2023年…项目): the year is not said twice, 项目 not added.
    @Test func theDefaultsComeFromTheProject() throws {
        let document = try Self.compose(try Self.example(Self.national))
        guard case .paragraph(let title) = document.body.first else {
            Issue.record("the body does not open with the title")
            return
        }
        #expect(title.style == .documentTitle)
        #expect(title.text == "2023年农村饮水安全工程维修养护项目支出绩效自评报告")
        #expect(title.source?.description == "project.name")
        // Before 项目支出绩效自评报告, should the title need a second line.
        #expect(title.preferredBreaks.map { String(title.text.dropFirst($0)) } == ["项目支出绩效自评报告"])
        let opening = Self.paragraphs(document)[1]
        #expect(opening.style == .body)
        #expect(opening.text == "现将2023年农村饮水安全工程维修养护项目绩效自评情况报告如下：")
        let closing = try #require(Self.closing(document))
        #expect([closing.unit.text, closing.date.text] == ["示例县水利局", "2024年3月20日"])
    }

    /// A name without its year gets 2024年度 and 项目; a report without a date leaves room to write it.
    @Test func theYearIsNamedAndAMissingDateLeftBlank() throws {
        let linzhi = try Self.compose(try Self.example("linzhi-2024-kunnan-zhigong.yaml"))
        #expect(Self.paragraphs(linzhi).prefix(2).map(\.text)
                == ["困难职工帮扶（1:1）配套资金项目支出绩效自评报告", "现将2024年度困难职工帮扶（1:1）配套资金项目绩效自评情况报告如下："])
        let undated = try Self.example(Self.national).replacingOccurrences(of: "  date: 2024-03-20\n", with: "")
        let document = try Self.compose(undated)
        #expect(Self.closing(document)?.date.text == Composer.blankDate)
    }

    @Test func theReportsOwnWordsWin() throws {
        let text = try Self.example(Self.national) + """

            opening:
              title: 示例县水利局关于农村饮水安全工程维修养护项目绩效自评情况的报告
              text: 根据《关于开展绩效自评的通知》要求，现将有关情况报告如下：
            closing:
              unit: 示例县水利局（盖章）
              date: 2024年3月28日

            """
        let document = try Self.compose(text)
        let first = Array(Self.paragraphs(document).prefix(2))
        #expect(first.map(\.text) == ["示例县水利局关于农村饮水安全工程维修养护项目绩效自评情况的报告", "根据《关于开展绩效自评的通知》要求，现将有关情况报告如下："])
        #expect(first.map { $0.source?.description } == ["opening.title", "opening.text"])
        #expect(first[0].preferredBreaks.isEmpty, "a title of the user's own is broken as Pango breaks it")
        let closing = try #require(Self.closing(document))
        #expect([closing.unit.text, closing.date.text] == ["示例县水利局（盖章）", "2024年3月28日"])
        #expect(closing.unit.source?.description == "closing.unit")
    }

    /// A report of the table alone (the real tables transcribed with `sections: []`) opens
    /// with the attachment: no title, no opening, no 落款.
    @Test func aTableAloneHasNoOpeningOrClosing() throws {
        let text = try Self.example(Self.national)
        let start = try #require(text.range(of: "\nsections:\n"))
        let end = try #require(text.range(of: "\nindicators:\n"))
        let document = try Self.compose(text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "\nsections: []\n"))
        #expect(!document.body.contains { if case .closing = $0 { return true } else { return false } })
        #expect(!Self.paragraphs(document).contains { $0.style == .documentTitle })
    }

    @Test func anUnknownKeyUnderClosingIsReported() {
        let all = reportDiagnostics(minimalReport + "\nclosing:\n  units: 测试部门\n")
        #expect(all.map(\.code) == [.unknownField])
    }

    @Test func theClosingFollowsTheLastSectionBeforeTheAttachment() throws {
        let document = try Self.compose(try Self.example(Self.national))
        let closing = try #require(document.body.firstIndex { if case .closing = $0 { return true } else { return false } })
        let pageBreak = try #require(document.body.firstIndex { $0 == .pageBreak })
        #expect(closing + 1 == pageBreak)
    }
}
