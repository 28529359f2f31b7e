// Takes the screenshots in docs/screenshots/ (run by scripts/screenshots.sh, which builds the
// sites): each `SITE_DIR:PAGE:NAME` entry at 390×844 and 1280×800, in the light and the dark
// scheme, first screen only, in one browser launch. JavaScript is off, so each picture shows
// the page as built (the live script would move "12 minutes ago" with the wall clock).
//
//   node screenshots.cjs OUT_DIR SITE_DIR:PAGE:NAME [...]
const { chromium } = require('playwright-core');
const { serveSites } = require('../tests/oracles/browser/sites.cjs');
const path = require('path');

const [out, ...entries] = process.argv.slice(2);
const shots = entries.map(e => {
  const [site, page, name] = e.split(':');
  return { site: path.resolve(site), page, name };
});
const sites = [...new Set(shots.map(s => s.site))];
(async () => {
  const { server, base } = await serveSites(sites);
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
