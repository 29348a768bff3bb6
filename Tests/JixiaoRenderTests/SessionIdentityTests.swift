import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// A layout names fonts of the session that made it; painting it with another session is an
/// error said out loud (J047), never a page with its text silently left out.
@Suite struct SessionIdentityTests {
    private let document = RenderFixtures.document(body: RenderFixtures.narrative(sections: 1))

    @Test func everySessionHasItsOwnID() throws {
        let a = try RenderFixtures.session()
        let b = try RenderFixtures.session()
        #expect(a.id != b.id)
        let rendered = ReportRenderer(session: a).layout(document)
        let fonts = Set(rendered.pages.flatMap(\.runs).map(\.run.font))
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.session == a.id })
    }

    @Test func paintingALayoutOfSessionAWithSessionBThrows() throws {
        let a = try RenderFixtures.session()
        let b = try RenderFixtures.session()
        let rendered = ReportRenderer(session: a).layout(document)
        #expect(try PDFWriter.data(rendered, session: a).starts(with: Array("%PDF-".utf8)))
        do {
            _ = try PDFWriter.data(rendered, session: b)
            Issue.record("expected foreignLayout")
        } catch {
            guard case .foreignLayout(let font, let painting) = error else { Issue.record("\(error)"); return }
            #expect(font.session == a.id)
            #expect(painting == b.id)
            #expect(error.diagnostic.code == .foreignLayout)
            #expect(error.diagnostic.code.description == "J047")
            #expect(error.diagnostic.message.chinese.contains("不能用会话 \(b.id) 绘制"))
        }
        #expect(throws: RenderError.self) { _ = try PNGWriter.pages(rendered, session: b) }
    }

    @Test func aFontIDTheSessionNeverHadThrows() throws {
        let session = try RenderFixtures.session()
        var rendered = ReportRenderer(session: session).layout(document)
        guard let index = rendered.pages[0].items.firstIndex(where: { if case .glyphs = $0.item { true } else { false } }),
              case .glyphs(var run) = rendered.pages[0].items[index].item else {
            Issue.record("no glyph run on the first page")
            return
        }
        run.font = FontID(session: session.id, index: 9_999)
        rendered.pages[0].items[index].item = .glyphs(run)
        do {
            _ = try PDFWriter.data(rendered, session: session)
            Issue.record("expected foreignLayout")
        } catch {
            #expect(error == .foreignLayout(font: run.font, paintingSession: session.id))
            #expect(error.diagnostic.message.english.contains("font 9999 is not in render session"))
        }
    }
}
