// Takes the screenshots in docs/screenshots/ (run by scripts/screenshots.sh, which builds the
// sites): each `SITE_DIR:PAGE:NAME` entry at 390×844 and 1280×800, in the light and the dark
// scheme, first screen only, in one browser launch. JavaScript is off, so each picture shows
// the page as built (the live script would move "12 minutes ago" with the wall clock).
//
//   node screenshots.cjs OUT_DIR SITE_DIR:PAGE:NAME [...]
const { chromium } = require('playwright-core');
const http = require('http');
const fs = require('fs');
const path = require('path');

const [out, ...entries] = process.argv.slice(2);
const shots = entries.map(e => {
  const [site, page, name] = e.split(':');
  return { site: path.resolve(site), page, name };
});
const sites = [...new Set(shots.map(s => s.site))];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png' };
const server = http.createServer((req, res) => {
  const m = /^\/(\d+)(\/[^?#]*)/.exec(req.url);
  const root = m && sites[Number(m[1])];
  let file = root && path.join(root, decodeURIComponent(m[2]));
  if (file && !file.startsWith(root)) file = null;
  if (file && file.endsWith('/')) file += 'index.html';
  fs.readFile(file || '', (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
});

(async () => {
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme,
        javaScriptEnabled: false, deviceScaleFactor: 1 });
      const tab = await ctx.newPage();
      for (const s of shots) {
        await tab.goto(`${base}/${sites.indexOf(s.site)}/${s.page}`, { waitUntil: 'load' });
        const file = path.join(out, `${s.name}-${w}-${scheme}.png`);
        await tab.screenshot({ path: file });
        console.log(file);
      }
      await ctx.close();
    }
  }
  await browser.close();
  server.close();
})().catch(e => { console.error(e); process.exit(1); });
