// The 404 page finds the page: for each missing address below (in English and under /vi/), the
// first suggestion links where the address meant to go, and following it reaches a real page.
// Also: a hostile address stays text, the page without JavaScript still says "not found" in both
// languages and links home, the search form on it works, and axe-core finds no WCAG 2 A/AA
// violation at desktop and phone sizes.
// Usage: node notfound.mjs SITE_DIR BASE_PATH   (exit 0 when every check passes)
import path from 'node:path';
import { createRequire } from 'node:module';
import { check, run } from './harness.mjs';

// [missing address, where its first suggestion leads] (site paths, English; Vietnamese below).
const cases = [
  ['smtp/5.1.1/', 'smtp-enhanced/x.1.1/'],
  ['SMTP/552', 'smtp/552/'],
  ['SMTP/552/', 'smtp/552/'],
  ['smtp/552.html', 'smtp/552/'],
  ['smtp/552/index.htm', 'smtp/552/'],
  ['smtp/552', 'smtp/552/'],
  ['smtp/X.1.1/', 'smtp-enhanced/x.1.1/'],
  ['smtp-enhanced/X.1.1', 'smtp-enhanced/x.1.1/'],
  ['smtp/%20552', 'smtp/552/'],
  ['smtp/552vs252', 'smtp/252-vs-552/'],
  ['smtp/252-552/', 'smtp/252-vs-552/'],
  ['smtp/252_vs_552/', 'smtp/252-vs-552/'],
  ['smtp/252-vs-552.html', 'smtp/252-vs-552/'],
  ['smtp/252-vs-5.5.2/', 'smtp/252-vs-552/'],
  ['smtp/compare/252/552/', 'smtp/252-vs-552/'],
  ['smtp/552-vs-x.2.2/', 'smtp/552/'],
  ['smtp/557/', 'smtp/556/'],
  ['http/499/', 'http/451/'],
  ['SMTP-enhanced/', 'smtp-enhanced/'],
  ['Http/', 'http/'],
];

const texts = {
  en: { title: 'Page not found', nearest: 'nearest' },
  vi: { title: 'Không tìm thấy trang', nearest: 'gần nhất' },
};

const toolsDir = process.env.SITE_TOOLS_PREFIX || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/tools');
const axePath = createRequire(path.join(toolsDir, 'package.json')).resolve('axe-core/axe.min.js');

async function suggestions(page) {
  await page.waitForSelector('[data-suggestions]:not([hidden]) a');
  return page.locator('[data-suggestions]:not([hidden]) a');
}

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

run(async ({ page, origin, basePath, browser }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });

  for (const lang of ['en', 'vi']) {
    const prefix = lang === 'en' ? '' : 'vi/';
    for (const [missing, target] of cases) {
      const address = prefix + missing;
      const response = await page.goto(origin + basePath + address);
      check(response.status() === 404, `${lang} /${address}: served as 404`);
      const links = await suggestions(page);
      const href = await links.first().getAttribute('href');
      const expected = basePath + prefix + target;
      check(href === expected, `${lang} /${address}: the first suggestion is ${expected} (got ${href})`);
      check((await page.getAttribute('html', 'lang')) === lang, `${lang} /${address}: the page speaks ${lang}`);
      check((await page.textContent('h1')).trim() === texts[lang].title, `${lang} /${address}: its h1 is in ${lang}`);
      if (/^(smtp\/557|http\/499)/.test(missing)) {
        const note = await page.textContent('[data-suggestions] p');
        check(note.includes(texts[lang].nearest), `${lang} /${address}: says they are the nearest codes ("${note}")`);
        const family = basePath + prefix + missing.split('/')[0] + '/';
        check(await page.locator(`[data-suggestions] a[href="${family}"]`).count() === 1, `${lang} /${address}: links the family index`);
      }
      if (/-vs-|vs|_|compare|252-552/.test(missing) && !missing.includes('x.2.2')) {
        const all = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const both = [basePath + prefix + 'smtp/252/', basePath + prefix + 'smtp/552/'];
        check(both.every((b) => all.includes(b)), `${lang} /${address}: also suggests both code pages`);
      }
      if (missing.includes('x.2.2')) {
        const second = await links.nth(1).getAttribute('href');
        check(second === basePath + prefix + 'smtp-enhanced/x.2.2/', `${lang} /${address}: codes of two families: both code pages`);
      }
      const [landed] = await Promise.all([page.waitForNavigation(), links.first().click()]);
      check(landed.status() === 200 && (await page.locator('h1').count()) === 1, `${lang} /${address}: following it reaches ${page.url().slice(origin.length)}`);
    }
  }

  // A hostile address is shown as text and never becomes markup.
  await page.goto(origin + basePath + 'smtp/<img src=x onerror=alert(1)>/');
  await page.waitForSelector('[data-path]:not([hidden]) code');
  const shown = await page.textContent('[data-path]:not([hidden]) code');
  check(shown.includes('<img src=x onerror=alert(1)>'), `a hostile address is shown as text (${shown})`);
  check(await page.locator('main img').count() === 0 && dialogs === 0, 'a hostile address inserts no element and runs nothing');

  // A long address of code-like words is read quickly (only its first words count).
  const started = Date.now();
  await page.goto(origin + basePath + 'smtp/' + Array(600).fill('599').join('-') + '/');
  await suggestions(page);
  check(Date.now() - started < 5000, `a long address is read in ${Date.now() - started} ms`);

  // The search form on the 404 page finds codes.
  await page.goto(origin + basePath + 'vi/smtp/557/');
  await page.fill('#search-input-vi', '552');
  await page.waitForSelector('#search-input-vi ~ .search-results a');
  const found = await page.getAttribute('#search-input-vi ~ .search-results a', 'href');
  check(found === basePath + 'vi/smtp/552/', `the 404 page's search finds 552 (${found})`);

  // Without JavaScript: "not found", a home link and a decode link in both languages.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await plain.newPage();
  await noJs.goto(origin + basePath + 'smtp/5.1.1/');
  const homes = await noJs.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const expected = `${basePath} ${basePath}decode/ ${basePath}vi/ ${basePath}vi/decode/`;
  check(homes.join(' ') === expected, `without JavaScript: links home and to the decode page in both languages (${homes.join(' ')})`);
  const headings = await noJs.locator('h1, h2').allTextContents();
  check(headings.includes(texts.en.title) && headings.includes(texts.vi.title), 'without JavaScript: says "not found" in both languages');
  await plain.close();

  // axe-core, WCAG 2 A and AA, with suggestions shown, at desktop and phone sizes.
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    await page.setViewportSize({ width, height });
    for (const address of ['smtp/5.1.1/', 'vi/smtp/557/', 'smtp/252-vs-5.5.2/']) {
      await page.goto(origin + basePath + address);
      await suggestions(page);
      const violations = await axeViolations(page);
      check(violations.length === 0, `axe ${width}x${height} /${address}: no violations (${violations.join('; ')})`);
    }
  }
});
