// Pango (with its Cairo and FreeType/fontconfig back ends) and fontconfig.
// Swift cannot call GObject's cast macros, so the few we need are inline functions here,
// each prefixed `jixiao_`.
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>

static inline PangoFcFontMap *jixiao_pango_fc_font_map(PangoFontMap *map) {
    return PANGO_FC_FONT_MAP(map);
}

static inline PangoFcFont *jixiao_pango_fc_font(PangoFont *font) {
    return PANGO_IS_FC_FONT(font) ? PANGO_FC_FONT(font) : NULL;
}

static inline int jixiao_pango_glyph_is_unknown(PangoGlyph glyph) {
    return (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0;
}
