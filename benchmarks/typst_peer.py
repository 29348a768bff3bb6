"""Typst's time on the report Jixiao renders: the peer of `jixiao-bench warm` in `make bench`.

Run with the benchmark's own virtual environment (benchmarks/run.sh creates .build-typst-venv
and installs the PyPI `typst` binding there; it is never a dependency of Jixiao):

    .build-typst-venv/bin/python benchmarks/typst_peer.py warm REPORT.typ N OUT.pdf FONTDIR...
        one reused typst.Compiler compiles REPORT.typ N times after two unmeasured runs,
        printing "ms <milliseconds>" for each; every compile gets a different
        sys.inputs.variant (the markup appends it to the document title and the table's
        项目名称), because Typst memoises layout and an unchanged input would time its cache.
    .build-typst-venv/bin/python benchmarks/typst_peer.py cold-statement REPORT.typ OUT.pdf FONTDIR...
        the Python statement run.sh times in a fresh process (`python -c`) for the cold figure.
    .build-typst-venv/bin/python benchmarks/typst_peer.py fonts FONTDIR...
        the families, weights and files Typst finds in FONTDIR (what the markup must name).

Every compile asks for PDF/A-2u with tags, the level Jixiao writes (docs/archiving.md),
writes the PDF to OUT.pdf as `jixiao-bench warm` writes its own, and uses only the font
folders given (the ones fonts/fonts.conf lists), never the system's fonts, as Jixiao's
private fontconfig does. The cold figure is not taken in this process: run.sh times the
cold statement with hyperfine and subtracts `python -c 'import typst'` (Python's start-up).
"""
import datetime
import json
import sys
import time

import typst

#: A fixed timestamp, so the PDF's dates do not come from the clock (Jixiao's do not either).
TIMESTAMP = int(datetime.datetime(2025, 5, 12, tzinfo=datetime.timezone.utc).timestamp())
#: Jixiao writes PDF/A-2u; Typst's pdf_standards can ask for the same part and level.
PDF_STANDARDS = ["a-2u"]

#: The statement hyperfine times in a fresh process for the cold figure, with the same options
#: as `warm` (kept here so both compile alike). Its literals are JSON, which Python reads too:
#: double quotes only, so run.sh can put the statement between single quotes.
COLD = ("import typst; typst.compile({typ}, output={out}, font_paths={fonts}, ignore_system_fonts=True, "
        "pdf_standards={standards}, timestamp={timestamp})")


def cold_statement(typ, out, fonts):
    return COLD.format(typ=json.dumps(typ), out=json.dumps(out), fonts=json.dumps(list(fonts)),
                       standards=json.dumps(PDF_STANDARDS), timestamp=TIMESTAMP)


def warm(typ, iterations, out, fonts):
    compiler = typst.Compiler(typ, font_paths=list(fonts), ignore_system_fonts=True)
    for run in range(iterations + 2):
        inputs = {"variant": f"（第{run + 1}号）"}
        start = time.perf_counter()
        pdf = compiler.compile(format="pdf", sys_inputs=inputs, pdf_standards=PDF_STANDARDS, timestamp=TIMESTAMP)
        with open(out, "wb") as handle:
            handle.write(pdf)
        elapsed = (time.perf_counter() - start) * 1000
        if run >= 2:
            print(f"ms {elapsed:.3f}", flush=True)


def fonts(folders):
    found = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=list(folders)).fonts()
    for info in sorted(found, key=lambda f: (f.family, f.weight, f.path or "")):
        print(f"{info.family}\t{info.style}\t{info.weight}\t{info.path}")


def main(argv):
    if len(argv) >= 5 and argv[1] == "warm" and argv[3].isdigit():
        warm(argv[2], int(argv[3]), argv[4], argv[5:])
    elif len(argv) >= 5 and argv[1] == "cold-statement":
        print(cold_statement(argv[2], argv[3], argv[4:]))
    elif len(argv) >= 2 and argv[1] == "fonts":
        fonts(argv[2:])
    else:
        sys.exit("usage: typst_peer.py warm REPORT.typ N OUT.pdf FONTDIR... | cold-statement REPORT.typ OUT.pdf FONTDIR... "
                 "| fonts FONTDIR...")


if __name__ == "__main__":
    main(sys.argv)
