#!/usr/bin/env bash
# tests/oracles/status-widget/run.sh — Atlassian's own status widget (@statuspage/status-widget,
# npm) on a page of ANOTHER origin reads a candor site served by nginx, in headless Chromium
# (Debian's chromium, one launch): it must show the site's status with deploy/nginx.conf, and
# must fail (blocked by CORS) with the same config less its Access-Control-Allow-Origin line.
# scripts/nginx_bench.sh runs it with both servers up (WIDGET=1, as CI does):
#
#   tests/oracles/status-widget/run.sh WITH-BASE WITHOUT-BASE SITE-DIR
#
# Installs playwright-core and the widget (npm) into $CANDOR_WIDGET_DEPS (default
# /tmp/candor-widget-deps). Exit 1 when the test fails.
set -euo pipefail
with=$1 without=$2 site=$3
here=$(cd "$(dirname "$0")" && pwd)
deps="${CANDOR_WIDGET_DEPS:-/tmp/candor-widget-deps}"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f "$deps/.ok" ]; then
  mkdir -p "$deps"
  npm install --prefix "$deps" --no-audit --no-fund --loglevel=error \
    'playwright-core@1' '@statuspage/status-widget@1.0.5' >"$deps/npm.log" 2>&1 \
    || { cat "$deps/npm.log" >&2; exit 1; }
  touch "$deps/.ok"
fi

# The other origin: the widget page on its own port (127.0.0.1 only).
page=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -rf "$page"' EXIT
cp "$here/widget.html" "$page/"
cp "$deps/node_modules/@statuspage/status-widget/dist/index.js" "$page/status-widget.js"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$page" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/widget.html" && break; sleep 0.05; done

# What the widget should show: the site's own indicator and description.
read -r indicator description < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["status"]
print(s["indicator"], s["description"])' "$site/api/v2/summary.json")
PLAYWRIGHT="$deps/node_modules/playwright-core" PAGE="http://127.0.0.1:$port" \
  WITH="$with" WITHOUT="$without" WANT_INDICATOR="$indicator" WANT_DESCRIPTION="$description" \
  node "$here/widget.cjs"
