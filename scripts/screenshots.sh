#!/usr/bin/env bash
# Remakes docs/screenshots/: the example site with its card-payments incident still open (cut
# at 2026-11-23T15:45:00Z, as the facts-first browser test cuts it), in English (en-GB),
# Japanese and Arabic; index and incident pages (and the apology page in English) at 390 and 1280 px wide, light and
# dark (scripts/screenshots.cjs). Needs Chromium and playwright-core, which the browser tests'
# setup installs.
#
#   CANDOR=target/release/candor scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
now="2026-11-23T15:45:00Z"
skip() { echo "SKIP screenshots: $*" >&2; exit 0; }
. tests/oracles/browser/setup.sh
. tests/oracles/browser/example.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
entries=()
for lang in en-GB ja ar; do
  example_at_now "$lang" "$work/$lang"
  apology=$(cd "$work/$lang/public" && ls incidents/*/apology/index.html | head -1)
  entries+=("$work/$lang/public:index.html:$lang-index"
            "$work/$lang/public:incidents/card-payments-failing/index.html:$lang-incident")
  # The apology page in English only: the pictures are for the README and docs, not a test.
  [ "$lang" = en-GB ] && entries+=("$work/$lang/public:$apology:$lang-apology")
done
rm -f docs/screenshots/*.png
NODE_PATH="$deps/node_modules" node scripts/screenshots.cjs docs/screenshots "${entries[@]}"
