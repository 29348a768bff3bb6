// What FontFaces.c and ReverseCmap.c share: the record of a FreeType face this process owns.
#ifndef JIXIAO_OWNED_FACE_H
#define JIXIAO_OWNED_FACE_H

#include <pthread.h>
#include <stdatomic.h>
#include <sys/types.h>
#include <time.h>
#include <cairo-ft.h>
#include FT_TRUETYPE_TABLES_H

struct jixiao_reverse_cmap;

/// One font file and index, opened once and kept until the process ends; records are never
/// moved or freed, so a pointer to one stays valid everywhere.
typedef struct {
    dev_t device;
    ino_t inode;
    off_t size;
    struct timespec modified;
    int index;
    FT_Face face;
    /// Its place in the order faces were opened: 0, 1, 2, …
    unsigned ordinal;
    /// Cairo's glyph-to-character answers for this face (ReverseCmap.c), made on first use.
    pthread_once_t reverse_cmap_once;
    struct jixiao_reverse_cmap *reverse_cmap;
    /// The length of the CFF table, and of its start up to the end of the Top DICT INDEX
    /// (SfntTables.c); both 0 when the face has no CFF table or it is not read that way.
    pthread_once_t cff_top_once;
    FT_ULong cff_length, cff_top_length;
} jixiao_owned_face;

/// Runs `make(owner)` once for `once` (a pthread_once_t of `owner`'s), however many threads
/// ask; every caller returns after it has run.
void jixiao_once_per_face(pthread_once_t *once, void (*make)(jixiao_owned_face *), jixiao_owned_face *owner);

/// FreeType's own FT_Load_Sfnt_Table (the one the process calls is SfntTables.c's).
FT_Error jixiao_freetype_load_sfnt_table(FT_Face face, FT_ULong tag, FT_Long offset, FT_Byte *buffer, FT_ULong *length);

/// Whether the shortcuts of SfntTables.c and ReverseCmap.c are on (jixiao_sfnt_shortcuts_set_enabled).
int jixiao_sfnt_shortcuts_enabled(void);

/// ReverseCmap.c: 1 when it has filled `buffer` for Cairo's read of `length` bytes of the cmap
/// table of `owner` at `offset`; 0 when the read is FreeType's to do.
int jixiao_reverse_cmap_serves(jixiao_owned_face *owner, FT_Long offset, FT_Byte *buffer, FT_ULong length);

/// The record of `face` when this process owns it, else NULL. Constant time: the record is
/// the face's `generic` client data, marked as ours by its finalizer.
jixiao_owned_face *jixiao_owned_face_of_ft_face(FT_Face face);

/// The record of the face Cairo's `face` was created on by this process, else NULL.
jixiao_owned_face *jixiao_owned_face_of_cairo_face(cairo_font_face_t *face);

#endif
