import Testing
import JixiaoCore
@testable import JixiaoRender

/// `CCairoInterpose` shortens two of the font-table reads Cairo makes for a PDF (SfntTables.c):
/// Cairo's glyph-to-character scan of the cmap meets the glyphs it is about to ask for first
/// (ReverseCmap.c), and its check whether a face is a CID-keyed CFF font gets only the start
/// of the CFF table. Cairo's answers reach the PDF (the ToUnicode of glyphs drawn without one
/// character of text, which glyphs go to the WinAnsi subset, how each face is embedded), so
/// the PDF must be byte for byte the one Cairo writes from FreeType's tables as they are.
/// Serialized: the shortcuts are switched off and on for the whole process, which changes no
/// other test's bytes but would change the counts asserted here.
@Suite(.serialized) struct SfntTableTests {
    /// Pages drawing every glyph of `font`, 40 to a line, without text: Cairo's answer for
    /// each one goes into the PDF's ToUnicode map.
    static func everyGlyph(of font: FontHandle, id: FontID) -> [PageLayout] {
        let perLine = 40, linesPerPage = 60
        let lines = stride(from: 0, to: font.glyphCount, by: perLine).map { first in
            GlyphRun(font: id, size: 10,
                     glyphs: (first..<min(first + perLine, font.glyphCount)).map {
                         PositionedGlyph(id: UInt32($0), x: Double($0 - first) * 12, y: 0)
                     },
                     text: "", clusters: [])
        }
        return stride(from: 0, to: lines.count, by: linesPerPage).map { first in
            PageLayout(size: Size(width: 595, height: 842), items: lines[first..<min(first + linesPerPage, lines.count)]
                .enumerated().map { row, run in
                    PlacedItem(origin: Point(x: 36, y: 40 + Double(row) * 12), item: .glyphs(run))
                })
        }
    }

    static func pdf(_ rendered: RenderedDocument, session: RenderSession, shortcuts: Bool) throws -> [UInt8] {
        FontHandle.setTableShortcuts(enabled: shortcuts)
        defer { FontHandle.setTableShortcuts(enabled: true) }
        return try PDFWriter.data(rendered, session: session)
    }

    /// How many faces `pdf` embeds as CID-keyed CFF fonts of their own: one for each face Cairo
    /// checked (a `CairoFont-…` is a subset Cairo made of some other face's glyphs).
    static func cffFaceCount(_ pdf: [UInt8]) -> Int {
        String(decoding: pdf, as: UTF8.self).components(separatedBy: "/Subtype /CIDFontType0\n   /BaseFont /")
            .dropFirst().filter { !$0.dropFirst(7).hasPrefix("CairoFont-") }.count
    }

    /// The body face's Common cut (CFF), its full face, and Tibetan Machine (TrueType, with many
    /// glyphs no character maps to): every glyph of each, with and without the shortcuts.
    @Test func everyGlyphGetsCairosOwnCharacterWithOrWithoutTheShortcuts() throws {
        let session = try RenderFixtures.session()
        var rendered = ReportRenderer(session: session).layout(OwnedFontFaceTests.document(number: 5))
        let wanted = ["FandolFang-Regular.common.otf", "FandolFang-Regular.otf", "TibetanMachineUni"]
        var drawn: [String] = []
        var glyphs = 0
        for (index, font) in session.fonts.all.enumerated() {
            guard let file = font.file, let name = wanted.first(where: { file.contains($0) }), !drawn.contains(name) else { continue }
            drawn.append(name)
            glyphs += font.glyphCount
            rendered.pages += Self.everyGlyph(of: font, id: FontID(session: session.id, index: index))
        }
        #expect(drawn.sorted() == wanted.sorted(), "the document should use each face: \(drawn)")

        let shortened = try Self.pdf(rendered, session: session, shortcuts: true)
        let questions = FontHandle.reverseCmapQuestions
        let whole = try Self.pdf(rendered, session: session, shortcuts: false)
        // Compared outside #expect, which would print both PDFs byte by byte on a failure.
        let same = shortened == whole
        #expect(same, "the shortcuts changed the PDF (\(shortened.count) against \(whole.count) bytes)")
        // Cairo asked about every glyph noted, and nothing was left unasked: the guesses ran
        // in step with its questions over more than 20,000 glyphs.
        #expect(questions.noted > glyphs)
        #expect(questions.asked == questions.noted, "\(questions)")
    }

    /// A report of many faces (Common cuts, full faces, Noto CJK, Tibetan), rendered twice in one
    /// session: the second document asks its questions again and gets the same bytes; each CFF
    /// face's check read only the start of its table.
    @Test func aReportGetsTheSameBytesWithOrWithoutTheShortcuts() throws {
        let session = try RenderFixtures.session()
        let rendered = ReportRenderer(session: session).layout(OwnedFontFaceTests.document(number: 6))
        let tops = FontHandle.cffTopsServed
        let first = try Self.pdf(rendered, session: session, shortcuts: true)
        let questions = FontHandle.reverseCmapQuestions
        let topsServed = FontHandle.cffTopsServed - tops
        let again = try Self.pdf(rendered, session: session, shortcuts: true)
        let whole = try Self.pdf(rendered, session: session, shortcuts: false)
        let same = (first == whole, again == whole)
        #expect(same == (true, true), "first document, second document: \(same)")
        #expect(questions.noted > 50 && questions.asked == questions.noted, "\(questions)")
        #expect(Self.cffFaceCount(whole) >= 10, "Common cuts, full faces and Noto CJK")
        #expect(topsServed == Self.cffFaceCount(whole), "CFF faces checked on their table's start: \(topsServed)")
    }
}
