// Cairo (with its PDF back end), Pango (with its Cairo and fontconfig back ends) and fontconfig,
// in one module so that cairo's types are declared once. Swift cannot call GObject's cast
// macros, so the few that JixiaoRender/C needs are inline functions here, each `jixiao_`-prefixed.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>
// zlib (Cairo's own dependency): Flate for the streams PDF/A finishing adds (the sRGB
// profile, embedded files) and for reading an embedded file back.
#include <zlib.h>

static inline PangoFcFontMap *jixiao_pango_fc_font_map(PangoFontMap *map) {
    return PANGO_FC_FONT_MAP(map);
}

static inline PangoCairoFont *jixiao_pango_cairo_font(PangoFont *font) {
    return PANGO_IS_CAIRO_FONT(font) ? PANGO_CAIRO_FONT(font) : NULL;
}

static inline PangoFcFont *jixiao_pango_fc_font(PangoFont *font) {
    return PANGO_IS_FC_FONT(font) ? PANGO_FC_FONT(font) : NULL;
}

static inline int jixiao_pango_glyph_is_unknown(PangoGlyph glyph) {
    return (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0;
}

static inline int jixiao_pango_glyph_is_empty(PangoGlyph glyph) {
    return glyph == PANGO_GLYPH_EMPTY;
}

static inline int jixiao_pango_scale(void) { return PANGO_SCALE; }
