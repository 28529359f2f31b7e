#!/usr/bin/env bash
# Puts the release archives together from the binaries the release workflow built
# (.github/workflows/release.yml): BINS/bin-<target>/candor[.exe] → OUT/candor-<target>.tar.gz
# (.zip for Windows), each holding the binary, README.md, both licences, shell completions
# (completions/) and man pages (man/), plus OUT/SHA256SUMS. .ci/run runs it on the local
# release build to check that an archive holds all of that.
#   scripts/release_archives.sh BINS OUT
set -euo pipefail
bins=$1 out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Completions and man pages, from a binary this machine can run (they are the same for all).
host=""
for t in x86_64-unknown-linux-musl x86_64-unknown-linux-gnu; do
  if [ -x "$bins/bin-$t/candor" ]; then host="$bins/bin-$t/candor"; break; fi
done
[ -n "$host" ] || { echo "error: no Linux x86_64 binary in $bins to write completions with" >&2; exit 1; }
mkdir -p "$work/extras/completions" "$work/extras/man"
for shell in bash zsh fish powershell elvish; do
  "$host" completions "$shell" > "$work/extras/completions/candor.$shell"
done
"$host" man --out "$work/extras/man"
ls "$work/extras/man"/*.1 >/dev/null

for dir in "$bins"/bin-*; do
  target=${dir##*/bin-}
  name="candor-$target"
  stage="$work/$name"
  mkdir -p "$stage"
  cp README.md LICENSE-MIT LICENSE-APACHE "$stage/"
  cp -R "$work/extras/completions" "$work/extras/man" "$stage/"
  if [ -f "$dir/candor.exe" ]; then
    cp "$dir/candor.exe" "$stage/"
    (cd "$work" && zip -qr "$out/$name.zip" "$name")
  else
    cp "$dir/candor" "$stage/" && chmod +x "$stage/candor"
    # Sorted names and fixed owners, so the archive depends only on its files.
    tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
  fi
done
(cd "$out" && sha256sum -- candor-* > SHA256SUMS)
cat "$out/SHA256SUMS"
