#!/usr/bin/env bash
# Builds the same inputs with two candor binaries and compares the output trees byte for byte
# (issue 12: a refactor must not change what candor writes). Inputs: the example site at the
# repository root, and the generated history of ../shared/bench/gen_incidents.py N.
#   scripts/same_output.sh OLD_BINARY NEW_BINARY [N]     (N defaults to 10000)
#   OLD_REV=e4a45da scripts/same_output.sh ...           (the old binary reads the example
#                                                          site as it was at that commit)
# The example site reads its theme folder (`themes/`) from disk: a commit that moves work
# between Rust and templates must be compared with each binary on its own commit's files.
# Exit 0 when every tree is identical; otherwise the differing files are listed.
set -euo pipefail
old=$1 new=$2 n=${3:-10000}
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
now=2026-12-01T12:00:00Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
old_site=.
if [ -n "${OLD_REV:-}" ]; then
  old_site="$work/old-site"
  mkdir -p "$old_site"
  git archive "$OLD_REV" candor.yaml incidents themes | tar -x -C "$old_site"
fi
compare() { # name, then the arguments both builds get (an example-site build has no --root)
  local name=$1; shift
  local root=()
  case " $* " in *" --root "*) ;; *) root=(--root "$old_site") ;; esac
  "$old" build --now "$now" "${root[@]}" "$@" --out "$work/$name-old" >/dev/null 2>&1
  "$new" build --now "$now" "$@" --out "$work/$name-new" >/dev/null 2>&1
  local files
  files=$(find "$work/$name-old" -type f | wc -l)
  if diff -r -q "$work/$name-old" "$work/$name-new"; then
    echo "$name: identical ($files files)"
  else
    echo "$name: DIFFERENT" >&2
    status=1
  fi
}
compare example
compare example-precompressed --precompress
python3 "$shared/bench/gen_incidents.py" "$n" "$work/gen" --only yaml >/dev/null
compare "generated-$n" --root "$work/gen/yaml"
exit $status
