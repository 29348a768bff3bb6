import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// A render session remembers the paragraphs it has set (`TypesetMemory`). What it remembers
/// must be exactly what setting the text again gives: the PDF is the same bytes whether the
/// paragraphs came from memory, from Pango in this session, or from a fresh session.
@Suite struct RenderSessionMemoryTests {
    private func document(project: String) -> Document {
        var metadata = RenderFixtures.metadata
        metadata.title = "\(project)绩效自评报告"
        let cover = CoverPage(title: "项目支出绩效自评报告", fields: [CoverField(label: "项目名称", value: project)],
                              issuer: "林芝市财政局制", year: "2025年")
        let body = [Block.heading(Heading(level: 1, number: "一、", text: "\(project)基本情况"))]
            + RenderFixtures.narrative(sections: 2) + [.pageBreak, .table(RenderFixtures.indicatorTable(rows: 12))]
        return Document(metadata: metadata, cover: cover, body: body)
    }

    private func pdf(_ document: Document, session: RenderSession) throws -> [UInt8] {
        try PDFWriter.data(ReportRenderer(session: session).layout(document), session: session)
    }

    @Test func rememberedParagraphsGiveTheSameBytesAsFreshOnes() throws {
        let session = try RenderFixtures.session()
        let first = try pdf(document(project: "职工送温暖"), session: session)
        let kept = session.typesetMemoryCounts.kept
        #expect(kept > 20)
        _ = try pdf(document(project: "困难职工帮扶"), session: session)
        let reusedBefore = session.typesetMemoryCounts.reused
        let again = try pdf(document(project: "职工送温暖"), session: session)
        #expect(session.typesetMemoryCounts.reused > reusedBefore + kept / 2, "the second render came from memory")
        #expect(again == first)
        #expect(try pdf(document(project: "职工送温暖"), session: RenderFixtures.session()) == first)
    }

    @Test func aSessionWithoutMemorySetsTheSamePages() throws {
        let forgetful = try RenderSession(configurationPath: RenderFixtures.fontsConf, typesetMemoryLimit: 0)
        let plain = try pdf(document(project: "职工送温暖"), session: forgetful)
        #expect(forgetful.typesetMemoryCounts.kept == 0)
        #expect(try pdf(document(project: "职工送温暖"), session: RenderFixtures.session()) == plain)
    }

    @Test func theMemoryStaysWithinItsBound() throws {
        let limit = 64 * 1024
        let bounded = try RenderSession(configurationPath: RenderFixtures.fontsConf, typesetMemoryLimit: limit)
        let roomy = try RenderFixtures.session()
        for number in 1...6 {
            let report = document(project: "第\(number)个项目")
            #expect(try pdf(report, session: bounded) == pdf(report, session: roomy))
            #expect(bounded.typesetMemoryCounts.bytes <= limit)
        }
        #expect(roomy.typesetMemoryCounts.bytes > limit, "six reports need more than the bound: it was tested")
        bounded.forgetTypesetParagraphs()
        #expect(bounded.typesetMemoryCounts.kept == 0 && bounded.typesetMemoryCounts.bytes == 0)
    }
}
