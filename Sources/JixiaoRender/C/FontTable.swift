import CPangoCairo
import CCairoInterpose

/// The fonts a render session has shaped with, each held by a reference and numbered, so
/// plain-value `GlyphRun`s can name a font by `FontID` and the painter can find it again.
///
/// Fonts are cached by the font map, so each font file is loaded once per session however
/// many reports and paragraphs use it.
final class FontTable {
    /// The session this table belongs to, stamped on every id it hands out.
    let session: SessionID
    private var fonts: [FontHandle] = []
    private var ids: [UnsafeMutableRawPointer: FontID] = [:]

    init(session: SessionID) { self.session = session }

    /// The id of `font`, adding it (and a reference to it) on first sight.
    func id(for font: UnsafeMutablePointer<PangoFont>) -> FontID {
        let key = UnsafeMutableRawPointer(font)
        if let id = ids[key] { return id }
        let id = FontID(session: session, index: fonts.count)
        fonts.append(FontHandle(retaining: font))
        ids[key] = id
        return id
    }

    /// The font `id` names, or nil when `id` is another session's or not in this table.
    func font(_ id: FontID) -> FontHandle? {
        id.session == session && fonts.indices.contains(id.index) ? fonts[id.index] : nil
    }

    /// The font `id` names, for painting: a foreign or unknown id is an error, not a run
    /// quietly left out.
    func requireFont(_ id: FontID) throws(RenderError) -> FontHandle {
        guard let font = font(id) else { throw .foreignLayout(font: id, paintingSession: session) }
        return font
    }

    var count: Int { fonts.count }

    /// Every font of the table, in the order they were first seen.
    var all: [FontHandle] { fonts }
}

/// Owns one reference to a `PangoFont`.
final class FontHandle {
    private let font: UnsafeMutablePointer<PangoFont>

    init(retaining font: UnsafeMutablePointer<PangoFont>) {
        g_object_ref(font)
        self.font = font
    }

    deinit { g_object_unref(font) }

    /// The font's cairo scaled font, borrowed: valid while this handle lives.
    func withScaledFont<R>(_ body: (OpaquePointer) -> R) -> R? {
        guard let cairoFont = jixiao_pango_cairo_font(font),
              let scaled = pango_cairo_font_get_scaled_font(cairoFont) else { return nil }
        return body(scaled)
    }

    /// Whether Cairo draws this font with a FreeType face the process owns (opened by
    /// `CCairoInterpose`, FontFaces.c), which Cairo never closes while another thread uses it.
    var drawsWithOwnedFace: Bool {
        withScaledFont { jixiao_scaled_font_has_owned_face($0) != 0 } ?? false
    }

    /// How many faces the process owns: one per font file and index any session has drawn with.
    static var ownedFaceCount: Int { Int(jixiao_owned_face_count()) }

    /// How many glyphs the font's face has (glyph ids 0 up to this, exclusive).
    var glyphCount: Int {
        withScaledFont { Int(jixiao_scaled_font_glyph_count($0)) } ?? 0
    }

    /// Turns CCairoInterpose's shortcuts for the font tables Cairo reads (SfntTables.c and
    /// ReverseCmap.c) on or off for the process: off, every table comes from FreeType as it
    /// is. They change speed only; tests compare the bytes.
    static func setTableShortcuts(enabled: Bool) { jixiao_sfnt_shortcuts_set_enabled(enabled ? 1 : 0) }

    /// How many times this thread handed Cairo only the start of a CFF table (SfntTables.c).
    static var cffTopsServed: Int { jixiao_cff_tops_served() }

    /// For this thread's current PDF document: how many glyphs were noted for Cairo's
    /// reverse-cmap questions, and how many of those questions Cairo asked.
    static var reverseCmapQuestions: (noted: Int, asked: Int) {
        var noted = 0, asked = 0
        jixiao_reverse_cmap_questions(&noted, &asked)
        return (noted, asked)
    }

    /// The file the font was loaded from (for `jixiao fonts` and diagnostics).
    var file: String? {
        guard let fcFont = jixiao_pango_fc_font(font), let pattern = fcFont.pointee.font_pattern else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        return String(cString: file)
    }
}
