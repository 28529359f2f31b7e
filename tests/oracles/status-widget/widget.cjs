// Loads widget.html from PAGE (another origin) in headless Chromium, once with the status
// site at WITH (nginx with deploy/nginx.conf) and once at WITHOUT (the same config less its
// Access-Control-Allow-Origin line), and reads what the widget shows. Passes when the first
// shows the site's status (WANT_INDICATOR and WANT_DESCRIPTION from its summary.json) and
// the second does not: the browser blocked the read, so the header is what makes it work.
const { chromium } = require(process.env.PLAYWRIGHT);
const { PAGE, WITH, WITHOUT, WANT_INDICATOR, WANT_DESCRIPTION } = process.env;

// What the widget shows: its status text and the classes of its indicator (the coloured dot),
// from inside its shadow root (the basic appearance: .status-text, .status-indicator).
function shown() {
  const w = document.querySelector("statuspage-widget");
  const root = (w && (w.shadowRoot || w)) || document;
  const text = root.querySelector(".status-text")?.textContent.replace(/\s+/g, " ").trim() ?? "";
  const classes = root.querySelector(".status-indicator")?.getAttribute("class") ?? "";
  return { text, classes };
}

async function load(browser, site) {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${PAGE}/widget.html?src=${encodeURIComponent(site)}`);
  let seen = { text: "", classes: "" };
  // Up to 5 s for the fetch and the render; a pass returns as soon as the text is there.
  for (let i = 0; i < 50; i++) {
    seen = await page.evaluate(shown);
    if (seen.text.includes(WANT_DESCRIPTION)) break;
    await page.waitForTimeout(100);
  }
  await page.close();
  return { ...seen, errors };
}

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  let failed = 0;
  try {
    const good = await load(browser, WITH);
    if (good.text.includes(WANT_DESCRIPTION) && good.classes.split(" ").includes(WANT_INDICATOR)) {
      console.log(`ok    widget on ${PAGE} shows ${WITH}: "${good.text}" (indicator class "${good.classes}")`);
    } else {
      console.log(`FAIL  widget on ${PAGE} with ${WITH}: shows "${good.text}", classes "${good.classes}"; want "${WANT_DESCRIPTION}", ${WANT_INDICATOR}`);
      console.log(`      console errors: ${good.errors.join(" | ")}`);
      failed++;
    }
    const bad = await load(browser, WITHOUT);
    const blocked = bad.errors.some((e) => /CORS|Access-Control-Allow-Origin/.test(e));
    if (!bad.text.includes(WANT_DESCRIPTION) && blocked) {
      console.log(`ok    without the header the browser blocks it: ${bad.errors[0]}`);
    } else {
      console.log(`FAIL  without the header: shows "${bad.text}", errors "${bad.errors.join(" | ")}"; want no status and a CORS error`);
      failed++;
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
})();
