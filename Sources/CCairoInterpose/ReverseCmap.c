// Cairo's glyph-to-character lookup, answered from a table that finds the glyph first.
//
// Why: for every glyph a PDF document uses, the first time it is drawn, Cairo 1.16 asks which
// character the glyph stands for (_cairo_truetype_reverse_cmap in cairo-truetype-subset.c).
// It reads the font's (3,1) format-4 cmap subtable through FT_Load_Sfnt_Table and scans its
// segments linearly: first every segment with idRangeOffset 0 (is index − idDelta inside it?),
// then the glyph arrays of the others. The Fandol faces have 2,750 to 4,375 segments, so each
// lookup takes about 82,000 instructions: 49 M of a warm render's 210 M on the seed report,
// 23%. Cairo keeps nothing between glyphs or documents.
//
// The answer must stay exactly Cairo's: it goes into the PDF where a glyph's text is not one
// character (ToUnicode of ligatures, runs drawn without text) and decides which glyphs go into
// the WinAnsi subset. So the answers are never computed differently; only the table is
// arranged so that Cairo's own scan meets the answer first.
//
// How: Cairo's reads arrive at SfntTables.c's FT_Load_Sfnt_Table, which hands those of the
// cmap table of a face this process owns (FontFaces.c) to jixiao_reverse_cmap_serves below.
// The reads at the (3,1) subtable's offset get a copy of that subtable with W empty segments
// put in front (W ≤ 32, the subtable staying under 65,536 bytes); everything else goes on to
// FreeType unchanged. Before handing the copy over, each front segment is filled with one
// glyph Cairo is about to ask for, mapped to the character Cairo's scan of the original
// subtable gives it, which was worked out once per face by running that scan's rules over
// the whole subtable:
//
// - A front segment [c, c] with idDelta (g − c) mod 65536 and idRangeOffset 0 claims glyph g
//   and nothing else, with the answer c that the original table gives g. Cairo's scan finds g
//   there; any other glyph passes the front segments unclaimed and meets the original ones in
//   their original order, so its answer is the original answer too.
// - The original idRangeOffset values stay right: each is a byte distance from its own slot
//   to the glyph array that follows the idRangeOffset array, and putting W segments in front
//   moves both by the same 8 W bytes. Faces whose offsets point anywhere else, whose segments
//   fail Cairo's bounds check, or whose first (3,1) subtable is not format 4 are passed
//   through: they get exactly Cairo's usual reads.
//
// Which glyphs Cairo is about to ask for: JixiaoRender notes every glyph run before drawing it
// (jixiao_note_shown_glyphs) and when a PDF document starts (jixiao_begin_pdf_document). Cairo
// asks once per glyph and Cairo font face per document, when a page is replayed into the PDF
// at cairo_show_page, in drawing order, so the glyphs' first appearances in drawing order are
// its questions in order. The front segments hold the next 28 and the last 4 of that order. A
// wrong guess costs the usual scan, never a different answer: the PDF is byte-identical with
// the hints or without them (SfntTableTests check it with jixiao_sfnt_shortcuts_set_enabled).
//
// Measured with callgrind on the seed report, warm: 210 M instructions per render before,
// 180 M after, the same bytes.
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cairo-ft.h>
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include "CCairoInterpose.h"
#include "OwnedFace.h"

enum {
    /// Front segments: the glyphs of the guess, at most.
    front_segments = 32,
    /// Of those, glyphs already asked for (in case Cairo asked for one less than noted).
    front_behind = 4,
    /// More glyph-to-character pairs than this in a face's segments: not worked out, passed
    /// through (real fonts have at most 65,536; this bounds the work on a malformed one).
    pairs_limit = 1 << 20,
    /// Cairo faces a thread keeps notes for (8 KB each); Cairo shares its faces between
    /// sessions, so a process meets a few dozen, and past this a new one only goes unhinted.
    drawn_faces_limit = 256,
};

/// A face's (3,1) subtable, rearranged, and Cairo's answer for every glyph index.
typedef struct jixiao_reverse_cmap {
    /// The subtable's offset in the cmap table: the only reads that are served here.
    FT_Long offset;
    /// The rearranged subtable, its `length` field included; `front` empty segments first.
    uint8_t *served;
    uint16_t served_length;
    unsigned front, segments;
    /// The character Cairo's scan of the original subtable gives each glyph index; −1: none.
    int32_t answer[65536];
} jixiao_reverse_cmap;

static inline uint16_t be16(const uint8_t *bytes, size_t word) {
    return (uint16_t)(bytes[2 * word] << 8 | bytes[2 * word + 1]);
}

static inline void put_be16(uint8_t *bytes, size_t word, uint16_t value) {
    bytes[2 * word] = (uint8_t)(value >> 8);
    bytes[2 * word + 1] = (uint8_t)value;
}

