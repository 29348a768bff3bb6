import CPangoCairo

/// Owns a Pango font map bound to a private fontconfig configuration, at 72 dpi so that
/// one Pango point is one PDF point.
final class FontMapHandle {
    private let map: UnsafeMutablePointer<CPangoCairo.PangoFontMap>
    private let configuration: FontConfiguration

    init(configuration: FontConfiguration) throws(RenderError) {
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw .pango(call: "pango_cairo_font_map_new_for_font_type")
        }
        configuration.withRaw { pango_fc_font_map_set_config(jixiao_pango_fc_font_map(map), $0) }
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        self.map = map
        self.configuration = configuration
    }

    deinit { g_object_unref(map) }

    func withRaw<R>(_ body: (UnsafeMutablePointer<CPangoCairo.PangoFontMap>) throws -> R) rethrows -> R { try body(map) }
}
