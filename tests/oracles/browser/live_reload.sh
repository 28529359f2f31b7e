#!/usr/bin/env bash
# tests/oracles/browser/live_reload.sh — `candor serve` in real headless Chromium: load the
# preview, edit an incident file, and see the page reload by itself with the new text; break the
# file and see the error overlay; fix it and see the overlay go.
#
# Installs what it needs: Debian's chromium (apt-get, when missing) and playwright-core (npm, into
# $CANDOR_BROWSER_DEPS, default /tmp/candor-browser-deps). Skips with a message, exit 0, when
# chromium or playwright-core cannot be installed. Exit 1 when the test fails.
#
#   tests/oracles/browser/live_reload.sh   # builds target/release/candor if needed
#   CANDOR=target/debug/candor tests/oracles/browser/live_reload.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
skip() { echo "SKIP browser live-reload test: $*" >&2; exit 0; }
. tests/oracles/browser/setup.sh

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/site" "$work/profile"
cp -r tests/fixtures/site/. "$work/site/"

"$candor" --root "$work/site" --color never serve --port 0 --now 2026-11-20T10:00:00Z \
  2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 600); do
  port=$(sed -n 's|^serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "candor serve exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; echo "candor serve did not start" >&2; exit 1; }

status=0
NODE_PATH="$deps/node_modules" node - "$port" "$work/site" "$work/profile" <<'JS' || status=$?
const { chromium } = require('playwright-core');
const fs = require('fs');
const [port, site, profile] = process.argv.slice(2);
const file = `${site}/incidents/payments-down.yaml`;
const original = fs.readFileSync(file, 'utf8');
const T = 30000;  // generous: the outcome, not the speed, is under test

(async () => {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  // The preview's policy header must allow its own reload script and overlay, and the page's
  // own inline script: Chromium reports anything it blocks on the console.
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  try {
    const url = `http://127.0.0.1:${port}/incidents/payments-down/`;
    await page.goto(url);
    await page.waitForSelector('text=Card payments failing', { timeout: T });
    // A mark that only survives if the page is NOT reloaded.
    await page.evaluate(() => { window.__candorMark = 'before-edit'; });

    fs.writeFileSync(file, original.replace('title: Card payments failing', 'title: Card payments restored'));
    await page.waitForFunction(() => document.body.innerText.includes('Card payments restored'),
                               null, { timeout: T });
    const mark = await page.evaluate(() => window.__candorMark);
    if (mark !== undefined) throw new Error('the text changed without a reload');
    console.log('ok: the page reloaded with the new text');

    // A broken file: the overlay shows the diagnostics over the last good page.
    await page.evaluate(() => { window.__candorMark = 'before-break'; });
    fs.writeFileSync(file, original.replace('impact: major', 'impact: majr'));
    await page.waitForSelector('#candor-overlay:not([hidden])', { timeout: T });
    const overlay = await page.textContent('#candor-overlay pre');
    if (!overlay.includes('incidents/payments-down.yaml')) throw new Error(`overlay text: ${overlay}`);
    if (!(await page.evaluate(() => document.body.innerText.includes('Card payments restored'))))
      throw new Error('the last good page is gone under the overlay');
    console.log('ok: the error overlay shows the diagnostics');

    fs.writeFileSync(file, original.replace('title: Card payments failing', 'title: Payments fixed'));
    await page.waitForFunction(() => document.body.innerText.includes('Payments fixed'),
                               null, { timeout: T });
    if (await page.isVisible('#candor-overlay')) throw new Error('the overlay stayed after the fix');
    console.log('ok: fixing the file reloads the page without the overlay');
    // The page's own live script ran (it marks times in the reader's zone when it differs;
    // here, it must at least have run without being blocked: no violation was reported).
    const policy = await page.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'));
    if (!policy || policy.includes('unsafe-inline') || !policy.includes("frame-ancestors 'none'"))
      throw new Error(`policy header: ${policy}`);
    console.log('ok: the page runs under its policy, with no violation');
    if (errors.length) throw new Error(`JavaScript errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
})().catch(e => { console.error(`FAIL: ${e.message}`); process.exit(1); });
JS
if [ "$status" -ne 0 ]; then
  echo "--- candor serve said:" >&2
  cat "$work/serve.log" >&2
  exit 1
fi
echo "browser live-reload test passed"