/// `length` bytes of the cmap table at `offset`, read the way Cairo reads them; NULL if
/// FreeType refuses.
static uint8_t *read_cmap(FT_Face face, FT_Long offset, FT_ULong length) {
    uint8_t *bytes = malloc(length ? length : 1);
    FT_ULong got = length;
    if (bytes && jixiao_freetype_load_sfnt_table(face, TTAG_cmap, offset, bytes, &got) == 0 && got == length)
        return bytes;
    free(bytes);
    return NULL;
}

// MARK: - Cairo's answers, worked out once per face

/// The offset of the first (3,1) subtable, the one Cairo reads, when it is format 4, and its
/// `length` field; −1 otherwise.
static FT_Long first_unicode_bmp_subtable(FT_Face face, size_t *length) {
    uint8_t *head = read_cmap(face, 0, 4);
    if (!head) return -1;
    unsigned tables = be16(head, 1);
    free(head);
    uint8_t *index = read_cmap(face, 0, 4 + 8 * (FT_ULong)tables);
    if (!index) return -1;
    FT_Long offset = -1;
    for (unsigned i = 0; i < tables && offset < 0; i++) {
        const uint8_t *entry = index + 4 + 8 * i;
        if (be16(entry, 0) == 3 && be16(entry, 1) == 1)
            offset = (FT_Long)((uint32_t)entry[4] << 24 | (uint32_t)entry[5] << 16 | (uint32_t)entry[6] << 8 | entry[7]);
    }
    free(index);
    if (offset < 0) return -1;
    uint8_t *format = read_cmap(face, offset, 4);
    if (!format) return -1;
    int is_format_4 = be16(format, 0) == 4;
    *length = be16(format, 1);
    free(format);
    return is_format_4 ? offset : -1;
}

/// Fills `map->answer` by Cairo's rules over the format-4 subtable `table` (`length` bytes,
/// `segments` segments): the first segment with idRangeOffset 0 that holds (index − idDelta)
/// mod 65536, else the first glyph array entry equal to the index, else none. Returns 0 when a
/// segment would make Cairo give up (its bounds check) or points outside the glyph array.
static int work_out_answers(jixiao_reverse_cmap *map, const uint8_t *table, size_t length, unsigned segments) {
    const size_t end = 7, start = 8 + segments, delta = 8 + 2 * (size_t)segments,
                 range_offset = 8 + 3 * (size_t)segments, glyph_array = 8 + 4 * (size_t)segments;
    for (size_t g = 0; g < 65536; g++) map->answer[g] = -1;
    size_t pairs = 0;
    // Cairo stops each of its two passes at the first segment [0xFFFF, 0xFFFF].
    unsigned stop = 0;
    while (stop < segments && !(be16(table, start + stop) == 0xFFFF && be16(table, end + stop) == 0xFFFF)) stop++;
    for (unsigned i = 0; i < stop; i++) {
        uint16_t first = be16(table, start + i), last = be16(table, end + i);
        if (be16(table, range_offset + i) != 0 || first > last) continue;
        if ((pairs += (size_t)(last - first) + 1) > pairs_limit) return 0;
        for (uint32_t c = first; c <= last; c++) {
            uint16_t g = (uint16_t)(c + be16(table, delta + i));
            if (map->answer[g] < 0) map->answer[g] = (int32_t)c;
        }
    }
    // The second pass compares the array's raw entries with the index (Cairo ignores idDelta
    // there), so a glyph found only by it gets that entry's character.
    for (unsigned i = 0; i < stop; i++) {
        uint16_t first = be16(table, start + i), last = be16(table, end + i);
        uint16_t offset = be16(table, range_offset + i);
        if (offset == 0) continue;
        int range_size = (int)last - (int)first + 1;
        if (range_size <= 0) continue;
        size_t glyphs = range_offset + i + offset / 2;
        if (glyphs < glyph_array || 2 * (glyphs + (size_t)range_size) > length) return 0;
        if ((pairs += (size_t)range_size) > pairs_limit) return 0;
        for (int j = 0; j < range_size; j++) {
            uint16_t g = be16(table, glyphs + (size_t)j);
            if (map->answer[g] < 0) map->answer[g] = (int32_t)first + j;
        }
    }
    return 1;
}

