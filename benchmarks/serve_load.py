#!/usr/bin/env python3
"""`make bench`'s load test of `jixiao serve`: 20 simulated editors on loopback, 50 edits each.

Each editor opens its own copy of the Linzhi example, changes a figure 50 times (each change
is a preview request, as the page sends after a keystroke), saves every 10th edit with the
revision it holds, and at the end the file must be its last save: no save may be lost. The
p50 and p95 preview latency are appended to benchmarks/RESULTS.md.

Usage: serve_load.py JIXIAO REPO RESULTS.md [EDITORS] [EDITS]
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

EXAMPLE = "linzhi-2024-kunnan-zhigong.yaml"


def request(base, method, path, body=None):
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def editor(base, name, edits, latencies, problems, images_sent):
    status, opened = request(base, "GET", "/api/file?path=" + urllib.parse.quote(name))
    if status != 200:
        problems.append(f"{name}: open {status}")
        return
    report, revision, last_saved, known = opened["report"], opened["revision"], None, set()
    for edit in range(edits):
        report["indicators"][1]["groups"][0]["rows"][0]["actual"] = f"{100 + edit}个"
        start = time.perf_counter()
        # As the page does: name the pages it shows, so only changed pages come back as images.
        query = f"dpi=50&name={urllib.parse.quote(name)}&known={','.join(sorted(known))}"
        status, preview = request(base, "POST", "/api/preview?" + query, report)
        latencies.append((time.perf_counter() - start) * 1000)
        pages = preview.get("pages", [])
        if status != 200 or len(pages) == 0 or any("png" not in p and p["digest"] not in known for p in pages):
            problems.append(f"{name}: preview {status} at edit {edit}")
        known = {p["digest"] for p in pages}
        images_sent.append(sum(1 for p in pages if "png" in p))
        if edit % 10 == 9:
            status, saved = request(base, "PUT", f"/api/file?path={urllib.parse.quote(name)}&revision={revision}", report)
            if status != 200:
                problems.append(f"{name}: save {status} at edit {edit}: {saved}")
                continue
            revision, last_saved = saved["revision"], f"{100 + edit}个"
    return last_saved


def main():
    jixiao, repo, results = sys.argv[1], sys.argv[2], sys.argv[3]
    editors = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    edits = int(sys.argv[5]) if len(sys.argv) > 5 else 50
    workspace = tempfile.mkdtemp(prefix="jixiao-load-")
    names = [f"editor-{n:02d}.yaml" for n in range(editors)]
    for name in names:
        shutil.copy(os.path.join(repo, "assets/examples", EXAMPLE), os.path.join(workspace, name))
    env = dict(os.environ, JIXIAO_FONTS=os.path.join(repo, "fonts"))
    server = subprocess.Popen([jixiao, "serve", "--port", "0", "--workspace", workspace],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
    base = f"http://127.0.0.1:{match.group(1)}"
    latencies, problems, last, images_sent = [], [], {}, []
    try:
        def run(name):
            last[name] = editor(base, name, edits, latencies, problems, images_sent)
        started = time.perf_counter()
        threads = [threading.Thread(target=run, args=(name,)) for name in names]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    lost = 0
    for name in names:
        text = open(os.path.join(workspace, name), encoding="utf-8").read()
        if last.get(name) and f"actual: {last[name]}" not in text:
            lost += 1
    shutil.rmtree(workspace, ignore_errors=True)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    line = (f"\n## jixiao serve under load\n\n{editors} simulated editors on loopback, {edits} edits each "
            f"(each edit a preview of all 9 pages at 50 dpi, the pages the editor has named by digest, a save every 10th): "
            f"{len(latencies)} previews in "
            f"{elapsed:.1f} s. Preview latency p50 **{p50:.0f} ms**, p95 **{p95:.0f} ms**, max {latencies[-1]:.0f} ms. "
            f"Images sent per preview: {statistics.mean(images_sent):.2f} of 9 on average. "
            f"Saves lost: **{lost}**; failed requests: {len(problems)}.\n")
    with open(results, "a", encoding="utf-8") as out:
        out.write(line)
    print(line)
    if problems:
        print("\n".join(problems[:10]), file=sys.stderr)
    sys.exit(1 if lost or problems else 0)


if __name__ == "__main__":
    main()
