// Cairo 1.16 compresses every PDF stream it writes (page contents, font subsets, the
// structure tree) with zlib at Z_DEFAULT_COMPRESSION (level 6) and has no setting for it.
// On the seed report that is about a tenth of a warm render. Level 1 makes the PDF 2% larger
// (324,861 → 331,893 bytes) and is as deterministic: zlib's output is a function of the input,
// the level and the version only.
//
// How: Cairo opens its deflate streams with deflateInit(), a macro for deflateInit_(). A
// definition of deflateInit_ in the executable comes before libz.so's in the dynamic linker's
// search (ELF symbol interposition), so Cairo's calls arrive here. Only a request for the
// default level changes; an explicit level is kept (compress2() with Z_BEST_COMPRESSION, as
// PDF/A finishing uses, never passes through here: zlib calls its own deflateInit2_ inside the
// library). Every other argument goes on to zlib's deflateInit2_ unchanged, with deflateInit's
// own defaults for the window, memory level and strategy (zlib.h documents deflateInit as
// deflateInit2 with exactly these).
#include <zlib.h>
#include "CCairoInterpose.h"

enum { jixiao_cairo_level = 1 };

int jixiao_cairo_deflate_level(void) { return jixiao_cairo_level; }

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = jixiao_cairo_level;
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
