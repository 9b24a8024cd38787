// The engine reports in a real browser: Debian's Chromium, driven by playwright-core (never a downloaded browser).
// The Java tests (BrowserPagesTest) write the pages first; the Maven build then runs this file with node's test runner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const pages = resolve(process.env.SALESENGINE_BROWSER_PAGES ?? join(here, '..', 'target', 'browser-pages'));
const shots = resolve(process.env.SALESENGINE_SCREENSHOTS ?? join(here, '..', 'target', 'browser-screenshots'));
const executablePath = process.env.SALESENGINE_CHROMIUM ?? '/usr/bin/chromium';

const CHAPTERS = ['1. The engine at a glance', '2. How the parts connect', '3. Strategy → structure', '4. Culture',
  '5. Metrics and compensation', '6. All findings', '7. Appendix: the engine text', '8. Plan documents'];
// Paper less the report's 1.5 cm margins, in CSS pixels (96 per inch): what one printed page can hold.
const PAPERS = {
  A4: { width: (210 - 30) / 25.4 * 96, height: (297 - 30) / 25.4 * 96 },
  Letter: { width: (215.9 - 30) / 25.4 * 96, height: (279.4 - 30) / 25.4 * 96 },
};

let browser;

before(async () => {
  for (const name of ['acme.html', 'broken.html', 'xss.html']) {
    assert.ok(existsSync(join(pages, name)), `${name} is missing in ${pages}: the Java tests write it (BrowserPagesTest)`);
  }
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

/** Opens a page and records what a reader would never want to see: console errors, uncaught errors, dialogs. */
async function open(file, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = { console: [], errors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('dialog', async (dialog) => {
    problems.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const url = pathToFileURL(file).href;
  page.on('request', (request) => {
    if (request.url() !== url) problems.requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

async function svgSizes(page) {
  return page.$$eval('svg', (svgs) => svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    return { label: svg.getAttribute('aria-label'), width: box.width, height: box.height };
  }));
}

for (const name of ['acme', 'broken', 'xss']) {
  test(`${name}: every chapter shows, every picture is drawn, nothing errs or loads`, async () => {
    const { page, problems } = await open(join(pages, `${name}.html`));
    try {
      for (const heading of CHAPTERS) {
        const locator = page.getByRole('heading', { level: 2, name: heading, exact: true });
        assert.equal(await locator.count(), 1, `heading ${heading}`);
        await locator.scrollIntoViewIfNeeded();
        assert.ok(await locator.isVisible(), `heading ${heading} is visible`);
      }
      const sizes = await svgSizes(page);
      assert.ok(sizes.length >= 4, `${name} has its pictures (${sizes.length})`);
      for (const size of sizes) {
        assert.ok(size.width > 50 && size.height > 50, `${size.label} is drawn: ${size.width} × ${size.height}`);
      }
      // No picture overflows the column on a laptop screen.
      const column = await page.$eval('main', (main) => main.clientWidth);
      for (const size of sizes) assert.ok(size.width <= column, `${size.label} fits the column`);
      assert.deepEqual(problems.console, []);
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.dialogs, []);
      assert.deepEqual(problems.requests, [], 'the page loads nothing but itself');
      assert.equal(await page.evaluate(() => window.__xss), undefined);
      assert.equal(await page.$$eval('script', (scripts) => scripts.length), 0);
    } finally {
      await page.close();
    }
  });
}

test('xss: the markup in names and texts is shown as text and runs nothing', async () => {
  const { page, problems } = await open(join(pages, 'xss.html'));
  try {
    await page.mouse.move(300, 300);
    const title = await page.locator('h1').first().textContent();
    assert.equal(title, '<script>window.__xss = 1; alert(1)</script>');
    assert.equal(await page.$$eval('img, iframe, object, embed', (found) => found.length), 0);
    assert.equal(await page.locator('text=<img src=x onerror=').count() > 0, true, 'the payload is visible as text');
    // Hover over the cells that show a would-be handler's text (the first tables: objectives, roles, teams): nothing runs.
    for (const cell of (await page.locator('td, th').all()).slice(0, 60)) {
      await cell.hover({ timeout: 500 }).catch(() => {});
    }
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems.dialogs, []);
    assert.deepEqual(problems.console, []);
  } finally {
    await page.close();
  }
});

for (const [paper, size] of Object.entries(PAPERS)) {
  test(`acme on ${paper}: printed, no figure is taller than a page`, async () => {
    const { page } = await open(join(pages, 'acme.html'), { width: Math.floor(size.width), height: Math.floor(size.height) });
    try {
      await page.emulateMedia({ media: 'print' });
      const figures = await page.$$eval('figure', (found) => found.map((figure) => {
        const box = figure.getBoundingClientRect();
        return { label: figure.querySelector('svg')?.getAttribute('aria-label'), width: box.width, height: box.height };
      }));
      assert.equal(figures.length, 10);
      for (const figure of figures) {
        assert.ok(figure.height > 50 && figure.height <= size.height, `${figure.label}: ${figure.height} px of ${size.height}`);
        assert.ok(figure.width <= size.width + 0.5, `${figure.label}: ${figure.width} px wide of ${size.width}`);
      }
      const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false });
      const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      // Each of the 8 chapters but the first starts a page; acme's report takes about 19 A4 pages.
      assert.ok(count >= CHAPTERS.length && count <= 40, `${count} pages`);
    } finally {
      await page.close();
    }
  });
}

test('screenshots: the first page of the acme report and a plan document', async () => {
  const report = await open(join(pages, 'acme.html'), { width: 1200, height: 1500 });
  await report.page.screenshot({ path: join(shots, 'report-first-page.png') });
  await report.page.close();
  const plan = await open(join(pages, 'plans-acme', 'AcmeEmea-AEPlan.html'), { width: 1000, height: 900 });
  assert.deepEqual(plan.problems.console, []);
  assert.equal(await plan.page.getByRole('heading', { level: 1 }).textContent(), 'Account executive plan (AEPlan)');
  await plan.page.screenshot({ path: join(shots, 'plan-document.png'), fullPage: true });
  await plan.page.close();
  for (const file of ['report-first-page.png', 'plan-document.png']) assert.ok(existsSync(join(shots, file)), file);
});
