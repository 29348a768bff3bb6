/*
 * The floor for `make bench`: the least work that lays out the seed report's text with
 * Pango and paints it with Cairo to an A4 PDF, with the same fonts (the project's
 * fonts/fonts.conf), sizes and text width as Jixiao — and nothing else: no parsing, no
 * scoring, no tables, no grid, no glyph copying. Jixiao's warm time is reported as a ratio
 * to this program's.
 *
 * usage: floor FONTS_CONF TEXT_FILE OUT.pdf ITERATIONS
 * prints: one line per iteration, "ms <milliseconds>"
 */
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MM (72.0 / 25.4)

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static void render(PangoContext *context, char **paragraphs, int count, const char *out) {
    const double width = 156 * MM, top = 37 * MM, bottom = 262 * MM, left = 28 * MM, pitch = 225 * MM / 22;
    cairo_surface_t *surface = cairo_pdf_surface_create(out, 595.28, 841.89);
    cairo_t *cr = cairo_create(surface);
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *font = pango_font_description_from_string("FandolFang");
    pango_font_description_set_absolute_size(font, 16 * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
    pango_layout_set_justify(layout, TRUE);
    pango_layout_set_indent(layout, 32 * PANGO_SCALE);
    double y = top;
    for (int i = 0; i < count; i++) {
        pango_layout_set_text(layout, paragraphs[i], -1);
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
            if (y + pitch > bottom) { cairo_show_page(cr); y = top; }
            PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter);
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, NULL, &logical);
            cairo_move_to(cr, left + logical.x / (double)PANGO_SCALE, y + 20.6);
            pango_cairo_show_layout_line(cr, line);
            y += pitch;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }
    cairo_show_page(cr);
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: floor FONTS_CONF TEXT_FILE OUT.pdf ITERATIONS\n"); return 2; }
    FcConfig *config = FcConfigCreate();
    if (!FcConfigParseAndLoad(config, (const FcChar8 *)argv[1], FcTrue) || !FcConfigBuildFonts(config)) {
        fprintf(stderr, "floor: cannot load %s\n", argv[1]);
        return 1;
    }
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(map), 72);
    PangoContext *context = pango_font_map_create_context(map);
    pango_context_set_language(context, pango_language_from_string("zh-cn"));

    FILE *file = fopen(argv[2], "rb");
    if (!file) { fprintf(stderr, "floor: cannot read %s\n", argv[2]); return 1; }
    static char text[1 << 20];
    size_t size = fread(text, 1, sizeof text - 1, file);
    fclose(file);
    text[size] = 0;
    char *paragraphs[4096];
    int count = 0;
    for (char *line = strtok(text, "\n"); line && count < 4096; line = strtok(NULL, "\n")) {
        if (strspn(line, " \t\r") != strlen(line)) paragraphs[count++] = line;
    }
    int iterations = atoi(argv[4]);
    for (int i = 0; i < iterations; i++) {
        double start = now_ms();
        render(context, paragraphs, count, argv[3]);
        printf("ms %.3f\n", now_ms() - start);
    }
    g_object_unref(context);
    g_object_unref(map);
    FcConfigDestroy(config);
    return 0;
}
