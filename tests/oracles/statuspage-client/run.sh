#!/usr/bin/env bash
# Reads candor's Statuspage-compatible API (api/v2/*.json) with a published Statuspage client,
# the `statuspage.io` package from npm, exactly as its users run it against Atlassian: the
# example site is built at a fixed time, served on 127.0.0.1, read through the client, and every
# value is checked against the incident files (check.cjs). Prints `N passed, M failed` and
# exits non-zero on any failure.
#
#   bash tests/oracles/statuspage-client/run.sh   # builds the release binary first
#   CANDOR_BIN=target/debug/candor bash tests/oracles/statuspage-client/run.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/tests/oracles/statuspage-client"
# The example site's "now", with an open incident and an upcoming maintenance added to a copy of
# it (every incident in the shipped example is resolved, so that it never rots).
now="2026-11-23T15:45:00Z"
# statuspage.io 3.4.x needs Node >= 21 and its 3.4.6 tarball ships without dist/; 3.3.8 is the
# newest release that runs on the Node of this machine. js-yaml reads the incident files.
client="statuspage.io@3.3.8"
yaml="js-yaml@4.1.0"

work="$(mktemp -d /tmp/candor-api-client.XXXXXX)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> installing $client and $yaml into $work/npm"
npm install --prefix "$work/npm" --no-save --no-audit --no-fund --loglevel=error \
  "$client" "$yaml" >/dev/null

if [ -z "${CANDOR_BIN:-}" ]; then
  (cd "$root" && cargo build --release --quiet)
  CANDOR_BIN="${CARGO_TARGET_DIR:-$root/target}/release/candor"
fi
site_root="$work/example"
mkdir -p "$site_root"
cp "$root/candor.yaml" "$site_root/"
cp -r "$root/incidents" "$site_root/incidents"
cat >"$site_root/incidents/checkout-slow.yaml" <<'YAML'
title: Checkout slow to load
impact: minor
owner: { name: Minter Dial, role: Head of Customer Care }
components: [checkout]
started_at: 2026-11-23T15:10:00Z
updates:
  - at: 2026-11-23T15:15:00Z
    status: investigating
    author: Minter Dial
    components: { checkout: degraded_performance }
    next_update_by: 2026-11-23T16:00:00Z
    body: Checkout pages are slow to load. We're looking into it.
YAML
cat >"$site_root/incidents/payment-provider-maintenance.yaml" <<'YAML'
kind: maintenance
title: Payment provider maintenance
owner: { name: Priya Raman, role: Payments Engineering Lead }
components: [checkout]
scheduled_for: 2026-11-30T02:00:00Z
scheduled_until: 2026-11-30T03:00:00Z
updates:
  - at: 2026-11-23T15:00:00Z
    status: scheduled
    author: pr
    body: Card payments may be slow for a few minutes between 02:00 and 03:00 GMT.
YAML
echo "==> building the example site with $CANDOR_BIN at $now"
if ! "$CANDOR_BIN" --root "$site_root" --color never build --now "$now" --out "$work/site" \
  >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# Port 0: the OS picks a free port and http.server prints it, so two runs never collide.
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/site" >"$work/server.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 100); do
  port="$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n1)"
  [ -n "$port" ] && break
  sleep 0.1
done
if [ -z "$port" ]; then
  cat "$work/server.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
echo "==> serving on http://127.0.0.1:$port/"

# Never send loopback traffic through a proxy the environment may name.
NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost" \
  NODE_PATH="$work/npm/node_modules" \
  node "$here/check.cjs" "http://127.0.0.1:$port" "$site_root" "$now"
