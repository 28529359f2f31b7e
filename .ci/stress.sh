#!/usr/bin/env bash
# Concurrency stress (issue 11): pairs of `candor build` into one --out, and pairs of
# `candor update` on one incident file, each pair started together. Nothing may be lost:
# - builds: both exit 0 (the second waits for the first), or one exits 2 with an `error:`
#   line naming the output folder; the folder then holds one complete site (the same files
#   as a reference build, index.html and the marker present) and nothing is left beside it
#   (no staging or old-site folder, no lock file);
# - updates: every update that exited 0 is in the file, and the file checks clean.
# Uses a temporary copy of the example site (candor.yaml + incidents/), never the repo's.
#   CANDOR=path/to/candor (default ./target/release/candor)   PAIRS=n (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
candor="$(realpath "${CANDOR:-./target/release/candor}")"
pairs="${PAIRS:-20}"
now="2026-11-24T12:00:00Z"
[ -x "$candor" ] || { echo "stress: no candor binary at $candor (cargo build --release)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
site="$work/site"
mkdir "$site"
cp candor.yaml "$site/"
cp -r incidents "$site/incidents"
fail() { echo "stress: $*" >&2; exit 1; }
run() { "$candor" --root "$site" --color never "$@"; }
started=$(date +%s%N)

# ---- builds ----
run build --now "$now" --out "$work/reference" 2>/dev/null
(cd "$work/reference" && find . -type f | LC_ALL=C sort) >"$work/reference.list"
out="$site/public"
waited=0
for i in $(seq "$pairs"); do
  run build --now "$now" --out "$out" >/dev/null 2>"$work/a.err" & a=$!
  run build --now "$now" --out "$out" >/dev/null 2>"$work/b.err" & b=$!
  ca=0; wait "$a" || ca=$?
  cb=0; wait "$b" || cb=$?
  case "$ca $cb" in
    "0 0") ;;
    "0 2" | "2 0")
      loser="$work/a.err"; [ "$cb" = 2 ] && loser="$work/b.err"
      grep -q "^error: .*public" "$loser" || fail "build pair $i: exit 2 without a clear message: $(cat "$loser")"
      ;;
    *) fail "build pair $i: exit codes $ca and $cb: $(cat "$work/a.err" "$work/b.err")" ;;
  esac
  grep -qh "^waiting for another candor build" "$work/a.err" "$work/b.err" && waited=$((waited + 1))
  [ -f "$out/index.html" ] || fail "build pair $i: index.html missing"
  [ -f "$out/.candor-output" ] || fail "build pair $i: marker missing"
  (cd "$out" && find . -type f | LC_ALL=C sort) | cmp -s - "$work/reference.list" \
    || fail "build pair $i: the site differs from the reference build: $(cd "$out" && find . -type f | LC_ALL=C sort | diff "$work/reference.list" - | head -5)"
  left="$(ls -A "$site" | grep -F '.public.candor-' || true)"
  [ -z "$left" ] || fail "build pair $i: left beside the output: $left"
done
echo "stress: $pairs pairs of concurrent builds: every site whole, nothing left behind ($waited pairs printed the waiting note)"

# ---- updates ----
# Each pair appends two updates with the same time (so either order is valid) and a body
# naming them; the times grow from pair to pair. The incident is the stress's own, open one:
# every incident in the shipped example is resolved (so it never rots).
file="$site/incidents/card-payments-failing.yaml"
cat >"$file" <<'YAML'
title: Card payments failing at checkout
impact: minor
owner: { name: Minter Dial, role: Head of Customer Care }
components: [checkout]
started_at: 2026-11-23T23:50:00Z
updates:
  - { at: 2026-11-23T23:55:00Z, status: investigating, author: Minter Dial, body: Looking into it. }
YAML
applied=0
for i in $(seq "$pairs"); do
  at="$(date -u -d "2026-11-24T00:00:00Z + $i minutes" +%Y-%m-%dT%H:%M:%SZ)"
  run update card-payments-failing --status identified --at "$at" --author "Stress A" \
    --body "stress pair $i side a" >/dev/null 2>"$work/a.err" & a=$!
  run update card-payments-failing --status identified --at "$at" --author "Stress B" \
    --body "stress pair $i side b" >/dev/null 2>"$work/b.err" & b=$!
  ca=0; wait "$a" || ca=$?
  cb=0; wait "$b" || cb=$?
  for side in a b; do
    code=$ca; [ "$side" = b ] && code=$cb
    if [ "$code" = 0 ]; then
      grep -q "stress pair $i side $side\$" "$file" \
        || fail "update pair $i: side $side exited 0 but is not in the file"
      applied=$((applied + 1))
    elif [ "$code" != 1 ] && [ "$code" != 2 ]; then
      fail "update pair $i: side $side exited $code: $(cat "$work/$side.err")"
    else
      grep -q "error" "$work/$side.err" \
        || fail "update pair $i: side $side exited $code without saying why: $(cat "$work/$side.err")"
    fi
  done
  run check --now "$now" >/dev/null 2>"$work/check.err" \
    || fail "update pair $i: the file no longer checks: $(cat "$work/check.err")"
done
count="$(grep -c "stress pair .* side [ab]\$" "$file" || true)"
[ "$count" = "$applied" ] || fail "updates: $applied exited 0 but $count are in the file"
[ "$applied" -gt 0 ] || fail "updates: not one update was applied"
left="$(ls -A "$site/incidents" | grep -v '\.yaml$' || true)"
[ -z "$left" ] || fail "updates: left in incidents/: $left"
echo "stress: $pairs pairs of concurrent updates: $applied applied, every one in the file, which checks clean"
echo "stress: done in $((($(date +%s%N) - started) / 1000000)) ms"
