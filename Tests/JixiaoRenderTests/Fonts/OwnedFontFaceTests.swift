import Foundation
import Synchronization
import Testing
import JixiaoCore
@testable import JixiaoRender

/// Every FreeType face Cairo draws with belongs to the process (`CCairoInterpose`, FontFaces.c),
/// so Cairo 1.16 never closes one under another thread. Before, with more than ten faces in use
/// and sessions on parallel threads, Cairo freed a face one thread was subsetting while another
/// opened its eleventh: `jixiao batch --jobs 4` crashed in FreeType on 7 runs of 30.
@Suite struct OwnedFontFaceTests {
    /// Text that needs, in every role, the Common cut (送温暖), the full Fandol face (鑫琪, not in
    /// GB2312 level 1), Noto CJK (𠮷, in no Fandol face) and Tibetan Machine: more than ten
    /// faces in one document.
    static let text = "送温暖鑫琪𠮷 བཀྲ་ཤིས་བདེ་ལེགས།"

    static func document(number: Int) -> Document {
        var blocks: [Block] = []
        for level in 1...2 {
            blocks.append(.heading(Heading(level: level, number: level == 1 ? "一、" : "（一）", text: "\(text)\(number)")))
            blocks.append(.paragraph(Paragraph("\(text)第\(number)号。\(RenderFixtures.paragraph)")))
        }
        blocks.append(.table(RenderFixtures.indicatorTable(rows: 3)))
        let cover = CoverPage(title: "\(text)绩效自评报告", fields: [CoverField(label: "项目名称", value: text)],
                              issuer: "林芝市财政局制", year: "2025年")
        return RenderFixtures.document(cover: cover, body: blocks)
    }

    static func pdf(_ document: Document, session: RenderSession) throws -> [UInt8] {
        try PDFWriter.data(ReportRenderer(session: session).layout(document), session: session)
    }

    @Test func everyFontASessionDrawsWithHasAFaceTheProcessOwns() throws {
        let session = try RenderFixtures.session()
        let rendered = ReportRenderer(session: session).layout(Self.document(number: 1))
        #expect(rendered.missingGlyphs.isEmpty)
        _ = try PDFWriter.data(rendered, session: session)
        let files = Set(session.fonts.all.compactMap(\.file))
        #expect(files.count > 10, "the document should need more faces than Cairo keeps open: \(files.sorted())")
        #expect(files.contains { $0.contains("Noto") } && files.contains { $0.contains("Tibetan") }, "\(files.sorted())")
        for font in session.fonts.all {
            #expect(font.drawsWithOwnedFace, "Cairo opened \(font.file ?? "?") itself")
        }
    }

    @Test func aSecondSessionDrawsWithTheSameFaces() throws {
        let document = Self.document(number: 2)
        _ = try Self.pdf(document, session: RenderFixtures.session())
        let owned = FontHandle.ownedFaceCount
        let second = try RenderFixtures.session()
        _ = try Self.pdf(document, session: second)
        #expect(FontHandle.ownedFaceCount == owned, "each font file and index is opened once per process")
        #expect(second.fonts.all.allSatisfy { $0.drawsWithOwnedFace })
    }

    /// Four threads, each with its own session, render documents of more than ten faces at once,
    /// and each PDF is the bytes a lone session gives.
    @Test func sessionsOnParallelThreadsRenderTheirOwnBytes() throws {
        let documents = (0..<4).map { Self.document(number: 10 + $0) }
        let expected = try documents.map { try Self.pdf($0, session: RenderFixtures.session()) }
        let rendered = Mutex<Set<Int>>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            do {
                let session = try RenderFixtures.session()
                for round in 0..<3 {
                    let index = (worker + round) % documents.count
                    let bytes = try Self.pdf(documents[index], session: session)
                    if bytes != expected[index] { failures.withLock { $0.append("worker \(worker), document \(index)") } }
                    rendered.withLock { _ = $0.insert(index) }
                }
            } catch {
                failures.withLock { $0.append("worker \(worker): \(error)") }
            }
        }
        failures.withLock { #expect($0.isEmpty, "\($0)") }
        rendered.withLock { #expect($0.count == documents.count) }
    }
}
