#!/usr/bin/env bash
# Started in the background by .ci/run while its compile steps keep both cores busy: fetches
# from the network the large tools the later steps install (Chromium, Java and nginx from
# Debian; the shared checks' npm packages; the browser tests' playwright-core), each through
# the installer of the step that needs it, so that step then finds it done. A failure here
# costs nothing: the step installs what it still lacks itself, as it always has.
# Usage: .ci/prefetch.sh SHARED_DIR
set -u
shared="$1"
cd "$(dirname "$0")/.."

# The nginx step's packages (deploy check): apt-get takes no second run at once, so this goes
# first and the shared checks below find Chromium and Java installed.
missing=()
for p in chromium default-jre-headless nginx wrk libnginx-mod-http-brotli-static; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ] && [ "$(id -u)" = 0 ]; then
  echo "prefetch: apt-get install ${missing[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
    >/dev/null 2>&1 || echo "prefetch: apt-get failed; the steps install what they need"
fi

# The shared checks install their tools on first use: a one-page site makes each do it now.
page=$(mktemp -d)
trap 'rm -rf "$page"' EXIT
printf '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>prefetch</title></head><body><main><p>prefetch</p></main></body></html>\n' \
  >"$page/index.html"
if [ -d "$shared/checks" ]; then
  for check in html a11y lighthouse; do
    "$shared/checks/$check" "$page" >/dev/null 2>&1 || echo "prefetch: $check did not pass on the page; its step installs what it lacks"
  done
fi

# The browser tests' own playwright-core (tests/oracles/browser/setup.sh; no build: CANDOR is set).
(
  skip() { echo "prefetch: browser setup: $*"; exit 0; }
  CANDOR=/bin/true
  # shellcheck source=../tests/oracles/browser/setup.sh
  source tests/oracles/browser/setup.sh
) >/dev/null 2>&1
echo "prefetch: done"