/// The face's rearranged subtable and answers, or NULL when its reads are passed through.
static jixiao_reverse_cmap *make_reverse_cmap(FT_Face face) {
    size_t length = 0;
    FT_Long offset = first_unicode_bmp_subtable(face, &length);
    if (offset < 0) return NULL;
    uint8_t *table = length >= 16 ? read_cmap(face, offset, length) : NULL;
    if (!table) return NULL;
    unsigned segments = be16(table, 3) / 2;
    size_t room = (65535 - length) / 8;
    unsigned front = room < front_segments ? (unsigned)room : front_segments;
    jixiao_reverse_cmap *map = NULL;
    if (length >= 16 + 8 * (size_t)segments && front > 0 && (map = malloc(sizeof *map))
        && work_out_answers(map, table, length, segments)
        && (map->served = calloc(1, length + 8 * (size_t)front))) {
        unsigned total = segments + front;
        size_t old_array = 7, new_array = 7;
        map->offset = offset;
        map->served_length = (uint16_t)(length + 8 * front);
        map->front = front;
        map->segments = total;
        uint8_t *served = map->served;
        put_be16(served, 0, 4);
        put_be16(served, 1, map->served_length);
        put_be16(served, 2, be16(table, 2));
        put_be16(served, 3, (uint16_t)(2 * total));
        // searchRange, entrySelector and rangeShift as the specification derives them (Cairo
        // reads none of them; the copy never leaves this process).
        unsigned power = 1, log2 = 0;
        while (power * 2 <= total) { power *= 2; log2++; }
        put_be16(served, 4, (uint16_t)(2 * power));
        put_be16(served, 5, (uint16_t)log2);
        put_be16(served, 6, (uint16_t)(2 * total - 2 * power));
        // Four arrays of `segments` words (endCode, then the pad word, startCode, idDelta,
        // idRangeOffset), each preceded by `front` words of an empty segment: [1, 0], which
        // no index falls into, with idDelta and idRangeOffset 0.
        for (int array = 0; array < 4; array++) {
            for (unsigned i = 0; i < front; i++) put_be16(served, new_array + i, array == 1 ? 1 : 0);
            new_array += front;
            memcpy(served + 2 * new_array, table + 2 * old_array, 2 * (size_t)segments);
            new_array += segments;
            old_array += segments;
            if (array == 0) { put_be16(served, new_array++, be16(table, old_array++)); }
        }
        memcpy(served + 2 * new_array, table + 2 * old_array, length - 2 * old_array);
    } else {
        free(map);
        map = NULL;
    }
    free(table);
    return map;
}

static void make_reverse_cmap_for(jixiao_owned_face *owner) { owner->reverse_cmap = make_reverse_cmap(owner->face); }

// MARK: - The glyphs Cairo is about to ask for, per thread

/// The glyphs drawn with one Cairo font face since the thread's document began (Cairo asks
/// once per glyph and Cairo face: it keys its font subsets by the Cairo face).
typedef struct {
    cairo_font_face_t *face;
    uint64_t drawn[65536 / 64];
} drawn_glyphs;

/// The questions Cairo will ask of one owned FreeType face, in order, and how many it asked.
typedef struct {
    uint16_t *glyphs;
    size_t count, capacity, asked;
} expected_questions;

typedef struct {
    drawn_glyphs **drawn;
    size_t drawn_count, drawn_capacity;
    /// Indexed by the owned face's ordinal.
    expected_questions *questions;
    size_t questions_count;
} thread_hints;

static __thread thread_hints *current_hints;
static pthread_key_t hints_key;
static pthread_once_t hints_key_once = PTHREAD_ONCE_INIT;

static void free_hints(void *hints_pointer) {
    thread_hints *hints = hints_pointer;
    for (size_t i = 0; i < hints->drawn_count; i++) free(hints->drawn[i]);
    for (size_t i = 0; i < hints->questions_count; i++) free(hints->questions[i].glyphs);
    free(hints->drawn);
    free(hints->questions);
    free(hints);
}

static void make_hints_key(void) { pthread_key_create(&hints_key, free_hints); }

static thread_hints *hints_of_this_thread(void) {
    if (current_hints) return current_hints;
    pthread_once(&hints_key_once, make_hints_key);
    thread_hints *hints = calloc(1, sizeof *hints);
    if (hints && pthread_setspecific(hints_key, hints) != 0) { free(hints); hints = NULL; }
    return current_hints = hints;
}

void jixiao_begin_pdf_document(void) {
    thread_hints *hints = current_hints;
    if (!hints) return;
    for (size_t i = 0; i < hints->drawn_count; i++) memset(hints->drawn[i]->drawn, 0, sizeof hints->drawn[i]->drawn);
    for (size_t i = 0; i < hints->questions_count; i++) hints->questions[i].count = hints->questions[i].asked = 0;
}

