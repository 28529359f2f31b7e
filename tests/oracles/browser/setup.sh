# tests/oracles/browser/setup.sh — sourced by the browser tests here, from the repository
# root, after they define `skip MESSAGE` (print it, exit 0). Installs what they need: Debian's
# chromium (apt-get, when /usr/bin/chromium is missing) and playwright-core (npm, into
# $CANDOR_BROWSER_DEPS, default /tmp/candor-browser-deps, kept between runs); sets `deps` to
# that folder and `candor` to the binary ($CANDOR, else target/release/candor, built here).
repo=$(pwd)
deps="${CANDOR_BROWSER_DEPS:-/tmp/candor-browser-deps}"

if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian chromium (a few minutes) ..." >&2
  if ! { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; }; then
    skip "chromium is not installed and apt-get could not install it"
  fi
  [ -x /usr/bin/chromium ] || skip "chromium is not installed and apt-get could not install it"
fi
command -v node >/dev/null || skip "node is not installed"
if [ ! -f "$deps/.ok" ]; then
  echo "installing playwright-core into $deps ..." >&2
  mkdir -p "$deps"
  npm install --prefix "$deps" --no-audit --no-fund --loglevel=error 'playwright-core@1' \
    >"$deps/npm.log" 2>&1 || { cat "$deps/npm.log" >&2; skip "npm could not install playwright-core"; }
  touch "$deps/.ok"
fi

candor="${CANDOR:-$repo/target/release/candor}"
if [ -z "${CANDOR:-}" ]; then
  cargo build --release --quiet
fi
[ -x "$candor" ] || { echo "no candor binary at $candor" >&2; exit 1; }
