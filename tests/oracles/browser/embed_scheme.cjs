// The embed on a customer's page follows the host's colour scheme, in headless Chromium (run
// by embed_scheme.sh, which says why).
//
//   node embed_scheme.cjs SITE_DIR
//
// Three host pages frame SITE_DIR/embed.html, each loaded with the reader's scheme emulated
// light, then dark, in one browser launch:
// - "aware" declares `color-scheme: light dark` (as candor's own pages do): light or dark, the
//   frame paints nothing of its own (a pixel inside the frame, where there is no text, is the
//   host's pixel beside it) and its text contrasts with the host's background (WCAG 4.5:1);
// - "pinned" is always light and says so on the iframe (`color-scheme: light`, what the "Get
//   updates" page tells such pages to add): the same, in both schemes;
// - "plain" is always light and declares nothing: in light, the same; in dark, browsers give a
//   frame under an element with no color-scheme the reader's scheme (csswg-drafts#13796), so
//   the frame is dark on an opaque canvas of its own, and only its text is checked, against
//   that canvas: readable, never light text on the white page.
// Exits 1 otherwise.
const { chromium } = require('playwright-core');
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const site = path.resolve(process.argv[2] || '');
if (!process.argv[2]) { console.error('usage: node embed_scheme.cjs SITE_DIR'); process.exit(2); }

const frame = style => `<iframe src="/embed.html" title="Current status" width="600" height="150" style="border:0${style}"></iframe>`;
const page = (name, head, style) => `<!doctype html><html lang="en">${head}<title>${name} host</title><body style="margin:20px"><p>Our status:</p>${frame(style)}</body></html>`;
const HOSTS = {
  '/host/aware.html': page('Aware', '<meta name="color-scheme" content="light dark">', ''),
  '/host/pinned.html': page('Pinned', '', ';color-scheme:light'),
  '/host/plain.html': page('Plain', '', ''),
};
// Where the frame may paint its own canvas: the plain host in dark (see above).
const ownCanvas = (host, scheme) => host === '/host/plain.html' && scheme === 'dark';

function serve(req, res) {
  const url = req.url.split('?')[0];
  if (HOSTS[url]) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(HOSTS[url]); return; }
  const file = path.join(site, decodeURIComponent(url));
  fs.readFile(file.startsWith(site) ? file : '', (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' });
    res.end(body);
  });
}

// The colour of one screen pixel: a 1×1 PNG, whose single row's filter leaves the bytes as
// they are (every filter predicts 0 for the first pixel of the first row).
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  let at = 8, idat = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at), type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  return [raw[1], raw[2], raw[3]];
}

const parse = css => (/rgba?\(([^)]+)\)/.exec(css) || [, '0,0,0'])[1].split(/[ ,/]+/).map(Number);
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

(async () => {
  const server = http.createServer(serve);
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // The reader's dark scheme as the browser's own setting: emulated media (Playwright's
    // colorScheme) reaches every frame as it is and would hide how a frame takes its scheme
    // from its <iframe> element. Light is emulated (no frame differs in light).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--force-dark-mode',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  try {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 700, height: 260 }, colorScheme: scheme === 'light' ? 'light' : 'no-override' });
      await context.route(u => !u.href.startsWith(base), r => r.abort());
      const page = await context.newPage();
      for (const host of Object.keys(HOSTS)) {
        const where = `${host} (reader's scheme ${scheme})`;
        await page.goto(base + host, { waitUntil: 'load' });
        const el = await page.$('iframe');
        const f = await el.contentFrame();
        const box = await el.boundingBox();
        const inside = await f.evaluate(() => {
          const cs = e => getComputedStyle(e);
          return { text: cs(document.body).color, link: cs(document.querySelector('a')).color,
                   html: cs(document.documentElement).backgroundColor, body: cs(document.body).backgroundColor,
                   h1: document.querySelector('h1').textContent };
        });
        // Top right of the frame, right of the short banner line; and the host just above it.
        const inFrame = await pixel(page, box.x + box.width - 4, box.y + 4);
        const hostBg = await pixel(page, box.x + box.width - 4, box.y - 4);
        const text = parse(inside.text), link = parse(inside.link);
        const transparent = inFrame.every((v, i) => Math.abs(v - hostBg[i]) <= 2);
        const own = ownCanvas(host, scheme), behind = own ? inFrame : hostBg;
        const ratio = contrast(text, behind), linkRatio = contrast(link, behind);
        const ok = (own || transparent) && ratio >= 4.5 && linkRatio >= 4.5;
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${where}: host rgb(${hostBg}), frame rgb(${inFrame})${own ? ' (its own canvas)' : ''}, text ${inside.text} ${ratio.toFixed(1)}:1, links ${inside.link} ${linkRatio.toFixed(1)}:1 — "${inside.h1}"`);
        if (!own && !transparent) failures.push(`${where}: the frame paints its own background rgb(${inFrame}) on the host's rgb(${hostBg})`);
        if (ratio < 4.5) failures.push(`${where}: text ${inside.text} on rgb(${behind}) is ${ratio.toFixed(2)}:1`);
        if (linkRatio < 4.5) failures.push(`${where}: links ${inside.link} on rgb(${behind}) are ${linkRatio.toFixed(2)}:1`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(`${failures.length === 0 ? 'ok' : 'FAIL'}: the embed follows the host's colour scheme, ${failures.length} failure(s)`);
  process.exit(failures.length === 0 ? 0 : 1);
})();
