// Cairo's public headers, nothing else: JixiaoRender/C wraps what it uses.
#include <cairo.h>
#include <cairo-pdf.h>
