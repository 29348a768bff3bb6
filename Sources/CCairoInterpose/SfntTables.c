// The font tables Cairo reads through FreeType, with two shortcuts for faces this process owns.
//
// Cairo 1.16 reads a font's tables with FT_Load_Sfnt_Table. The definition below comes before
// libfreetype's in the dynamic linker's search (as deflateInit_ in Deflate.c does), so every
// read of Cairo's arrives here; a read of a face this process does not own (FontFaces.c), or
// any read while the shortcuts are off, goes on to FreeType's definition unchanged.
//
// 1. The cmap: ReverseCmap.c answers Cairo's glyph-to-character scans (why and how there).
// 2. The start of the CFF table. When Cairo first meets a face in a PDF document, it asks
//    whether the face is a CID-keyed CFF font (_cairo_cff_scaled_font_is_cid_cff in
//    cairo-cff-subset.c): it asks FreeType for the CFF table's length, reads the whole table,
//    and looks at only its header, Name INDEX and Top DICT INDEX (for the ROS operator). The
//    Fandol faces' tables are 2 to 8 MB, so that is 14 MB copied into fresh memory per report,
//    about 5% of a warm render, then freed. Such a read is recognised by what comes just
//    before it on the same thread: the length query for the same face's CFF table. (The only
//    other reader of the CFF table, the subsetter, reads the head, hhea, hmtx and name tables
//    between its length query and its read, and gets the whole table.) It gets the table up to
//    the end of its Top DICT INDEX, which covers every byte that function reads; the rest of
//    the buffer is left as Cairo allocated it, never read, and freed.
//
// Both rely on what Cairo 1.16.0 reads and in which order, read in its source: they are on
// only with that version of Cairo, and tests compare the PDF's bytes with them off and on
// (SfntTableTests).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <cairo-ft.h>
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include "CCairoInterpose.h"
#include "OwnedFace.h"

/// The CFF header, Name INDEX and Top DICT INDEX of a Fandol face take about 100 bytes; a
/// face whose Top DICT INDEX ends beyond this is read whole.
enum { cff_top_limit = 65536 };

typedef FT_Error (*load_sfnt_table_function)(FT_Face, FT_ULong, FT_Long, FT_Byte *, FT_ULong *);
static load_sfnt_table_function freetype_load_sfnt_table;
static atomic_int shortcuts_enabled = 1;
static int cairo_is_1_16_0;
static pthread_once_t setup_once = PTHREAD_ONCE_INIT;

static void set_up(void) {
    freetype_load_sfnt_table = (load_sfnt_table_function)dlsym(RTLD_NEXT, "FT_Load_Sfnt_Table");
    cairo_is_1_16_0 = cairo_version() == CAIRO_VERSION_ENCODE(1, 16, 0);
}

FT_Error jixiao_freetype_load_sfnt_table(FT_Face face, FT_ULong tag, FT_Long offset, FT_Byte *buffer, FT_ULong *length) {
    pthread_once(&setup_once, set_up);
    // libfreetype, which linked this program, exports it: see FontFaces.c for the same case.
    if (!freetype_load_sfnt_table) abort();
    return freetype_load_sfnt_table(face, tag, offset, buffer, length);
}

void jixiao_sfnt_shortcuts_set_enabled(int enabled) { atomic_store(&shortcuts_enabled, enabled != 0); }

int jixiao_sfnt_shortcuts_enabled(void) {
    pthread_once(&setup_once, set_up);
    return cairo_is_1_16_0 && atomic_load_explicit(&shortcuts_enabled, memory_order_relaxed);
}

// MARK: - The start of the CFF table

/// Steps `*position` over the CFF INDEX there the way Cairo's cff_index_read does, and widens
/// `*covered` to the end of every element it names. 0 when the INDEX does not fit in `length`.
static int step_over_index(const uint8_t *bytes, size_t length, size_t *position, size_t *covered) {
    size_t p = *position;
    if (p + 2 > length) return 0;
    unsigned count = (unsigned)bytes[p] << 8 | bytes[p + 1];
    p += 2;
    if (count > 0) {
        if (p + 1 > length) return 0;
        unsigned offset_size = bytes[p++];
        if (offset_size < 1 || offset_size > 4 || p + (size_t)(count + 1) * offset_size > length) return 0;
        size_t data = p + (size_t)offset_size * (count + 1) - 1;
        size_t end = 0;
        for (unsigned i = 0; i <= count; i++, p += offset_size) {
            size_t offset = 0;
            for (unsigned b = 0; b < offset_size; b++) offset = offset << 8 | bytes[p + b];
            if (data + offset > *covered) *covered = data + offset;
            end = offset;
        }
        p = data + end;
    }
    if (p > *covered) *covered = p;
    *position = p;
    return *covered <= length;
}

/// Finds how much of the face's CFF table Cairo's CID check reads: the header (major 1,
/// minor 0, four bytes, or Cairo stops there), the Name INDEX and the Top DICT INDEX.
static void measure_cff_top(jixiao_owned_face *owner) {
    FT_ULong length = 0;
    if (jixiao_freetype_load_sfnt_table(owner->face, TTAG_CFF, 0, NULL, &length) != 0 || length < 4) return;
    FT_ULong head_length = length < cff_top_limit ? length : cff_top_limit;
    uint8_t *head = malloc(head_length);
    FT_ULong got = head_length;
    if (head && jixiao_freetype_load_sfnt_table(owner->face, TTAG_CFF, 0, head, &got) == 0
        && head[0] == 1 && head[1] == 0 && head[2] == 4) {
        size_t position = 4, covered = 4;
        if (step_over_index(head, head_length, &position, &covered)
            && step_over_index(head, head_length, &position, &covered)) {
            owner->cff_length = length;
            owner->cff_top_length = covered;
        }
    }
    free(head);
}

static __thread long cff_tops_served;

long jixiao_cff_tops_served(void) { return cff_tops_served; }

/// Fills the start of `buffer` for Cairo's CID check of `owner`'s CFF table; 0 when the read
/// is FreeType's to do.
static int serves_cff_top(jixiao_owned_face *owner, FT_Byte *buffer, FT_ULong length) {
    jixiao_once_per_face(&owner->cff_top_once, measure_cff_top, owner);
    if (!owner->cff_top_length || length != owner->cff_length) return 0;
    FT_ULong top = owner->cff_top_length;
    if (jixiao_freetype_load_sfnt_table(owner->face, TTAG_CFF, 0, buffer, &top) != 0) return 0;
    cff_tops_served++;
    return 1;
}

// MARK: - The one definition Cairo calls

/// The face of this thread's last read, and whether it asked for the CFF table's length.
static __thread FT_Face last_face;
static __thread int last_was_cff_length;

FT_Error FT_Load_Sfnt_Table(FT_Face face, FT_ULong tag, FT_Long offset, FT_Byte *buffer, FT_ULong *length) {
    int after_cff_length = last_was_cff_length && last_face == face;
    last_face = face;
    last_was_cff_length = tag == TTAG_CFF && offset == 0 && !buffer;
    jixiao_owned_face *owner = buffer && length && jixiao_sfnt_shortcuts_enabled() ? jixiao_owned_face_of_ft_face(face) : NULL;
    if (owner && tag == TTAG_cmap && jixiao_reverse_cmap_serves(owner, offset, buffer, *length)) return 0;
    if (owner && tag == TTAG_CFF && offset == 0 && after_cff_length && serves_cff_top(owner, buffer, *length)) return 0;
    return jixiao_freetype_load_sfnt_table(face, tag, offset, buffer, length);
}
