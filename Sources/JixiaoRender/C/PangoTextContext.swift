import CPangoCairo

/// Owns a Pango context set up for Chinese official documents: language zh-cn (so Noto CJK
/// falls back to its SC forms), unhinted metrics and unrounded glyph positions (so PDF and
/// PNG get the same line breaks, and justified lines end exactly at the margin).
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
