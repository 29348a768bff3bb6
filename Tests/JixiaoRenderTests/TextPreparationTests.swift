import Foundation
import Testing
import JixiaoCore
@testable import JixiaoRender

/// A space typed between Chinese phrases is set as an en quad so Pango does not stretch it,
/// but the PDF's text must keep the U+0020 the user typed: MuPDF once extracted
/// “情系守边人\u{2002} 关怀暖人心” and found no “1. 过程”.
@Suite struct TextPreparationTests {
    static let example = "linzhi-2024-kunnan-zhigong.yaml"

    static func linzhiDocument() throws -> Document {
        let file = RenderFixtures.repository.appendingPathComponent("assets/examples/\(example)")
        return Composer.compose(try ReportPipeline.score(bytes: [UInt8](Data(contentsOf: file)), origin: .file(example)))
    }

    /// What `cairo_show_text_glyphs` is given is the run's text: it must be the typed text.
    @Test func theLaidOutTextKeepsTheTypedSpaces() throws {
        let pages = ReportRenderer(session: try RenderFixtures.session()).layout(try Self.linzhiDocument()).pages
        let text = pages.map(\.text).joined()
        #expect(text.unicodeScalars.contains("\u{2000}") == false)
        #expect(text.unicodeScalars.contains("\u{2002}") == false)
        #expect(text.contains("情系守边人 关怀暖人心"))
        #expect(text.contains("1. 过程："))
    }

    @Test func aTypedEnQuadIsSetAsTheEnSpaceItEquals() throws {
        let session = try RenderFixtures.session()
        let text = session.typeset("甲\u{2000}乙 丙", style: TextStyle(role: .fangSong, size: 16), width: 400).lines.map(\.text).joined()
        #expect(Array(text.unicodeScalars) == ["甲", "\u{2002}", "乙", " ", "丙"])
    }

    /// pdftotext -raw of the example: the phrase with its U+0020 and the paragraph 1. 过程; and
    /// MuPDF (which reads the ToUnicode table as it is, where pdftotext folds U+2002 into a
    /// space) finds no en space, when check_layout.py has installed it.
    @Test func thePDFsTextHasTheTypedSpaces() throws {
        let folder = try RenderFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("linzhi.pdf").path
        _ = try ReportExporter(session: try RenderFixtures.session()).export(try Self.linzhiDocument(), to: path)
        let raw = try RenderFixtures.run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]).output
        #expect(raw.contains("情系守边人 关怀暖人心"))
        #expect(raw.split(separator: "\n").contains { $0.hasPrefix("1. 过程：") })
        let python = "/root/.cache/jixiao-check-layout/venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let script = "import pymupdf,sys; print(''.join(p.get_text() for p in pymupdf.open(sys.argv[1])))"
        let mupdf = try RenderFixtures.run(python, ["-c", script, path])
        try #require(mupdf.status == 0)
        #expect(!mupdf.output.unicodeScalars.contains("\u{2002}"))
        #expect(mupdf.output.contains("情系守边人 关怀暖人心"))
        #expect(mupdf.output.contains("1. 过程："))
    }
}
