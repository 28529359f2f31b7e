#!/usr/bin/env bash
# scripts/nginx_bench.sh — tests deploy/nginx.conf over the example site built with
# --precompress, then loads the index with wrk for a bounded time. A test (it exits 1 when a
# header is wrong) and a benchmark (requests per second, recorded in docs/benchmarks.md).
#
#   scripts/nginx_bench.sh                    # wrk -t2 -c50 -d10s, twice
#   WRK_DURATION=3s scripts/nginx_bench.sh    # as CI runs it
#
# Installs nginx, wrk and the Brotli static module from Debian when missing (apt-get; needs
# root, as on these machines). nginx runs in the foreground of a background job, on a free
# port of 127.0.0.1, with its pid file, logs and temp files in a temp folder, and is stopped
# by its pid at the end. Nothing listens beyond loopback.
#
# Knobs: WRK_DURATION (10s), WRK_THREADS (2), WRK_CONNECTIONS (50), CANDOR (a binary; default:
# cargo build --release), NGINX_CONF (a config to test instead of deploy/nginx.conf, with the
# same placeholders), KEEP=1 keeps the temp folder, WIDGET=1 also runs Atlassian's status
# widget against it from another origin (tests/oracles/status-widget/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
duration=${WRK_DURATION:-10s}
threads=${WRK_THREADS:-2}
connections=${WRK_CONNECTIONS:-50}
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null || [ ! -f "$brotli_module" ]; then
  echo "==> installing nginx, wrk and the Brotli static module (Debian)" >&2
  # Debian starts a package's service on install unless policy-rc.d says no; this script
  # wants no nginx on port 80, only its own on loopback.
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk libnginx-mod-http-brotli-static >/dev/null
  [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
fi

if [ -z "${CANDOR:-}" ]; then
  cargo build --release --quiet
  CANDOR="$repo/target/release/candor"
fi

tmp=$(mktemp -d /tmp/candor-nginx.XXXXXX)
# nginx's workers drop root for `nobody`, who must be able to walk into the site.
chmod 755 "$tmp"
nginx_pids=()
cleanup() {
  for pid in "${nginx_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

echo "==> building the example site with --precompress" >&2
"$CANDOR" build --root "$repo" --precompress --out "$tmp/site" 2>"$tmp/build.log" \
  || { cat "$tmp/build.log" >&2; exit 1; }
tail -1 "$tmp/build.log" >&2

# start_nginx CONF RUN-DIR: nginx with CONF (placeholders filled in) over the site, on a free
# port, its files in RUN-DIR; sets $base.
start_nginx() {
  local conf=$1 run=$2 port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$run"
  sed -e "s#@ROOT@#$tmp/site#g" -e "s#@PORT@#$port#g" -e "s#@RUN@#$run#g" "$conf" > "$run/nginx.conf"
  nginx -t -q -e "$run/error.log" -c "$run/nginx.conf"
  nginx -e "$run/error.log" -c "$run/nginx.conf" -g 'daemon off;' &
  nginx_pids+=($!)
  base="http://127.0.0.1:$port"
  for _ in $(seq 100); do
    curl -s -o /dev/null "$base/" && break
    sleep 0.05
  done
  echo "==> nginx $(nginx -v 2>&1 | sed 's#.*/##') on $base (pid $!)" >&2
}
start_nginx "${NGINX_CONF:-deploy/nginx.conf}" "$tmp/run"

failed=0
ok() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failed=$((failed + 1)); }

# head_of PATH [curl args...]: the response's headers to $tmp/headers, its body to $tmp/body
head_of() {
  local path=$1; shift
  curl -s -D "$tmp/headers" -o "$tmp/body" "$@" "$base$path"
}
header() {  # header NAME (from the last head_of)
  tr -d '\r' < "$tmp/headers" | sed -n "s/^$1: *//Ip" | head -1
}
expect() {  # expect PATH TYPE-PREFIX CACHE-FRAGMENT
  head_of "$1"
  local status type cache
  status=$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$tmp/headers")
  type=$(header content-type); cache=$(header cache-control)
  if [ "$status" = 200 ] && [[ "$type" == "$2"* ]] && [[ "$cache" == *"$3"* ]]; then
    ok "$1: $status, $type, $cache"
  else
    fail "$1: got $status, type \`$type\`, cache \`$cache\`; want 200, $2, $3"
  fi
}

short="max-age=60, must-revalidate"
css=$(cd "$tmp/site" && ls style.*.css)
expect / "text/html; charset=utf-8" "$short"
expect /index.html "text/html; charset=utf-8" "$short"
expect /history/ "text/html" "$short"
expect /feed.atom "application/atom+xml" "$short"
expect /feed.rss "application/rss+xml" "$short"
expect /feed.json "application/feed+json" "$short"
expect /api/v2/summary.json "application/json" "$short"
expect /maintenance.ics "text/calendar" "$short"
expect /badge.svg "image/svg+xml" "$short"
expect "/$css" "text/css" "max-age=31536000, immutable"
expect /favicon.svg "image/svg+xml" "max-age=86400"

# Precompressed files: the .gz (.br) on disk, byte for byte, only when the client takes it.
encoded() {  # encoded PATH ACCEPT ENCODING FILE-ON-DISK
  head_of "$1" -H "Accept-Encoding: $2"
  local enc vary
  enc=$(header content-encoding); vary=$(header vary)
  if [ "$enc" = "$3" ] && cmp -s "$tmp/body" "$tmp/site/$4" && [[ "$vary" == *Accept-Encoding* ]]; then
    ok "$1 with Accept-Encoding: $2 -> $4 ($(wc -c < "$tmp/body") bytes, Vary: $vary)"
  else
    fail "$1 with Accept-Encoding: $2: Content-Encoding \`$enc\`, Vary \`$vary\`, body $(wc -c < "$tmp/body") bytes; want $4"
  fi
}
encoded / gzip gzip index.html.gz
encoded /feed.atom gzip gzip feed.atom.gz
encoded "/$css" gzip gzip "$css.gz"
if [ -f "$brotli_module" ]; then
  encoded / "br, gzip" br index.html.br
  encoded /feed.atom "gzip, deflate, br" br feed.atom.br
fi
head_of /
if [ -z "$(header content-encoding)" ] && cmp -s "$tmp/body" "$tmp/site/index.html"; then
  ok "/ without Accept-Encoding: index.html as written"
else
  fail "/ without Accept-Encoding: Content-Encoding \`$(header content-encoding)\` or a different body"
fi

# Revalidation: a reader holding the page asks again with its ETag and gets a 304.
head_of /
etag=$(header etag)
head_of / -H "If-None-Match: $etag"
if [ -n "$etag" ] && sed -n 1p "$tmp/headers" | grep -q ' 304'; then
  ok "/ revalidated with ETag $etag: 304"
else
  fail "/ with If-None-Match $etag: $(sed -n 1p "$tmp/headers" | tr -d '\r')"
fi

# Security headers: each page's policy is in the page (a <meta>, its inline script by hash,
# never 'unsafe-inline'); the server adds who may frame it and the referrer policy. Only
# embed.html may be framed, from the sites in $candor_embed_ancestors.
secured() {  # secured PATH FRAME-ANCESTORS X-FRAME-OPTIONS
  head_of "$1"
  local csp referrer xfo cache
  csp=$(header content-security-policy); referrer=$(header referrer-policy)
  xfo=$(header x-frame-options); cache=$(header cache-control)
  if [[ "$csp" == *"frame-ancestors $2;"* ]] && [ "$referrer" = strict-origin-when-cross-origin ] \
    && [ "$xfo" = "$3" ] && [ "$(header x-content-type-options)" = nosniff ] && [ -n "$cache" ]; then
    ok "$1: CSP \`$csp\`, Referrer-Policy $referrer${xfo:+, X-Frame-Options $xfo}"
  else
    fail "$1: CSP \`$csp\`, Referrer-Policy \`$referrer\`, X-Frame-Options \`$xfo\`, Cache-Control \`$cache\`; want frame-ancestors $2, strict-origin-when-cross-origin, \`$3\`"
  fi
}
secured / "'none'" DENY
secured /history/ "'none'" DENY
secured /feed.atom "'none'" DENY
secured /no-such-page "'none'" DENY
secured /embed.html "'self' https:" ""
for page in / /embed.html; do
  head_of "$page"
  meta=$(grep -o '<meta http-equiv="Content-Security-Policy" content="[^"]*"' "$tmp/body" || true)
  if [[ "$meta" == *"script-src 'self'"* ]] && [[ "$meta" != *unsafe-inline* ]] \
    && grep -q '<meta name="referrer" content="strict-origin-when-cross-origin">' "$tmp/body"; then
    ok "$page: its policy in a <meta>, $(grep -o "'sha256-" <<<"$meta" | wc -l) inline block(s) by hash"
  else
    fail "$page: no policy <meta> without 'unsafe-inline' (\`$meta\`)"
  fi
done

# Cross-origin reads: widgets and readers on other sites may read the API, the feeds, the
# badges and the calendar (Access-Control-Allow-Origin: *); the pages say nothing.
cors() {  # cors PATH WANT (the header's value, empty for none)
  head_of "$1" -H "Origin: https://other.example"
  local got
  got=$(header access-control-allow-origin)
  if [ "$got" = "$2" ]; then
    ok "$1 from another origin: Access-Control-Allow-Origin \`${got:-(none)}\`"
  else
    fail "$1 from another origin: Access-Control-Allow-Origin \`$got\`; want \`$2\`"
  fi
}
component=$(cd "$tmp/site/components" && ls | head -1)
for path in /api/v2/summary.json /api/v2/status.json /api/v2/incidents/unresolved.json \
  /feed.atom /feed.rss /feed.json /history.atom /history.rss /maintenance.ics /badge.svg \
  "/components/$component/feed.json" "/components/$component/badge.svg"; do
  cors "$path" "*"
done
for path in / /index.html /history/ /embed.html "/$css"; do
  cors "$path" ""
done

head_of /no-such-page
if sed -n 1p "$tmp/headers" | grep -q ' 404' && grep -q "Page not found" "$tmp/body" \
  && [[ "$(header cache-control)" == *"$short"* ]]; then
  ok "/no-such-page: 404 with the site's 404 page"
else
  fail "/no-such-page: $(sed -n 1p "$tmp/headers" | tr -d '\r'), not the site's 404 page"
fi
head_of /.candor-output
if sed -n 1p "$tmp/headers" | grep -q ' 404'; then
  ok "/.candor-output: 404"
else
  fail "/.candor-output is served"
fi

if [ "$failed" -gt 0 ]; then
  echo "$failed header check(s) failed; nginx error log:" >&2
  cat "$tmp/run/error.log" >&2
  exit 1
fi

# WIDGET=1: Atlassian's status widget on another origin reads this nginx, and fails against
# a second one whose config lacks the Access-Control-Allow-Origin line.
if [ "${WIDGET:-0}" = 1 ]; then
  echo "==> @statuspage/status-widget on another origin, in headless Chromium" >&2
  with=$base
  sed '/Access-Control-Allow-Origin/d' "${NGINX_CONF:-deploy/nginx.conf}" > "$tmp/nocors.conf"
  start_nginx "$tmp/nocors.conf" "$tmp/run-nocors"
  without=$base
  base=$with
  bash tests/oracles/status-widget/run.sh "$with" "$without" "$tmp/site"
fi

# Load: the index page, as a browser asks for it (precompressed Brotli) and without any
# Accept-Encoding (index.html as written). wrk and nginx share the machine's cores.
rps() {  # rps LABEL [wrk args...]
  local label=$1; shift
  wrk -t"$threads" -c"$connections" -d"$duration" "$@" "$base/" > "$tmp/wrk.txt"
  printf '%-40s %s requests/s, latency %s avg (%s)\n' "$label" \
    "$(awk '/^Requests\/sec/ {print $2}' "$tmp/wrk.txt")" \
    "$(awk '/^ *Latency/ {print $2}' "$tmp/wrk.txt")" \
    "$(awk '/Transfer\/sec/ {print $2 "/s"}' "$tmp/wrk.txt")"
}
echo "==> wrk -t$threads -c$connections -d$duration $base/ ($(nproc) cores)"
rps "index, Accept-Encoding: br, gzip" -H "Accept-Encoding: br, gzip"
rps "index, Accept-Encoding: gzip" -H "Accept-Encoding: gzip"
rps "index, no Accept-Encoding"
