# tests/oracles/browser/example.sh — sourced by the browser scripts (facts_first.sh and
# scripts/screenshots.sh), from the repository root, after setup.sh and with `now` set (CI's
# time, 2026-11-23T15:45:00Z). Defines `example_at_now LANG DIR`: the shipped example in
# language LANG, built at $now into DIR/public, as it stood then. Every incident in the shipped
# example is resolved so that it never rots (README), so the card-payments incident is cut to
# the updates posted by $now, which leaves it open with a long latest update.
example_at_now() {
  local lang="$1" dir="$2" incident
  mkdir -p "$dir"
  cp -r incidents "$dir/incidents"
  sed "s/^language: .*/language: $lang/" candor.yaml > "$dir/candor.yaml"
  # The updates after $now go (from the first one after it to the apology, comments included).
  incident="$dir/incidents/card-payments-failing.yaml"
  sed -i '/^  - at: 2026-11-23T16:12:00Z/,/^apology:/{/^apology:/!d}' "$incident"
  grep -q '^  - at: 2026-11-23T15:31:00Z' "$incident"
  if grep -q '^  - at: 2026-11-23T16' "$incident"; then
    echo "could not cut $incident at $now" >&2
    return 1
  fi
  "$candor" --root "$dir" --color never build --now "$now" --out "$dir/public" \
    >"$dir/build.log" 2>&1 || { cat "$dir/build.log" >&2; return 1; }
}
