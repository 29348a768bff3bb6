// Functions Cairo and Pango call that Jixiao defines itself, found by the dynamic linker before
// the libraries' own (ELF symbol interposition). Why and how: Deflate.c, FontFaces.c,
// SfntTables.c and ReverseCmap.c.
#ifndef JIXIAO_CAIRO_INTERPOSE_H
#define JIXIAO_CAIRO_INTERPOSE_H

#include <cairo.h>

/// The level every zlib stream opened at Z_DEFAULT_COMPRESSION gets in this process: 1.
/// JixiaoRender calls it once, which also keeps this object in every program that renders.
int jixiao_cairo_deflate_level(void);

/// How many FreeType faces this process has opened for Cairo (one per font file and index,
/// kept until the process ends). JixiaoRender calls it, which keeps FontFaces.o linked in.
int jixiao_owned_face_count(void);

/// 1 when `scaled_font` (a Cairo FreeType font) draws with a face this process owns, so that
/// Cairo never closes it under another thread; 0 otherwise.
int jixiao_scaled_font_has_owned_face(cairo_scaled_font_t *scaled_font);

/// How many glyphs the FreeType face of `scaled_font` has; 0 if it has none.
long jixiao_scaled_font_glyph_count(cairo_scaled_font_t *scaled_font);

/// Starts a PDF document on this thread: the glyphs noted since are forgotten, because Cairo
/// asks again which character each glyph stands for in every new document (ReverseCmap.c).
void jixiao_begin_pdf_document(void);

/// Notes the glyphs about to be drawn with `font`, in drawing order, so that Cairo finds the
/// answer for each of them at once. Speed only: any notes give the same bytes.
void jixiao_note_shown_glyphs(cairo_scaled_font_t *font, const cairo_glyph_t *glyphs, int count);

/// 0 turns the shortcuts of SfntTables.c and ReverseCmap.c off for the process: every font
/// table Cairo reads then comes from FreeType as it is. 1, the default, turns them on. They
/// change speed only; tests compare the bytes.
void jixiao_sfnt_shortcuts_set_enabled(int enabled);

/// How many times this thread handed Cairo only the start of a CFF table (SfntTables.c).
long jixiao_cff_tops_served(void);

/// For this thread's current PDF document: how many glyphs were noted (`noted`) and how many
/// of Cairo's questions were answered with front segments in place (`asked`).
void jixiao_reverse_cmap_questions(long *noted, long *asked);

#endif
