/*
 * The floor for `make bench`: the least work that lays out the seed report's text with
 * Pango and paints it with Cairo to an A4 PDF, with the same fonts (the project's
 * fonts/fonts.conf: 宋体 title and folios, 黑体/楷体 headings, 仿宋 body), sizes and text
 * width as Jixiao — and nothing else: no parsing, no scoring, no table, no keep-with-next,
 * no glyph copying. Lines before "一、" form the cover. Jixiao's warm time is reported as a
 * ratio to this program's.
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

static void set_font(PangoLayout *layout, const char *family, double size, int bold) {
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, family);
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
}

static void folio(cairo_t *cr, PangoLayout *layout, int page) {
    char text[32];
    snprintf(text, sizeof text, "— %d —", page);
    set_font(layout, "FandolSong", 14, 0);
    pango_layout_set_width(layout, -1);
    pango_layout_set_text(layout, text, -1);
    cairo_move_to(cr, page % 2 ? 470 : 93, 770);
    pango_cairo_show_layout(cr, layout);
}

static void render(PangoContext *context, char **paragraphs, int count, const char *out) {
    const double width = 156 * MM, top = 37 * MM, bottom = 262 * MM, left = 28 * MM, pitch = 225 * MM / 22;
    cairo_surface_t *surface = cairo_pdf_surface_create(out, 595.28, 841.89);
    cairo_t *cr = cairo_create(surface);
    PangoLayout *layout = pango_layout_new(context);
    PangoLayout *folios = pango_layout_new(context);
    pango_layout_set_justify(layout, TRUE);
    pango_layout_set_indent(layout, 32 * PANGO_SCALE);
    double y = top;
    int page = 0, cover = 1;
    for (int i = 0; i < count; i++) {
        const char *p = paragraphs[i];
        if (cover && strncmp(p, "一、", strlen("一、")) == 0) { cairo_show_page(cr); cover = 0; y = top; page = 1; }
        if (cover) set_font(layout, "FandolSong", i == 0 ? 36 : 16, i == 0);
        else if (strstr(p, "、") && strstr(p, "、") - p <= 3) set_font(layout, "FandolHei", 16, 0);
        else if (strncmp(p, "（", strlen("（")) == 0) set_font(layout, "FandolKai", 16, 0);
        else set_font(layout, "FandolFang", 16, 0);
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
        pango_layout_set_text(layout, p, -1);
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
            if (y + pitch > bottom) { folio(cr, folios, page++); cairo_show_page(cr); y = top; }
            PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter);
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, NULL, &logical);
            cairo_move_to(cr, left + logical.x / (double)PANGO_SCALE, y + 20.6);
            pango_cairo_show_layout_line(cr, line);
            y += pitch;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }
    folio(cr, folios, page);
    cairo_show_page(cr);
    g_object_unref(folios);
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
