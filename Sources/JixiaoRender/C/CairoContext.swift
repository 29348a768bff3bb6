import CCairoInterpose
import CPangoCairo

/// Owns one `cairo_t` drawing on a surface it keeps alive. The painter's only way to draw.
final class CairoContext {
    private let cr: OpaquePointer
    private let target: CairoSurface

    init(drawingOn target: CairoSurface) throws(RenderError) {
        guard let cr = target.withRaw({ cairo_create($0) }) else { throw .cairo(status: "NULL", call: "cairo_create") }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(cr)
            throw .cairo(status: CairoSurface.describe(status), call: "cairo_create")
        }
        self.cr = cr
        self.target = target
    }

    deinit { cairo_destroy(cr) }

    /// Scales user space (points) to device space (pixels for images).
    func scale(by factor: Double) { cairo_scale(cr, factor, factor) }

    /// Fills the whole surface white (image previews start transparent black).
    func fillWhite() {
        cairo_save(cr)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Black rules, `width` points thick, stroked as one path.
    func rules(_ segments: [(Point, Point)], width: Double) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        for (from, to) in segments {
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
        }
        cairo_stroke(cr)
    }

    /// Draws `run` with its baseline origin at `origin`, keeping text and clusters so the PDF
    /// text can be extracted.
    func show(_ run: GlyphRun, at origin: Point, font: FontHandle) {
        guard !run.glyphs.isEmpty else { return }
        var glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: origin.x + $0.x, y: origin.y + $0.y) }
        var clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        let utf8 = Array(run.text.utf8)
        cairo_set_source_rgb(cr, 0, 0, 0)
        _ = font.withScaledFont { scaled in
            cairo_set_scaled_font(cr, scaled)
            // Cairo asks, at `showPage`, which character each new glyph stands for; told the
            // glyphs in drawing order, CCairoInterpose answers it at once (ReverseCmap.c).
            jixiao_note_shown_glyphs(scaled, &glyphs, Int32(glyphs.count))
        }
        // Cairo's errors are sticky: text it would refuse (a noncharacter, clusters that do not
        // add up) would end the whole PDF, so such a run is drawn without its text layer.
        guard Self.cairoAccepts(run, utf8Count: utf8.count) else {
            cairo_show_glyphs(cr, &glyphs, Int32(glyphs.count))
            return
        }
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                cairo_show_text_glyphs(cr, text.baseAddress, Int32(text.count), &glyphs, Int32(glyphs.count),
                                       &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
    }

    /// Whether text in `font` is drawn with the very scaled font Pango measured it with, as
    /// `show` sets it (for tests). Cairo keys its scaled fonts by their options as well, and
    /// only when they are one font are the glyph metrics FreeType loaded while typesetting not
    /// loaded a second time for the page: a tenth of a cold render (`PangoTextContext`).
    func drawsWithMeasuringFont(_ font: FontHandle) -> Bool {
        font.withScaledFont { scaled in
            cairo_set_scaled_font(cr, scaled)
            return cairo_get_scaled_font(cr) == scaled
        } ?? false
    }

    /// Whether `cairo_show_text_glyphs` takes the run's text and clusters: they cover every
    /// byte and glyph, and the text holds no noncharacter (Cairo rejects U+FDD0…U+FDEF and
    /// U+nFFFE/U+nFFFF as invalid UTF-8).
    static func cairoAccepts(_ run: GlyphRun, utf8Count: Int) -> Bool {
        let bytes = run.clusters.reduce(0) { $0 + $1.bytes }
        let glyphs = run.clusters.reduce(0) { $0 + $1.glyphs }
        let noncharacter = run.text.unicodeScalars.contains {
            (0xFDD0...0xFDEF).contains($0.value) || $0.value & 0xFFFE == 0xFFFE
        }
        return bytes == utf8Count && glyphs == run.glyphs.count && !noncharacter
            && run.clusters.allSatisfy { $0.bytes >= 0 && $0.glyphs >= 0 }
    }

    /// Opens a structure element (tagged PDF) around what is drawn next: `name` is a standard
    /// structure type (P, H1, Table, TD, …). Cairo 1.16 refuses names outside its list (even
    /// "Artifact") with a sticky CAIRO_STATUS_TAG_ERROR, which `showPage` then reports.
    func beginTag(_ name: String) { cairo_tag_begin(cr, name, "") }

    /// Closes the innermost open element, which must be `name`.
    func endTag(_ name: String) { cairo_tag_end(cr, name) }

    /// Ends the page (PDF: starts a new one); a failure of anything drawn on it surfaces here.
    func showPage() throws(RenderError) {
        cairo_show_page(cr)
        try check(call: "cairo_show_page")
        // A failed write marks the surface, not always the context: ask it too, so a full
        // disk stops the render at this page rather than at `finish`.
        try target.check(call: "cairo_show_page")
    }

    /// Throws the context's error status; a write error as the target's sink error.
    func check(call: String) throws(RenderError) {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            if let streamError = target.streamError { throw streamError }
            throw .cairo(status: CairoSurface.describe(status), call: call)
        }
    }
}
