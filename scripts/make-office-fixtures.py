#!/usr/bin/env python3
"""Regenerates the .xlsx/.docx fixtures of Tests/Fixtures/office from their flat ODF sources.

    apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui   # Debian; not a build dependency
    python3 scripts/make-office-fixtures.py

The sources (Tests/Fixtures/office/source/*.fods and *.fodt) are plain XML, written and
reviewed by hand: merged cells, formulas, number formats, heading styles and list numbering
are all spelled out there. LibreOffice, headless, converts each one the way a clerk's
"另存为 Excel 工作簿 / Word 文档" does, so the fixtures are what real office software writes,
not what a test library thinks it writes.

LibreOffice stamps each package with the time of the run (ZIP entry dates, docProps/core.xml);
the script re-zips every output with fixed dates and a fixed entry order, so running it twice
with the same LibreOffice gives the same bytes. CI never runs it: the tests read the committed
files. Only the standard library is used.
"""
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "Tests" / "Fixtures" / "office"
SOURCES = OFFICE / "source"
# The earliest date a ZIP entry can carry: no run's clock leaks into the bytes.
FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FIXED_DOCUMENT_DATE = "2024-01-01T00:00:00Z"
# Source suffix → (output extension, LibreOffice export filter).
FILTERS = {
    ".fods": ("xlsx", "Calc MS Excel 2007 XML"),
    ".fodt": ("docx", "MS Word 2007 XML"),
}


def soffice() -> str:
    found = os.environ.get("SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        sys.exit("make-office-fixtures: soffice not found; on Debian: "
                 "apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui (or set SOFFICE)")
    return found


def convert(program: str, sources: list, extension: str, export_filter: str, out: Path, profile: Path) -> None:
    """One LibreOffice run converting `sources`; its own profile, so a desktop LibreOffice that
    is open (or another run of this script) neither blocks nor changes the conversion."""
    command = [program, "--headless", "--norestore", "-env:UserInstallation=" + profile.as_uri(),
               "--convert-to", '%s:%s' % (extension, export_filter), "--outdir", str(out)] + [str(s) for s in sources]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    missing = [s for s in sources if not (out / (s.stem + "." + extension)).exists()]
    if result.returncode != 0 or missing:
        sys.exit("make-office-fixtures: soffice failed (%d) for %s:\n%s"
                 % (result.returncode, ", ".join(s.name for s in missing) or "?", result.stdout))


def fixed_part(name: str, data: bytes) -> bytes:
    """A part without the run's clock: the document dates LibreOffice stamps in core.xml."""
    if name == "docProps/core.xml":
        text = data.decode("utf-8")
        text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_DOCUMENT_DATE, text)
        text = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>1</cp:revision>", text)
        return text.encode("utf-8")
    if name == "docProps/app.xml":
        return re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"<TotalTime>0</TotalTime>", data)
    return data


def rezip(data: bytes) -> bytes:
    """The package re-written with fixed entry dates and attributes, [Content_Types].xml first
    (as Office writes it), the other entries in LibreOffice's order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    names = [n for n in names if n == "[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, fixed_part(name, source.read(name)), compresslevel=9)
    return out.getvalue()


def main() -> int:
    program = soffice()
    start = time.monotonic()
    sources = sorted(SOURCES.glob("*.fod[st]"))
    if not sources:
        sys.exit("make-office-fixtures: no sources in %s" % SOURCES)
    with tempfile.TemporaryDirectory(prefix="jixiao-office-") as temporary:
        work = Path(temporary)
        for suffix, (extension, export_filter) in FILTERS.items():
            group = [s for s in sources if s.suffix == suffix]
            if group:
                convert(program, group, extension, export_filter, work / "out", work / "profile")
        for source in sources:
            extension = FILTERS[source.suffix][0]
            fixture = OFFICE / (source.stem + "." + extension)
            fixture.write_bytes(rezip((work / "out" / fixture.name).read_bytes()))
            digest = hashlib.sha256(fixture.read_bytes()).hexdigest()
            print("%-28s %6d bytes  sha256 %s" % (fixture.name, fixture.stat().st_size, digest[:16]))
    print("make-office-fixtures: %d files in %.1f s" % (len(sources), time.monotonic() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
