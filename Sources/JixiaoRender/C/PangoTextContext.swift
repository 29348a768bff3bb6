import CPangoCairo

/// Owns a Pango context set up for Chinese official documents: language zh-cn (so Noto CJK
/// falls back to its SC forms), unhinted metrics and unrounded glyph positions (so PDF and
/// PNG get the same line breaks, and justified lines end exactly at the margin).
///
/// Its font options are a PDF surface's (Cairo's own, taken from a surface that writes
/// nowhere): those include "glyph positions not rounded", which no public call sets, and Cairo
/// keys scaled fonts by every option. So the scaled font Pango measures a glyph with is the
/// one the PDF painter draws it with, and FreeType loads the glyph's metrics once, not once
/// for the layout and again for the page (840 M → 740 M instructions, cold seed render).
final class PangoTextContext {
    private let context: OpaquePointer
    private let fontMap: FontMapHandle

    init(fontMap: FontMapHandle) throws(RenderError) {
        guard let context = fontMap.withRaw({ pango_font_map_create_context($0) }) else {
            throw .pango(call: "pango_font_map_create_context")
        }
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        pango_context_set_round_glyph_positions(context, 0)
        if let options = cairo_font_options_create() {
            if let pdf = cairo_pdf_surface_create_for_stream(nil, nil, 1, 1) {
                cairo_surface_get_font_options(pdf, options)
                cairo_surface_finish(pdf)
                cairo_surface_destroy(pdf)
            }
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_cairo_context_set_resolution(context, 72)
        self.context = context
        self.fontMap = fontMap
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    func withRaw<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R { try body(context) }
}
