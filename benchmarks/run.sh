#!/usr/bin/env bash
# `make bench`: measures Jixiao in release mode and writes benchmarks/RESULTS.md.
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

echo "bench: building release…" >&2
$SWIFT build -c release --product jixiao >&2
$SWIFT build -c release --product jixiao-bench >&2
BIN=$($SWIFT build -c release --show-bin-path)
JIXIAO=$BIN/jixiao
BENCH=$BIN/jixiao-bench
cc -O2 -o "$WORK/floor" benchmarks/floor/floor.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
"$BENCH" plain-text "$SEED" > "$WORK/seed.txt"     # the floor lays out exactly our text

ms_lines() { awk '/^ms /{print $2}'; }

echo "bench: 1. warm, in-process (N=$N_WARM)…" >&2
"$BENCH" warm "$SEED" "$N_WARM" "$WORK/warm.pdf" | ms_lines > "$WORK/warm.txt"
"$BENCH" text-only "$SEED" "$N_WARM" "$WORK/text.pdf" | ms_lines > "$WORK/text.txt"
"$BENCH" phases "$SEED" 30 "$WORK/phases.pdf" > "$WORK/phases.txt"
"$BENCH" import Tests/Fixtures/office/forty-rows.xlsx "$N_WARM" | ms_lines > "$WORK/import.txt"
echo "bench: 3. floor (raw Pango + Cairo)…" >&2
"$WORK/floor" "$ROOT/fonts/fonts.conf" "$WORK/seed.txt" "$WORK/floor.pdf" "$N_WARM" | ms_lines > "$WORK/floor.txt"

echo "bench: 2. cold, whole process…" >&2
hyperfine -N --warmup 3 --runs 20 --export-json "$WORK/cold.json" \
  "$JIXIAO render $SEED -o $WORK/cold.pdf --force" > /dev/null 2>&1
python3 -c "import json,sys; print('\n'.join(str(t*1000) for t in json.load(open(sys.argv[1]))['results'][0]['times']))" "$WORK/cold.json" > "$WORK/cold.txt"

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
rm -rf "$WORK/o1000"; start=$(date +%s.%N)
rss "$JIXIAO" batch "$WORK/v1000" -o "$WORK/o1000" > "$WORK/rss1000.txt"
end=$(date +%s.%N); python3 -c "print(f'{1000/($end-$start):.1f}')" > "$WORK/rate1000.txt"

echo "bench: profile…" >&2
echo "(perf not available)" > "$WORK/profile.txt"
if command -v perf > /dev/null && perf record -q -o "$WORK/perf.data" "$BENCH" warm "$SEED" 30 "$WORK/p.pdf" > /dev/null 2>&1; then
  perf report -i "$WORK/perf.data" --no-children --sort dso --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -8 > "$WORK/profile.txt"
fi

# The heredoc is quoted: the shell must not expand anything in the Python below.
N_WARM=$N_WARM python3 - "$WORK" "$OUT" <<'PY'
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
rows = [
 ("1. warm, in-process, seed (N=%s)" % os.environ.get("N_WARM", "60"), fmt("warm.txt"), ""),
 ("   same, text pages only (what the floor draws)", fmt("text.txt"), ""),
 ("   phases (median): decode+score / compose / layout / PDF / finish (PDF/A) / write", " / ".join(f"{phases[k]:.1f}" for k in ("decode+score","compose","layout","pdf","finish","write")) + " ms", ""),
 ("   finishing (PDF/A) / warm render", f"{100*phases['finish']/warm:.1f}%", f"≤ 5%: {ok(phases['finish'] <= 0.05*warm)}"),
 ("2. cold, whole process (`jixiao render`, 20 runs)", fmt("cold.txt"), f"≤ 150 ms: {ok(cold <= 150)}"),
 ("3. floor: raw Pango + Cairo, seed text, same fonts", fmt("floor.txt"), ""),
 ("   warm / floor", f"{warm/floor:.2f}× (text pages only: {text/floor:.2f}×)", f"≤ 1.2×: {ok(warm/floor <= 1.2)}"),
 ("4. batch of 200, --jobs 1", fmt("batch1.txt", "reports/s"), ""),
 ("   batch of 200, --jobs 2", fmt("batch2.txt", "reports/s"), f"≥ 40/s: {ok(b2 >= 40)}; speed-up {b2/b1:.2f}×"),
 ("5. scaling 1× (%s pages)" % p[1], fmt("scale1.txt"), ""),
 ("   4× (%s pages)" % p[4], fmt("scale4.txt"), f"{s4/s1:.1f}× the time"),
 ("   16× (%s pages)" % p[16], fmt("scale16.txt"), f"{s16/s1:.1f}× the time; ≤ 20×: {ok(s16/s1 <= 20)}"),
 ("   batch of 1,000 (all cores)", open(os.path.join(work,"rate1000.txt")).read().strip() + " reports/s", ""),
 ("6. peak RSS, one render (3 runs, max)", f"{rss1:.0f} MB", f"≤ 150 MB: {ok(rss1 <= 150)}"),
 ("   peak RSS, batch of 100 / 1,000", f"{r100:.0f} MB / {r1000:.0f} MB", f"flat: {ok(r1000 <= r100 * 1.25)}; ≤ 150 MB: {ok(r1000 <= 150)}"),
 ("7. import a 40-row workbook, warm (Tests/Fixtures/office/forty-rows.xlsx)", fmt("import.txt"), f"≤ 20 ms: {ok(med('import.txt') <= 20)}"),
]
with open(out, "w") as f:
    f.write("# Benchmark results\n\n")
    f.write(f"Written by `make bench` (benchmarks/run.sh). Machine: {os.cpu_count()} cores (`nproc`), {cpu}; "
            f"{datetime.date.today().isoformat()}; release build. Figures: median (min–max) of repeated runs.\n\n")
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
