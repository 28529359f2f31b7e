#!/usr/bin/env bash
# candor's JSON Schemas read by third-party tools (npm, pinned in package.json):
#  1. ajv-cli (draft 7, strict mode, all errors) with the `yaml` package reading each file as
#     YAML 1.2: the shipped example and the fixture sites pass; every field-level mistake in
#     tests/fixtures/schema-field-mistakes.txt fails at the JSON pointer listed there;
#  2. the YAML language server VS Code's YAML extension runs, over stdio LSP (lsp.mjs), on an
#     incident that `candor new` wrote into a site `candor init` made: the modeline leads to
#     the schema, `status: ` completes to the incident's statuses, a wrong one is flagged.
#
#   CANDOR=target/release/candor bash tests/oracles/yaml-ls/run.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/tests/oracles/yaml-ls"
candor="$(cd "$root" && realpath "${CANDOR:-target/release/candor}")"
work="$(mktemp -d /tmp/candor-yaml-ls.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "==> installing ajv-cli, yaml and yaml-language-server (package.json) into $work/npm"
mkdir -p "$work/npm"
cp "$here/package.json" "$work/npm/"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error >/dev/null
bin="$work/npm/node_modules/.bin"

"$candor" schema config >"$work/config.schema.json"
"$candor" schema incident >"$work/incident.schema.json"

# validate SCHEMA FILE.yaml: ajv's errors (JSON) in $work/errors.json; the exit code is ajv's.
validate() {
  "$bin/yaml" --json --single <"$2" >"$work/data.json"
  "$bin/ajv" validate --spec=draft7 --strict=true --all-errors --errors=json \
    -s "$work/$1.schema.json" -d "$work/data.json" >"$work/errors.json" 2>&1
}
schema_of() { case "$1" in candor.yaml | */candor.yaml) echo config ;; *) echo incident ;; esac; }

echo "==> ajv: the example and the fixture sites pass"
n=0
for site in "$root" "$root/tests/fixtures/site" "$root/tests/fixtures/brand" "$root/tests/fixtures/bilingual" "$root/tests/fixtures/invalid"; do
  for f in "$site/candor.yaml" "$site"/incidents/*.yaml; do
    [ -f "$f" ] || continue
    if ! validate "$(schema_of "$f")" "$f"; then
      cat "$work/errors.json" >&2
      echo "error: ${f#"$root"/} does not pass the schema" >&2
      exit 1
    fi
    n=$((n + 1))
  done
done
echo "ok - $n files pass"

echo "==> ajv: the field-level mistakes of the error fixtures fail where they are"
n=0
while read -r case file at; do
  case "$case" in '' | '#'*) continue ;; esac
  at="${at%/}"
  if validate "$(schema_of "$file")" "$root/tests/fixtures/invalid/$case/$file"; then
    echo "error: $case/$file passes the schema" >&2
    exit 1
  fi
  if ! grep -qF "\"instancePath\": \"$at\"" "$work/errors.json"; then
    cat "$work/errors.json" >&2
    echo "error: $case/$file: no error at \`$at\`" >&2
    exit 1
  fi
  n=$((n + 1))
done <"$root/tests/fixtures/schema-field-mistakes.txt"
echo "ok - $n mistakes refused, each at its field"

echo "==> yaml-language-server over stdio: a site from candor init, an incident from candor new"
site="$work/site"
"$candor" init --title "Ours status" --base-url https://status.ours.test/ --timezone UTC \
  --contact-name "Ours Help" --component "Web app" "$site" >/dev/null 2>&1
"$candor" --root "$site" new "Checkout is failing" --impact major --owner "Minter Dial" \
  --role "Head of Customer Care" --component web-app --body "We are looking into it." \
  --at 2026-11-20T09:00:00Z --next 30m >/dev/null 2>&1
"$candor" --root "$site" check --now 2026-11-20T09:10:00Z
node "$here/lsp.mjs" "$work/npm/node_modules/yaml-language-server/bin/yaml-language-server" \
  "$site/incidents/checkout-is-failing.yaml"
