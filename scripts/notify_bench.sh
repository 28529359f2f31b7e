#!/usr/bin/env bash
# How long `candor notify` takes to decide what to send on a large history (docs/benchmarks.md,
# "notify"): a site of N synthetic incidents (../shared/bench/gen_incidents.py) with one webhook
# target posting to a receiver on 127.0.0.1, timed for its first run (the baseline, which reads
# every file), a run with nothing new, and a run after one `candor update`. Prints the median
# of TRIALS runs of each.
#   scripts/notify_bench.sh [N]   (CANDOR=path/to/candor, TRIALS=5)
set -euo pipefail
N=${1:-10000}
TRIALS=${TRIALS:-5}
HERE=$(cd "$(dirname "$0")/.." && pwd)
CANDOR=${CANDOR:-$HERE/target/release/candor}
GEN=${GEN:-$HERE/../shared/bench/gen_incidents.py}
NOW=2026-06-01T00:00:00Z
work=$(mktemp -d)
trap 'kill $receiver 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work/port" <<'PY' &
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
open(sys.argv[1], "w").write(str(s.server_address[1]))
s.serve_forever()
PY
receiver=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
export BENCH_HOOK="http://127.0.0.1:$(cat "$work/port")/hook"

python3 "$GEN" --only yaml --now "$NOW" "$N" "$work/gen" >/dev/null
site="$work/gen/yaml"
cat >> "$site/candor.yaml" <<'YAML'
notify:
  targets:
    - { name: bench, kind: webhook, url_env: BENCH_HOOK }
YAML

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # prints seconds
    local t0 t1
    t0=$(date +%s.%N)
    "$CANDOR" --root "$site" notify --now "$1" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
}

first=()
for _ in $(seq "$TRIALS"); do
    rm -rf "$site/.candor"
    first+=("$(run "$NOW")")
done
same=()
for _ in $(seq "$TRIALS"); do same+=("$(run "$NOW")"); done
read_line=$(grep '^read' "$work/err")
# One new update to the newest incident, then a run that sends it.
newest=$(ls "$site/incidents" | sort | tail -1)
id=${newest%.yaml}
after=()
for i in $(seq "$TRIALS"); do
    at=$(date -u -d "$NOW + $i min" +%Y-%m-%dT%H:%M:%SZ)
    "$CANDOR" --root "$site" update "$id" --at "$at" --status monitoring --author "Bench Person" \
        --body "Update $i." >/dev/null 2>&1 || "$CANDOR" --root "$site" update "$id" \
        --at "$at" --reopen --status investigating --author "Bench Person" --body "Update $i." >/dev/null
    after+=("$(run "$at")")
done
sent_line=$(grep '^sent' "$work/err" | head -1)
printf 'incidents: %s, trials: %s\n' "$N" "$TRIALS"
printf 'first run (baseline, reads every file): median %.3f s\n' "$(printf '%s\n' "${first[@]}" | median)"
printf 'nothing new: median %.3f s (%s)\n' "$(printf '%s\n' "${same[@]}" | median)" "$read_line"
printf 'after one update: median %.3f s (%s)\n' "$(printf '%s\n' "${after[@]}" | median)" "$sent_line"
