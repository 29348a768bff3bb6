#!/usr/bin/env bash
# `make bench`: measures Jixiao in release mode, and Typst on the same report (issue 15), and
# writes benchmarks/RESULTS.md.
# Not a test: it measures and reports. Every figure is the median of repeated runs with its
# spread (min–max). Needs hyperfine and GNU time (installed by `make bench`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
WORK=$(mktemp -d /tmp/jixiao-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
SEED=assets/examples/linzhi-2024-kunnan-zhigong.yaml
OUT=benchmarks/RESULTS.md
N_WARM=${N_WARM:-60}

# The release build as `make install` makes it (scripts/install.sh): the Swift runtime and
# Foundation linked in, so a cold start resolves no Swift symbols at load time.
RELEASE=(-c release --static-swift-stdlib)
echo "bench: building release…" >&2
$SWIFT build "${RELEASE[@]}" --product jixiao >&2
$SWIFT build "${RELEASE[@]}" --product jixiao-bench >&2
BIN=$($SWIFT build "${RELEASE[@]}" --show-bin-path)
JIXIAO=$BIN/jixiao
BENCH=$BIN/jixiao-bench
cc -O2 -o "$WORK/floor" benchmarks/floor/floor.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
"$BENCH" plain-text "$SEED" > "$WORK/seed.txt"     # the floor lays out exactly our text

ms_lines() { awk '/^ms /{print $2}'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# The milliseconds of each run of command INDEX in a hyperfine JSON export, one a line.
hyperfine_ms() {
  python3 -c "import json,sys; print('\n'.join(str(t*1000) for t in json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['times']))" "$1" "$2"
}
loadavg > "$WORK/load-start.txt"

# Typst, the peer of issue 15, from PyPI into a virtual environment of the benchmark's own
# (git-ignored, like every .build-* folder; never a dependency of Jixiao). The newest 0.15.x
# on PyPI when this was written; TYPST_VERSION overrides it.
TYPST_VERSION=${TYPST_VERSION:-0.15.2}
TYPST_VENV=$ROOT/.build-typst-venv
if ! "$TYPST_VENV/bin/python" -c "import sys, typst; sys.exit(typst.__version__ != sys.argv[1])" "$TYPST_VERSION" 2>/dev/null; then
  echo "bench: installing typst==$TYPST_VERSION into $TYPST_VENV…" >&2
  python3 -m venv "$TYPST_VENV"
  "$TYPST_VENV/bin/pip" install --quiet --disable-pip-version-check "typst==$TYPST_VERSION" >&2
fi
TYPST_PY=$TYPST_VENV/bin/python
# The folders fonts/fonts.conf gives Jixiao, and no others: the same faces and fallbacks.
TYPST_FONTS=("$ROOT/fonts" /usr/share/fonts/opentype/noto /usr/share/fonts/truetype/tibetan-machine)
"$BENCH" typst "$SEED" > "$WORK/seed.typ"           # the same composed report as Typst markup

echo "bench: 1. warm, in-process (N=$N_WARM), Jixiao and Typst in turn…" >&2
# Two rounds each, alternating, so that a change in the shared machine's load falls on both.
: > "$WORK/warm.txt"; : > "$WORK/typst-warm.txt"
for round in 1 2; do
  loadavg >> "$WORK/load-warm.txt"
  "$BENCH" warm "$SEED" $((N_WARM / 2)) "$WORK/warm.pdf" | ms_lines >> "$WORK/warm.txt"
  "$TYPST_PY" benchmarks/typst_peer.py warm "$WORK/seed.typ" $((N_WARM / 2)) "$WORK/typst.pdf" "${TYPST_FONTS[@]}" \
    | ms_lines >> "$WORK/typst-warm.txt"
done
pdffonts "$WORK/typst.pdf" | awk 'NR > 2 {print $1}' | sed 's/^[A-Z]*+//' | sort -u | paste -sd' ' > "$WORK/typst-fonts.txt"
# poppler says "Suspects object is wrong type" of Typst's /MarkInfo on stderr: not our concern here.
pdfinfo "$WORK/typst.pdf" 2>/dev/null | awk '/^Pages:/{print $2}' > "$WORK/typst-pages.txt"
pdfinfo "$WORK/warm.pdf" | awk '/^Pages:/{print $2}' > "$WORK/warm-pages.txt"
pdfinfo "$WORK/typst.pdf" 2>/dev/null | sed -n 's/^Creator: *//p' > "$WORK/typst-creator.txt"
"$BENCH" warm-unremembered "$SEED" "$N_WARM" "$WORK/fresh.pdf" | ms_lines > "$WORK/fresh.txt"
"$BENCH" text-only "$SEED" "$N_WARM" "$WORK/text.pdf" | ms_lines > "$WORK/text.txt"
# Instructions, not seconds: callgrind counts the same on a busy machine as on a quiet one.
# Per render = (a run of 6 renders − a run of 2) / 4, both after start-up; valgrind 3.19 cannot
# read Swift 6's DWARF 5, so it runs a copy without debug information.
echo "(valgrind not available)" > "$WORK/instructions.txt"
if command -v valgrind > /dev/null; then
  strip --strip-debug -o "$WORK/bench-stripped" "$BENCH"
  instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$WORK/bench-stripped" "$1" "$SEED" "$2" "$WORK/cg.pdf" 2>&1 >/dev/null \
      | awk '/Collected/{print $4}'
  }
  # Two at a time (counts do not depend on what else runs).
  for mode in warm warm-unremembered; do
    instructions $mode 4 > "$WORK/ir-$mode-6.txt" & instructions $mode 0 > "$WORK/ir-$mode-2.txt"; wait
    echo "$mode $(( ($(cat "$WORK/ir-$mode-6.txt") - $(cat "$WORK/ir-$mode-2.txt")) / 4 ))"
  done > "$WORK/instructions.txt"
fi
"$BENCH" phases "$SEED" 30 "$WORK/phases.pdf" > "$WORK/phases.txt"
"$BENCH" import Tests/Fixtures/office/forty-rows.xlsx "$N_WARM" | ms_lines > "$WORK/import.txt"
echo "bench: 3. floor (raw Pango + Cairo)…" >&2
"$WORK/floor" "$ROOT/fonts/fonts.conf" "$WORK/seed.txt" "$WORK/floor.pdf" "$N_WARM" | ms_lines > "$WORK/floor.txt"

echo "bench: 2. cold, whole process…" >&2
hyperfine -N --warmup 3 --runs 20 --export-json "$WORK/cold.json" \
  "$JIXIAO render $SEED -o $WORK/cold.pdf --force" > /dev/null 2>&1
hyperfine_ms "$WORK/cold.json" 0 > "$WORK/cold.txt"
# Typst cold: a fresh Python process compiling the report, and the same process importing the
# binding only; the difference is Typst's own cold compile (the statement: typst_peer.py).
TYPST_COLD=$("$TYPST_PY" benchmarks/typst_peer.py cold-statement "$WORK/seed.typ" "$WORK/typst-cold.pdf" "${TYPST_FONTS[@]}")
loadavg >> "$WORK/load-cold.txt"
hyperfine -N --warmup 3 --runs 20 --export-json "$WORK/typst-cold.json" \
  "$TYPST_PY -c '$TYPST_COLD'" "$TYPST_PY -c 'import typst'" > /dev/null 2>&1
hyperfine_ms "$WORK/typst-cold.json" 0 > "$WORK/typst-cold.txt"
hyperfine_ms "$WORK/typst-cold.json" 1 > "$WORK/python-start.txt"

echo "bench: 4. batch of 200 variants…" >&2
"$BENCH" variants "$SEED" 200 "$WORK/v200" > /dev/null
for jobs in 1 2; do
  : > "$WORK/batch$jobs.txt"
  for run in 1 2 3; do
    rm -rf "$WORK/b$jobs"
    start=$(date +%s.%N)
    "$JIXIAO" batch "$WORK/v200" -o "$WORK/b$jobs" --jobs $jobs > /dev/null 2>&1
    end=$(date +%s.%N)
    python3 -c "print(200/($end-$start))" >> "$WORK/batch$jobs.txt"
  done
done

echo "bench: 5. scaling 1×, 4×, 16×…" >&2
for factor in 1 4 16; do
  "$BENCH" scale "$SEED" $factor 10 "$WORK/scale$factor.pdf" | ms_lines > "$WORK/scale$factor.txt"
  pdfinfo "$WORK/scale$factor.pdf" | awk '/^Pages:/{print $2}' > "$WORK/pages$factor.txt"
done

echo "bench: 5–6. peak RSS…" >&2
rss() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
for run in 1 2 3; do rss "$JIXIAO" render "$SEED" -o "$WORK/rss.pdf" --force; done > "$WORK/rss1.txt"
"$BENCH" variants "$SEED" 1000 "$WORK/v1000" > /dev/null
mkdir -p "$WORK/v100" && cp "$WORK"/v1000/report-00[0-9][0-9].yaml "$WORK/v100/" && cp "$WORK/v1000/report-0100.yaml" "$WORK/v100/"
rm -rf "$WORK/o100"; rss "$JIXIAO" batch "$WORK/v100" -o "$WORK/o100" > "$WORK/rss100.txt"
# The single-core warm rate the batch of 1,000 is compared with, measured just before and just
# after it: a shared machine's speed moves within minutes, and step 1's warm renders ran earlier.
"$BENCH" warm "$SEED" 20 "$WORK/w.pdf" | ms_lines > "$WORK/warm-around-batch.txt"
rm -rf "$WORK/o1000"; start=$(date +%s.%N)
rss "$JIXIAO" batch "$WORK/v1000" -o "$WORK/o1000" > "$WORK/rss1000.txt"
end=$(date +%s.%N); python3 -c "print(f'{1000/($end-$start):.1f}')" > "$WORK/rate1000.txt"
"$BENCH" warm "$SEED" 20 "$WORK/w.pdf" | ms_lines >> "$WORK/warm-around-batch.txt"

loadavg > "$WORK/load-end.txt"
echo "bench: profile…" >&2
echo "(perf not available)" > "$WORK/profile.txt"
if command -v perf > /dev/null && perf record -q -o "$WORK/perf.data" "$BENCH" warm "$SEED" 30 "$WORK/p.pdf" > /dev/null 2>&1; then
  perf report -i "$WORK/perf.data" --no-children --sort dso --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -8 > "$WORK/profile.txt"
fi

# The heredoc is quoted: the shell must not expand anything in the Python below.
N_WARM=$N_WARM TYPST_VERSION=$TYPST_VERSION python3 - "$WORK" "$OUT" <<'PY'
import json, statistics, sys, os, platform, subprocess, datetime
work, out = sys.argv[1], sys.argv[2]
def vals(name): return sorted(float(x) for x in open(os.path.join(work, name)) if x.strip())
def med(name): return statistics.median(vals(name))
def fmt(name, unit="ms", digits=1):
    v = vals(name); return f"{statistics.median(v):.{digits}f} {unit} ({v[0]:.{digits}f}–{v[-1]:.{digits}f})"
cpu = next((l.split(":",1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
phases = dict((l.split()[1], float(l.split()[2])) for l in open(os.path.join(work, "phases.txt")) if l.startswith("phase"))
warm, floor, text = med("warm.txt"), med("floor.txt"), med("text.txt")
s1, s4, s16 = med("scale1.txt"), med("scale4.txt"), med("scale16.txt")
p = {f: open(os.path.join(work, f"pages{f}.txt")).read().strip() for f in (1, 4, 16)}
b1, b2 = med("batch1.txt"), med("batch2.txt")
rss1 = max(vals("rss1.txt")) / 1024; r100 = max(vals("rss100.txt")) / 1024; r1000 = max(vals("rss1000.txt")) / 1024
cold = med("cold.txt")
def ok(flag): return "met" if flag else "**not met**"
def read(name): return open(os.path.join(work, name)).read().strip()
# Typst on the same report: warm, and cold without Python's start-up (median minus median).
typst_warm = med("typst-warm.txt")
typst_cold_total, python_start = med("typst-cold.txt"), med("python-start.txt")
typst_cold = typst_cold_total - python_start
rate1000 = float(read("rate1000.txt"))
# reports/s of one core rendering warm, one after another, just before and after the batch
warm_around = med("warm-around-batch.txt")
single_core = 1000 / warm_around
loads = {k: [l.split() for l in open(os.path.join(work, f"load-{k}.txt")) if l.strip()] for k in ("start", "warm", "cold", "end")}
def load_text(k): return ", ".join("/".join(l) for l in loads[k])
counted = dict(l.split() for l in open(os.path.join(work, "instructions.txt")) if len(l.split()) == 2)
instructions_text = (f"{int(counted['warm'])/1e6:.0f} M / {int(counted['warm-unremembered'])/1e6:.0f} M"
                     if {"warm", "warm-unremembered"} <= counted.keys() else read("instructions.txt"))
rows = [
 ("1. warm, in-process, seed (N=%s)" % os.environ.get("N_WARM", "60"), fmt("warm.txt"), ""),
 ("   Typst (PyPI typst %s), same report (%s pages; Jixiao %s), one reused compiler, input changed each time (N=%s)"
    % (os.environ.get("TYPST_VERSION", "?"), read("typst-pages.txt"), read("warm-pages.txt"), os.environ.get("N_WARM", "60")),
    fmt("typst-warm.txt"), ""),
 ("   **warm Jixiao / warm Typst**", f"{warm/typst_warm:.2f}×", f"≤ 1.0×: {ok(warm <= typst_warm)}"),
 ("   same, every paragraph set anew (the session's typeset memory emptied before each report)", fmt("fresh.txt"), ""),
 ("   instructions per warm render (callgrind): remembered / set anew", instructions_text, ""),
 ("   same, text pages only (what the floor draws)", fmt("text.txt"), ""),
 ("   phases (median): decode+score / compose / layout / PDF / finish (PDF/A) / write", " / ".join(f"{phases[k]:.1f}" for k in ("decode+score","compose","layout","pdf","finish","write")) + " ms", ""),
 ("   finishing (PDF/A) / warm render", f"{100*phases['finish']/warm:.1f}%", f"≤ 5%: {ok(phases['finish'] <= 0.05*warm)}"),
 ("2. cold, whole process (`jixiao render`, 20 runs)", fmt("cold.txt"), f"≤ 150 ms: {ok(cold <= 150)}"),
 ("   Typst cold: fresh `python -c` compiling the report, 20 runs", fmt("typst-cold.txt"), ""),
 ("   Python start-up: `python -c 'import typst'`, 20 runs", fmt("python-start.txt"), ""),
 ("   Typst's compile without Python start-up (median − median)", f"{typst_cold:.1f} ms", ""),
 ("   **cold `jixiao render` / Typst's compile**", f"{cold/typst_cold:.2f}×", f"≤ 1.0×: {ok(cold <= typst_cold)}"),
 ("3. floor: raw Pango + Cairo, seed text, same fonts", fmt("floor.txt"), ""),
 ("   warm / floor", f"{warm/floor:.2f}× (text pages only: {text/floor:.2f}×)", f"≤ 1.2×: {ok(warm/floor <= 1.2)}"),
 ("4. batch of 200, --jobs 1", fmt("batch1.txt", "reports/s"), ""),
 ("   batch of 200, --jobs 2", fmt("batch2.txt", "reports/s"), f"≥ 40/s: {ok(b2 >= 40)}; speed-up {b2/b1:.2f}×"),
 ("5. scaling 1× (%s pages)" % p[1], fmt("scale1.txt"), ""),
 ("   4× (%s pages)" % p[4], fmt("scale4.txt"), f"{s4/s1:.1f}× the time"),
 ("   16× (%s pages)" % p[16], fmt("scale16.txt"), f"{s16/s1:.1f}× the time; ≤ 20×: {ok(s16/s1 <= 20)}"),
 ("   batch of 1,000 (all %d cores, `jixiao batch`)" % os.cpu_count(), f"{rate1000:.1f} reports/s", ""),
 ("   **batch of 1,000 / single-core warm rate** (warm renders just before and after the batch: %.1f ms, 1000 / ms = %.1f reports/s)" % (warm_around, single_core),
    f"{rate1000/single_core:.2f}×", f"≥ 1.8×: {ok(rate1000 >= 1.8 * single_core)}"),
 ("6. peak RSS, one render (3 runs, max)", f"{rss1:.0f} MB", f"≤ 150 MB: {ok(rss1 <= 150)}"),
 ("   peak RSS, batch of 100 / 1,000", f"{r100:.0f} MB / {r1000:.0f} MB", f"flat: {ok(r1000 <= r100 * 1.25)}; ≤ 150 MB: {ok(r1000 <= 150)}"),
 ("7. import a 40-row workbook, warm (Tests/Fixtures/office/forty-rows.xlsx)", fmt("import.txt"), f"≤ 20 ms: {ok(med('import.txt') <= 20)}"),
]
with open(out, "w") as f:
    f.write("# Benchmark results\n\n")
    f.write(f"Written by `make bench` (benchmarks/run.sh). Machine: {os.cpu_count()} cores (`nproc`), {cpu}; "
            f"{datetime.date.today().isoformat()}; release build. Figures: median (min–max) of repeated runs.\n\n")
    f.write(f"The machine is shared (other builds run on it): load average (1/5/15 min) {load_text('start')} at the start, "
            f"{load_text('warm')} before each warm round, {load_text('cold')} before Typst's cold runs, "
            f"{load_text('end')} after the batches. Jixiao and Typst run in turn, so a change of load falls on both; "
            f"the ratios are the figures to read.\n\n")
    f.write(f"Typst: PyPI `typst` {os.environ.get('TYPST_VERSION', '?')} ({read('typst-creator.txt')}, as its PDF says) in "
            f".build-typst-venv, run by benchmarks/typst_peer.py on the markup `jixiao-bench typst` writes from the same composed "
            f"document: PDF/A-2u with tags as Jixiao's, the same font folders (its PDF embeds: {read('typst-fonts.txt')}). "
            f"What the markup matches of Jixiao's report and what it does not: benchmarks/JixiaoBench/TypstDocument.swift.\n\n")
    f.write("| measurement | result | target |\n| --- | --- | --- |\n")
    for a, b, c in rows: f.write(f"| {a} | {b} | {c} |\n")
    profile = open(os.path.join(work, "profile.txt")).read().rstrip()
    f.write("\nWhere a warm render's time goes (perf, by library):\n\n```\n" + profile + "\n```\n")
print(open(out).read())
PY

echo "bench: 7. jixiao serve under load (20 editors × 50 edits)…" >&2
python3 benchmarks/serve_load.py "$JIXIAO" "$ROOT" "$OUT" 20 50

echo "bench: 8. the editor's preview in headless Chromium (keystroke → images)…" >&2
"$ROOT/.build-venv/bin/python" benchmarks/preview_latency.py "$JIXIAO" "$ROOT" "$OUT" 30
