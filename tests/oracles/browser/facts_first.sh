#!/usr/bin/env bash
# tests/oracles/browser/facts_first.sh — the facts first on a phone, measured in headless
# Chromium at 390×844: on the status page the banner and, for each ongoing incident and
# maintenance in progress, its status, what it affects, the next update, who is accountable and
# the workaround; on the incident page the same facts; each by its bounding box within the
# first 844 px, and no page wider than 390 px (issue 15, "Facts first on a phone").
#
# The example site is built at CI's time (2026-11-23T15:45:00Z) as it stood then, its
# card-payments incident still open (example.sh). Each page is measured twice, with JavaScript on (the clock fixed at that
# time, so the live script sees what the build saw) and off.
#
# Pages are `SITE_DIR:PAGE` entries for facts_first.cjs: the example in English and in Arabic
# (right to left), and the French pages of the bilingual example; more sites are more entries: FACTS_EXTRA="dir:index.html dir:incidents/x/index.html". One browser launch.
#
# Installs what it needs through setup.sh (Debian chromium, playwright-core from npm into
# $CANDOR_BROWSER_DEPS) and skips, exit 0, when it cannot. Exit 1 when a fact is below the
# first screen or a page overflows, or when the embed (embed_scheme.cjs, run after) paints a
# box of its own on a host page that declares its scheme or its text does not contrast.
#
#   CANDOR=target/debug/candor tests/oracles/browser/facts_first.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
now="2026-11-23T15:45:00Z"
skip() { echo "SKIP facts-first browser test: $*" >&2; exit 0; }
. tests/oracles/browser/setup.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. tests/oracles/browser/example.sh
example_at_now en-GB "$work/en"
grep -q 'id="ongoing"' "$work/en/public/index.html" \
  || { echo "the example has no ongoing incident at $now" >&2; exit 1; }
# The same site in Arabic: right to left, the facts must still lead on the first screen.
example_at_now ar "$work/ar"
grep -q 'dir="rtl"' "$work/ar/public/index.html" || { echo "the Arabic build is not right to left" >&2; exit 1; }

# The bilingual example's French pages (tests/fixtures/bilingual, under fr-ca/): longer words
# and the language switcher in the header, the facts still first.
"$candor" --root tests/fixtures/bilingual --color never build --now "$now" --out "$work/bi" \
  >"$work/build-bi.log" 2>&1 || { cat "$work/build-bi.log" >&2; exit 1; }
grep -q 'class="languages"' "$work/bi/fr-ca/index.html" || { echo "no language switcher" >&2; exit 1; }

NODE_PATH="$deps/node_modules" node tests/oracles/browser/facts_first.cjs "$now" \
  "$work/en/public:index.html" \
  "$work/en/public:incidents/card-payments-failing/index.html" \
  "$work/ar/public:index.html" \
  "$work/ar/public:incidents/card-payments-failing/index.html" \
  "$work/bi/fr-ca:index.html" \
  "$work/bi/fr-ca:incidents/ticket-payments-down/index.html" \
  ${FACTS_EXTRA:-}

# The same build's embed, framed by host pages in light and dark (embed_scheme.cjs says how):
# it follows the host's colour scheme. A launch of its own, the browser's scheme set dark.
NODE_PATH="$deps/node_modules" node tests/oracles/browser/embed_scheme.cjs "$work/en/public"
