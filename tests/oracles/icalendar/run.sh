#!/usr/bin/env bash
# Builds the example site and reads its maintenance.ics with the `icalendar` parser from PyPI.
set -euo pipefail
cd "$(dirname "$0")/../../.."
venv=/tmp/candor-ics-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet 'icalendar==6.*' 'pyyaml==6.*'
candor="${CANDOR:-./target/release/candor}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$candor" build --now 2026-11-23T15:45:00Z --out "$out/public" >/dev/null 2>&1
"$venv/bin/python" tests/oracles/icalendar/check.py "$out/public" .
