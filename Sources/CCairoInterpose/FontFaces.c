// Every FreeType face Cairo draws with is opened here, once per process, and never closed.
//
// Why: Cairo 1.16 opens a face per font file itself and keeps at most ten open
// (MAX_OPEN_FACES in cairo-ft-font.c). Opening an eleventh closes one that no thread holds at
// that instant, but it reads the other font's lock count without taking that font's mutex,
// and opens the new face outside its map lock on the FreeType library all threads share. With
// two render sessions on two threads and more than ten faces in use (six Fandol faces, their
// Common cuts, Noto CJK, Tibetan Machine), one thread's face was freed while another drew with
// it: `jixiao batch --jobs 4` crashed in FT_Get_First_Char on 7 runs of 30 over 48 reports.
// A face handed to Cairo by its caller ("from face") is never closed by Cairo, and Cairo still
// serialises every use of it with that font's mutex.
//
// How: Pango creates each Cairo font face with cairo_ft_font_face_create_for_pattern(). The
// definition below comes before libcairo's in the dynamic linker's search, so Pango's calls
// arrive here (Cairo's own internal calls do not). It adds the face this process owns for the
// pattern's file and index as FC_FT_FACE, which Cairo takes over the file name, and goes on to
// Cairo's definition (found with dlsym(RTLD_NEXT)). A pattern that already carries a face, or
// whose file FreeType cannot open, goes on unchanged, so Cairo reports its own errors as before.
//
// A face is keyed by the file's identity (device, inode, size, modification time) and index,
// not only its path: a font file replaced at the same path gets a face of its own. Faces live
// until the process ends: their number is bounded by the font files a configuration lists.
// Each face's record is its FreeType `generic` data and the user data of the Cairo faces made
// on it, so ReverseCmap.c finds it in constant time from either.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <fontconfig/fcfreetype.h>
#include "CCairoInterpose.h"
#include "OwnedFace.h"

static pthread_mutex_t owned_lock = PTHREAD_MUTEX_INITIALIZER;
static FT_Library owned_library;
static jixiao_owned_face **owned_faces;
static size_t owned_count, owned_capacity;

static int same_file(const jixiao_owned_face *entry, const struct stat *info, int index) {
    return entry->device == info->st_dev && entry->inode == info->st_ino && entry->size == info->st_size
        && entry->modified.tv_sec == info->st_mtim.tv_sec && entry->modified.tv_nsec == info->st_mtim.tv_nsec
        && entry->index == index;
}

/// Marks a face's `generic` data as a record of this file: FreeType calls it when a face is
/// done, which never happens to an owned face.
static void owned_face_finalizer(void *record) { (void)record; }

jixiao_owned_face *jixiao_owned_face_of_ft_face(FT_Face face) {
    return face && face->generic.finalizer == owned_face_finalizer ? face->generic.data : NULL;
}

static const cairo_user_data_key_t owner_key;

jixiao_owned_face *jixiao_owned_face_of_cairo_face(cairo_font_face_t *face) {
    return face ? cairo_font_face_get_user_data(face, &owner_key) : NULL;
}

/// The record this process owns for `file` at `index`, its face opened on first use; NULL
/// when the file cannot be read or FreeType cannot open it.
static jixiao_owned_face *owned_face_for(const char *file, int index) {
    struct stat info;
    if (stat(file, &info) != 0) return NULL;
    jixiao_owned_face *found = NULL;
    pthread_mutex_lock(&owned_lock);
    for (size_t i = 0; i < owned_count && !found; i++)
        if (same_file(owned_faces[i], &info, index)) found = owned_faces[i];
    if (!found && (owned_library || FT_Init_FreeType(&owned_library) == 0)) {
        if (owned_count == owned_capacity) {
            size_t capacity = owned_capacity ? owned_capacity * 2 : 16;
            jixiao_owned_face **grown = realloc(owned_faces, capacity * sizeof *grown);
            if (grown) { owned_faces = grown; owned_capacity = capacity; }
        }
        jixiao_owned_face *record = owned_count < owned_capacity ? calloc(1, sizeof *record) : NULL;
        FT_Face face;
        if (record && FT_New_Face(owned_library, file, index, &face) == 0) {
            *record = (jixiao_owned_face){
                .device = info.st_dev, .inode = info.st_ino, .size = info.st_size,
                .modified = info.st_mtim, .index = index, .face = face,
                .ordinal = (unsigned)owned_count, .reverse_cmap_once = PTHREAD_ONCE_INIT,
                .cff_top_once = PTHREAD_ONCE_INIT,
            };
            face->generic.data = record;
            face->generic.finalizer = owned_face_finalizer;
            owned_faces[owned_count++] = found = record;
        } else {
            free(record);
        }
    }
    pthread_mutex_unlock(&owned_lock);
    return found;
}

