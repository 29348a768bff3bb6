#!/usr/bin/env python3
"""Writes the "Common" cut of one Fandol font: the same font with fewer Han ideographs.

    make-common-fonts.py SOURCE.otf OUTPUT.otf

Why: Cairo's CFF subsetter loads and parses the whole CFF table of every face a document
uses, once per document, and the six Fandol fonts hold about 10,300 glyphs each (CFF tables of
3.5-7.7 MB). A report needs a few hundred of them. The Common cut keeps the 3,755 Han
characters of GB2312 level 1 (the everyday ones) and every character of the font that is not
a Han ideograph: about 5,900 glyphs instead of 10,300, a CFF table half the size, for the
subsetter to read. Measured with callgrind on the bundled example: 334 M instructions per
render instead of 381 M (-12%), pixel for pixel the same pages.
fonts/fonts.conf puts each Common family in front of its full family, so a character outside
level 1 (鑫, 琪) is still drawn by the full Fandol face.

What stays the same: every glyph kept is the original's, with its hinting, metrics, layout
features (GPOS), vertical metrics, name records of every platform, and the BASE table
(copied back: fontTools does not subset it, and here it holds no glyph ids). The PostScript
name (name ID 6) and the CFF FontName stay the original's, so a PDF still names the face
`XXXXXX+FandolFang-Regular`. What changes: the family becomes "<family> Common" (name IDs 1
and 16, and the full name, ID 4), so fontconfig tells the two cuts apart.

Deterministic: no timestamps or bounds are recalculated, so the same source and the same
fontTools (pinned in fonts/requirements-fonttools.txt) give the same bytes, which
fonts/SHA256SUMS.common records. Quiet on success; exits 1 with a message otherwise.
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

COMMON_SUFFIX = " Common"


def gb2312_level1():
    """The 3,755 Han characters of GB2312 level 1: rows 16-55, bytes 0xB0A1-0xD7F9."""
    characters = set()
    for first in range(0xB0, 0xD8):
        for second in range(0xA1, 0xFF):
            try:
                characters.add(ord(bytes([first, second]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # 0xD7FA-0xD7FE are unassigned
    if len(characters) != 3755:
        raise SystemExit(f"make-common-fonts.py: GB2312 level 1 has {len(characters)} characters here, not 3755")
    return characters


def is_han(code):
    """A Han ideograph: CJK Unified Ideographs and Extension A, Compatibility Ideographs,
    and everything from Extension B (U+20000) up."""
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


def kept_characters(font):
    level1 = gb2312_level1()
    return {code for code in font.getBestCmap() if code in level1 or not is_han(code)}


def subset_options():
    options = subset.Options()
    options.retain_gids = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    # Keep the Macintosh-platform names too, renamed alike (rename_family), so no name record
    # of the original is lost. (The Mac GB2312 cmap, 1/25, goes: fontTools subsets only Unicode
    # cmaps by character, and FreeType, fontconfig and HarfBuzz read the Unicode ones.)
    options.name_legacy = True
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.glyph_names = True
    options.hinting = True
    options.legacy_kern = True
    options.symbol_cmap = True
    options.prune_unicode_ranges = False
    options.prune_codepage_ranges = False
    options.recalc_bounds = False
    options.recalc_timestamp = False
    options.recalc_average_width = False
    options.drop_tables = []
    return options


def require_no_glyph_ids_in_base(base, source):
    """BaseCoord format 2 names a glyph (whose id the subset would change); 3 has a device
    table. Fandol's BASE uses only format 1 (a plain coordinate), so it can be copied as is."""
    table = base.table
    for axis in (table.HorizAxis, table.VertAxis):
        if axis is None:
            continue
        for record in axis.BaseScriptList.BaseScriptRecord:
            script = record.BaseScript
            coords = list(script.BaseValues.BaseCoord) if script.BaseValues else []
            for minmax in [script.DefaultMinMax] + [r.MinMax for r in script.BaseLangSysRecord]:
                if minmax:
                    coords += [c for c in (minmax.MinCoord, minmax.MaxCoord) if c]
            if any(coord.Format != 1 for coord in coords):
                raise SystemExit(f"make-common-fonts.py: {source}: BASE has a coordinate of format 2 or 3 "
                                 "(with a glyph id or device table); it cannot be copied into a subset unchanged")


def rename_family(font, source):
    """Family "X" (or typographic family "X" beside a legacy family such as "FandolFang R")
    becomes "X Common" in name IDs 1 and 16, on every platform; the full name (ID 4) keeps
    what followed the family ("FandolHei Bold" -> "FandolHei Common Bold"). The PostScript
    name (ID 6) is left alone."""
    name = font["name"]
    typographic = name.getDebugName(16) or name.getDebugName(1)
    if not typographic:
        raise SystemExit(f"make-common-fonts.py: {source}: no family name (name ID 1)")
    common = typographic + COMMON_SUFFIX
    # The original family of each platform, encoding and language, read before any is renamed.
    families = {(r.platformID, r.platEncID, r.langID): r.toUnicode() for r in name.names if r.nameID == 1}
    for record in name.names:
        if record.nameID not in (1, 4, 16):
            continue
        if record.nameID == 4:
            old = record.toUnicode()
            family = families.get((record.platformID, record.platEncID, record.langID), typographic)
            if not old.startswith(family):
                raise SystemExit(f"make-common-fonts.py: {source}: full name {old!r} does not start with "
                                 f"the family {family!r}")
            record.string = common + old[len(family):]
        else:
            record.string = common


def make_common(source, output):
    # As fontTools.subset's own command loads a font: bounds and the timestamp stay the original's
    # (recalcBBoxes would also rework hhea, vhea and the CFF FontBBox on every save: slow, and a change).
    font = TTFont(source, recalcBBoxes=False, recalcTimestamp=False)
    characters = kept_characters(font)
    base = font["BASE"] if "BASE" in font else None
    if base is not None:
        require_no_glyph_ids_in_base(base, source)
        # Out of the way while subsetting (the subsetter would drop it with a warning), back after.
        del font["BASE"]
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    if base is not None:
        font["BASE"] = base
    rename_family(font, source)
    # Written beside the output and renamed, so an interrupted run leaves no half a font.
    partial = f"{output}.partial-{os.getpid()}"
    try:
        font.save(partial)
        os.replace(partial, output)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def main(arguments):
    if len(arguments) != 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    source, output = arguments
    try:
        make_common(source, output)
    except (OSError, KeyError, ValueError) as error:
        print(f"make-common-fonts.py: {source}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
