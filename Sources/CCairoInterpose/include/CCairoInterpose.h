// Functions Cairo and Pango call that Jixiao defines itself, found by the dynamic linker before
// the libraries' own (ELF symbol interposition). Why and how: Deflate.c and FontFaces.c.
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

#endif