typedef cairo_font_face_t *(*create_for_pattern_function)(FcPattern *);
static create_for_pattern_function cairo_create_for_pattern;
static pthread_once_t cairo_create_for_pattern_once = PTHREAD_ONCE_INIT;

static void find_cairo_create_for_pattern(void) {
    cairo_create_for_pattern = (create_for_pattern_function)dlsym(RTLD_NEXT, "cairo_ft_font_face_create_for_pattern");
}

cairo_font_face_t *cairo_ft_font_face_create_for_pattern(FcPattern *pattern) {
    pthread_once(&cairo_create_for_pattern_once, find_cairo_create_for_pattern);
    // Without Cairo's definition there is nothing to go on to; Cairo's own nil face for "no
    // memory" is not reachable from here, and a NULL would crash Pango. The same library that
    // linked this program exports it, so this does not happen.
    if (!cairo_create_for_pattern) abort();

    FT_Face existing;
    FcChar8 *file;
    if (!pattern || FcPatternGetFTFace(pattern, FC_FT_FACE, 0, &existing) == FcResultMatch
        || FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch)
        return cairo_create_for_pattern(pattern);
    int index = 0;
    FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
    jixiao_owned_face *owned = owned_face_for((const char *)file, index);
    FcPattern *with_face = owned ? FcPatternDuplicate(pattern) : NULL;
    if (!with_face || !FcPatternAddFTFace(with_face, FC_FT_FACE, owned->face)) {
        if (with_face) FcPatternDestroy(with_face);
        return cairo_create_for_pattern(pattern);
    }
    cairo_font_face_t *result = cairo_create_for_pattern(with_face);
    FcPatternDestroy(with_face);
    // Cairo may hand back a face it made earlier for the same face and options: the owner is
    // the same, and setting it again changes nothing. A failure (no memory) only leaves the
    // face without reverse-cmap hints, which cost speed, never bytes.
    if (cairo_font_face_status(result) == CAIRO_STATUS_SUCCESS && !jixiao_owned_face_of_cairo_face(result))
        cairo_font_face_set_user_data(result, &owner_key, owned, NULL);
    return result;
}

int jixiao_owned_face_count(void) {
    pthread_mutex_lock(&owned_lock);
    int count = (int)owned_count;
    pthread_mutex_unlock(&owned_lock);
    return count;
}

int jixiao_scaled_font_has_owned_face(cairo_scaled_font_t *scaled_font) {
    FT_Face face = cairo_ft_scaled_font_lock_face(scaled_font);
    if (!face) return 0;
    cairo_ft_scaled_font_unlock_face(scaled_font);
    return jixiao_owned_face_of_ft_face(face) != NULL;
}

long jixiao_scaled_font_glyph_count(cairo_scaled_font_t *scaled_font) {
    FT_Face face = cairo_ft_scaled_font_lock_face(scaled_font);
    if (!face) return 0;
    long count = face->num_glyphs;
    cairo_ft_scaled_font_unlock_face(scaled_font);
    return count;
}

// pthread_once passes its function no argument: the record and the work travel in
// thread-locals, set by the thread that runs it just before.
static __thread jixiao_owned_face *once_owner;
static __thread void (*once_make)(jixiao_owned_face *);
static void run_once_for_owner(void) { once_make(once_owner); }

void jixiao_once_per_face(pthread_once_t *once, void (*make)(jixiao_owned_face *), jixiao_owned_face *owner) {
    once_owner = owner;
    once_make = make;
    pthread_once(once, run_once_for_owner);
}