static drawn_glyphs *drawn_with(thread_hints *hints, cairo_font_face_t *face) {
    for (size_t i = 0; i < hints->drawn_count; i++)
        if (hints->drawn[i]->face == face) return hints->drawn[i];
    if (hints->drawn_count == drawn_faces_limit) return NULL;
    if (hints->drawn_count == hints->drawn_capacity) {
        size_t capacity = hints->drawn_capacity ? 2 * hints->drawn_capacity : 8;
        drawn_glyphs **grown = realloc(hints->drawn, capacity * sizeof *grown);
        if (!grown) return NULL;
        hints->drawn = grown;
        hints->drawn_capacity = capacity;
    }
    drawn_glyphs *drawn = calloc(1, sizeof *drawn);
    if (!drawn) return NULL;
    drawn->face = face;
    return hints->drawn[hints->drawn_count++] = drawn;
}

static expected_questions *questions_for(thread_hints *hints, unsigned ordinal, int grow) {
    if (ordinal >= hints->questions_count) {
        if (!grow) return NULL;
        size_t count = ordinal + 1;
        expected_questions *grown = realloc(hints->questions, count * sizeof *grown);
        if (!grown) return NULL;
        memset(grown + hints->questions_count, 0, (count - hints->questions_count) * sizeof *grown);
        hints->questions = grown;
        hints->questions_count = count;
    }
    return &hints->questions[ordinal];
}

void jixiao_note_shown_glyphs(cairo_scaled_font_t *font, const cairo_glyph_t *glyphs, int count) {
    if (!jixiao_sfnt_shortcuts_enabled() || !font || count <= 0) return;
    cairo_font_face_t *face = cairo_scaled_font_get_font_face(font);
    jixiao_owned_face *owner = jixiao_owned_face_of_cairo_face(face);
    thread_hints *hints = owner ? hints_of_this_thread() : NULL;
    drawn_glyphs *drawn = hints ? drawn_with(hints, face) : NULL;
    expected_questions *questions = drawn ? questions_for(hints, owner->ordinal, 1) : NULL;
    if (!questions) return;
    for (int i = 0; i < count; i++) {
        unsigned long glyph = glyphs[i].index;
        if (glyph > 0xFFFF || drawn->drawn[glyph / 64] & (uint64_t)1 << (glyph % 64)) continue;
        if (questions->count == questions->capacity) {
            size_t capacity = questions->capacity ? 2 * questions->capacity : 256;
            uint16_t *grown = realloc(questions->glyphs, capacity * sizeof *grown);
            if (!grown) return;
            questions->glyphs = grown;
            questions->capacity = capacity;
        }
        drawn->drawn[glyph / 64] |= (uint64_t)1 << (glyph % 64);
        questions->glyphs[questions->count++] = (uint16_t)glyph;
    }
}

void jixiao_reverse_cmap_questions(long *noted, long *asked) {
    *noted = *asked = 0;
    thread_hints *hints = current_hints;
    for (size_t i = 0; hints && i < hints->questions_count; i++) {
        *noted += (long)hints->questions[i].count;
        *asked += (long)hints->questions[i].asked;
    }
}

// MARK: - The reads

/// Copies the rearranged subtable into `buffer` with its front segments holding the glyphs
/// Cairo is expected to ask for next, and counts one question asked.
static void serve(const jixiao_reverse_cmap *map, unsigned ordinal, FT_Byte *buffer) {
    memcpy(buffer, map->served, map->served_length);
    thread_hints *hints = current_hints;
    expected_questions *questions = hints ? questions_for(hints, ordinal, 0) : NULL;
    if (!questions) return;
    const size_t end = 7, start = 8 + map->segments, delta = 8 + 2 * (size_t)map->segments;
    unsigned slot = 0;
    for (size_t k = questions->asked > front_behind ? questions->asked - front_behind : 0;
         k < questions->count && slot < map->front; k++) {
        uint16_t glyph = questions->glyphs[k];
        int32_t character = map->answer[glyph];
        // No answer stays no answer (Cairo goes on to FreeType's charmap then); [0xFFFF,
        // 0xFFFF] would end Cairo's scan.
        if (character < 0 || character == 0xFFFF) continue;
        put_be16(buffer, end + slot, (uint16_t)character);
        put_be16(buffer, start + slot, (uint16_t)character);
        put_be16(buffer, delta + slot, (uint16_t)(glyph - character));
        slot++;
    }
    if (questions->asked < questions->count) questions->asked++;
}

int jixiao_reverse_cmap_serves(jixiao_owned_face *owner, FT_Long offset, FT_Byte *buffer, FT_ULong length) {
    jixiao_once_per_face(&owner->reverse_cmap_once, make_reverse_cmap_for, owner);
    const jixiao_reverse_cmap *map = owner->reverse_cmap;
    if (!map || offset != map->offset) return 0;
    if (length == 4) {
        memcpy(buffer, map->served, 4);
        return 1;
    }
    if (length != map->served_length) return 0;
    serve(map, owner->ordinal, buffer);
    return 1;
}
