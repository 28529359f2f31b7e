#!/usr/bin/env bash
# Validates the Microsoft Teams cards `candor notify` sends with Microsoft's own Adaptive Cards
# library (`adaptivecards` from npm, pinned in package.json): a cargo test writes the card of
# several messages (the example site's entries, a 100 KB body cut to fit 28 KB, hostile text)
# into a folder, and check.cjs parses and validates each one. A card known to be wrong must
# fail first, so a check that passes everything cannot pass unnoticed.
#
#   bash tests/oracles/adaptivecards/run.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/tests/oracles/adaptivecards"
work="$(mktemp -d /tmp/candor-adaptivecards.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "==> installing adaptivecards (package.json) into $work/npm"
mkdir -p "$work/npm"
cp "$here/package.json" "$work/npm/"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error >/dev/null

export NODE_PATH="$work/npm/node_modules"
cat >"$work/wrong.json" <<'JSON'
{"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock"}, {"type": "Carousel"}]}
JSON
if node "$here/check.cjs" "$work/wrong.json" >"$work/wrong.log"; then
  cat "$work/wrong.log" >&2
  echo "error: a card with an unknown element passed" >&2
  exit 1
fi
echo "ok - a wrong card is refused"

echo "==> writing the cards (cargo test, CANDOR_CARDS_OUT)"
(cd "$root" && CANDOR_CARDS_OUT="$work/cards" cargo test --quiet --lib \
  notify::payload::teams::tests::cards_for_the_adaptivecards_oracle >/dev/null)
node "$here/check.cjs" "$work"/cards/*.json
