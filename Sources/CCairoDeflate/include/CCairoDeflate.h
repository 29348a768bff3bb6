// The zlib level Cairo's PDF streams are compressed at (see CairoDeflate.c for why and how).
#ifndef JIXIAO_CAIRO_DEFLATE_H
#define JIXIAO_CAIRO_DEFLATE_H

/// The level every zlib stream opened at Z_DEFAULT_COMPRESSION gets in this process: 1.
/// JixiaoRender calls it once, which also keeps this object in every program that renders.
int jixiao_cairo_deflate_level(void);

#endif
