// Measures where the facts of each ongoing incident sit on a 390×844 phone screen, by their
// bounding boxes in headless Chromium (run by facts_first.sh, which says why).
//
//   node facts_first.cjs NOW SITE_DIR:PAGE [SITE_DIR:PAGE ...]
//
// Each site folder is served over HTTP on 127.0.0.1 (its pages' policy allows 'self' only);
// all pages are measured in one browser launch, with JavaScript on (the clock fixed at NOW, so
// the live script sees what the build saw) and off. Prints every measured position; exits 1
// when a fact ends below the first screen, comes after the body it leads, or a page is wider
// than the screen.
const { chromium } = require('playwright-core');
const { serveSites } = require('./sites.cjs');
const path = require('path');

const WIDTH = 390, HEIGHT = 844;
const [now, ...entries] = process.argv.slice(2);
if (!now || entries.length === 0) {
  console.error('usage: node facts_first.cjs NOW SITE_DIR:PAGE [SITE_DIR:PAGE ...]');
  process.exit(2);
}
const pages = entries.map(e => {
  const at = e.lastIndexOf(':');
  return { site: path.resolve(e.slice(0, at)), page: e.slice(at + 1) };
});
const sites = [...new Set(pages.map(p => p.site))];

// In the page: every fact that must be on the first screen, with its box. The status page
// leads with the banner, then one card per ongoing incident and maintenance in progress
// (the sections `#ongoing` and `#maint-now`); the incident page with its header and its facts list.
function measure() {
  const box = el => { const r = el.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; };
  const out = [], missing = [], order = [];
  const need = (scope, label, sel, name) => {
    const el = scope.querySelector(sel);
    if (!el) { missing.push(`${label}: ${name} (${sel})`); return; }
    out.push({ label, name, ...box(el) });
  };
  const banner = document.querySelector('.banner');
  if (banner) out.push({ label: 'page', name: 'banner', ...box(banner) });
  const facts = (scope, label, status) => {
    need(scope, label, status, 'status');
    need(scope, label, '.fact-affects', 'affected');
    need(scope, label, '.fact-owner', 'accountable');
    // A maintenance may promise no update; an incident always shows one (or says none is set).
    if (!scope.matches('.kind-maintenance, .kind-maintenance *') || scope.querySelector('.fact-next'))
      need(scope, label, '.fact-next', 'next update');
    const w = scope.querySelector('.fact-workaround');
    if (w) out.push({ label, name: 'workaround', ...box(w) });
  };
  const cards = [...document.querySelectorAll(
    'section[aria-labelledby="ongoing"] .card, section[aria-labelledby="maint-now"] .card')];
  for (const card of cards) {
    const label = card.querySelector('.card-title').textContent.trim();
    facts(card, label, '.fact-status');
    const body = card.querySelector('.latest');
    const last = card.querySelector('.card-facts');
    if (body && last && box(last).bottom > box(body).top) order.push(label);
  }
  const incident = document.querySelector('article.incident');
  if (incident) {
    const label = incident.querySelector('h1').textContent.trim();
    facts(incident, label, 'header .badge[class*="status-"]');
    const timeline = document.querySelector('.timeline');
    if (timeline && box(incident.querySelector('.facts')).bottom > box(timeline).top) order.push(label);
  }
  return { out, missing, order, cards: cards.length, incident: !!incident,
           width: document.documentElement.scrollWidth };
}

(async () => {
  const { server, base } = await serveSites(sites);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  // Where each fact was with JavaScript on, to compare with off: the live script must not
  // move the facts (no layout shift) when the reader's clock and zone are the build's.
  const seen = new Map();
  try {
    for (const js of [true, false]) {
      const context = await browser.newContext({
        viewport: { width: WIDTH, height: HEIGHT }, isMobile: true, hasTouch: true,
        deviceScaleFactor: 2, javaScriptEnabled: js, timezoneId: 'Europe/London', locale: 'en-GB',
      });
      if (js) await context.clock.setFixedTime(new Date(now));
      await context.route(u => !u.href.startsWith(base), r => r.abort());
      const page = await context.newPage();
      for (const { site, page: p } of pages) {
        const where = `${p} (${path.basename(path.dirname(site))}, JavaScript ${js ? 'on' : 'off'})`;
        await page.goto(`${base}/${sites.indexOf(site)}/${p}`, { waitUntil: 'load' });
        const m = await page.evaluate(measure);
        // The relative times ("in 45 minutes"): the live script's, from the fixed clock, are the build's.
        const ago = (await page.$$eval('.ago', es => es.map(e => e.textContent))).join(' | ');
        const agoKey = `${site} ${p} ago`;
        const agoOk = ago !== '' && (js || seen.get(agoKey) === ago);
        if (js) seen.set(agoKey, ago);
        else if (seen.get(agoKey) !== ago) failures.push(`${where}: relative times "${ago}", "${seen.get(agoKey)}" with JavaScript on`);
        if (!ago) failures.push(`${where}: no relative time beside the latest update or the promise`);
        console.log(`${agoOk ? 'ok  ' : 'FAIL'} ${where}: relative times ${ago}`);
        if (m.cards === 0 && !m.incident) failures.push(`${where}: no ongoing incident to measure`);
        if (!m.out.some(f => f.name === 'workaround')) failures.push(`${where}: no workaround shown`);
        for (const x of m.missing) failures.push(`${where}: missing ${x}`);
        for (const x of m.order) failures.push(`${where}: ${x}: the facts do not come before the body`);
        if (m.width > WIDTH) failures.push(`${where}: ${m.width} px wide, wider than ${WIDTH}`);
        for (const f of m.out) {
          const key = `${site} ${p} ${f.label} ${f.name}`, y = `${Math.round(f.top)}–${Math.round(f.bottom)}`;
          if (js) seen.set(key, y);
          else if (seen.get(key) !== y) failures.push(`${where}: ${f.label}: ${f.name} at y ${y}, at ${seen.get(key)} with JavaScript on`);
          const ok = f.bottom <= HEIGHT;
          console.log(`${ok ? 'ok  ' : 'FAIL'} ${where}: ${f.label}: ${f.name} at y ${Math.round(f.top)}–${Math.round(f.bottom)}`);
          if (!ok) failures.push(`${where}: ${f.label}: ${f.name} ends at y ${Math.round(f.bottom)}, below the first ${HEIGHT} px`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(`${failures.length === 0 ? 'ok' : 'FAIL'}: facts first at ${WIDTH}×${HEIGHT} on ${pages.length} page(s), ${failures.length} failure(s)`);
  process.exit(failures.length === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(1); });
