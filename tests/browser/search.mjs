// Search in headless Chromium under the base path: codes in any shape ("452 vs 552", "452/552",
// "so sánh 452 và 552", "552 5.2.2", "http 401 403", "HTTP/1.1 503 …") list the comparison and
// the code pages in the right order, in English and in Vietnamese; words still find titles
// (diacritics aside); arrow keys, Enter and Escape work as in a combobox; the index loads once,
// on first use; axe finds nothing on a page with the result list open (desktop and phone).
// Usage: node search.mjs SITE_DIR BASE_PATH   (exit 0 when every check passes)
import path from 'node:path';
import { createRequire } from 'node:module';
import { check, run } from './harness.mjs';

const toolsDir = process.env.SITE_TOOLS_PREFIX || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/tools');
const axePath = createRequire(path.join(toolsDir, 'package.json')).resolve('axe-core/axe.min.js');

/** Types `query` into the search box and returns the results shown: href, text, and status. */
async function results(page, query) {
  await page.fill('#search-input', '');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '');
  await page.fill('#search-input', query);
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  const options = await page.$$eval('#search-results [role="option"]', (all) =>
    all.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
  return { hrefs: options.map((o) => o.href), texts: options.map((o) => o.text), status: await page.textContent('.search-status') };
}

/** The hrefs, shortened for messages. */
const show = (hrefs) => hrefs.slice(0, 6).join(' ');

/** Axe (WCAG 2 A and AA) over the page as it is now. */
async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) { await page.addScriptTag({ path: axePath }); }
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

run(async ({ page, origin, basePath, errors }) => {
  let indexLoads = 0;
  page.on('request', (r) => { if (r.url().endsWith('search-index.json')) indexLoads += 1; });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });

  for (const [lang, prefix] of [['en', basePath], ['vi', basePath + 'vi/']]) {
    await page.goto(origin + prefix);
    indexLoads = 0;
    await page.waitForTimeout(200);
    check(indexLoads === 0, `${lang}: the index is not loaded before the search is used`);
    await page.focus('#search-input');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('search-index.json')));

    // Two codes of one family, in any shape and either language: comparison first, then both codes.
    for (const q of ['452 vs 552', '452 552', '552 or 452', '452/552', '452-vs-552', 'so sánh 452 và 552', 'SMTP 452 và 552']) {
      const r = await results(page, q);
      check(r.hrefs[0] === prefix + 'smtp/452-vs-552/', `${lang} "${q}": the comparison comes first (${show(r.hrefs)})`);
      check(new Set(r.hrefs.slice(1, 3)).size === 2 && r.hrefs.slice(1, 3).every((h) => [prefix + 'smtp/452/', prefix + 'smtp/552/'].includes(h)),
        `${lang} "${q}": then both code pages`);
    }

    // A pair both SMTP and HTTP have: both comparisons; a family named puts it first.
    let r = await results(page, '500 502');
    check(r.hrefs.slice(0, 2).sort().join(' ') === `${prefix}http/500-vs-502/ ${prefix}smtp/500-vs-502/`, `${lang} "500 502": each family's comparison (${show(r.hrefs)})`);
    r = await results(page, 'http 502 504');
    check(r.hrefs.slice(0, 3).join(' ') === `${prefix}http/502-vs-504/ ${prefix}http/502/ ${prefix}http/504/`, `${lang} "http 502 504": the HTTP comparison, then the HTTP codes (${show(r.hrefs)})`);
    r = await results(page, 'smtp 500 502');
    check(r.hrefs[0] === prefix + 'smtp/500-vs-502/', `${lang} "smtp 500 502": the SMTP comparison first (${show(r.hrefs)})`);
    r = await results(page, 'http 401 403');
    check(r.hrefs.join(' ') === `${prefix}http/401-vs-403/ ${prefix}http/401/ ${prefix}http/403/`, `${lang} "http 401 403": HTTP 401 vs 403, then the code pages (${show(r.hrefs)})`);
    r = await results(page, 'HTTP/1.1 503 Service Unavailable');
    check(r.hrefs[0] === prefix + 'http/503/', `${lang} "HTTP/1.1 503 Service Unavailable": HTTP 503 first (${show(r.hrefs)})`);

    // Enhanced codes, alone or with their reply code.
    for (const q of ['5.2.2', 'x.2.2', 'X.2.2']) {
      r = await results(page, q);
      check(r.hrefs[0] === prefix + 'smtp-enhanced/x.2.2/', `${lang} "${q}": the enhanced code page (${show(r.hrefs)})`);
    }
    r = await results(page, '552 5.2.2');
    check(r.hrefs.join(' ') === `${prefix}smtp-enhanced/x.2.2/ ${prefix}smtp/552/`, `${lang} "552 5.2.2": the enhanced code, then the reply's page (${show(r.hrefs)})`);
    r = await results(page, '550-5.1.1 <ana@example.com>: Recipient address rejected');
    check(r.hrefs.join(' ') === `${prefix}smtp-enhanced/x.1.1/ ${prefix}smtp/550/`, `${lang} a pasted reply line: X.1.1, then 550 (${show(r.hrefs)})`);

    // What each result is, in the page's language, and the count.
    r = await results(page, '452 vs 552');
    const words = lang === 'en'
      ? { compare: 'Comparison', code: 'Code', family: 'SMTP reply codes', vs: '452 vs 552', status: '3 results' }
      : { compare: 'So sánh', code: 'Mã', family: 'Mã phản hồi SMTP', vs: '452 và 552', status: '3 kết quả' };
    check(r.texts[0].startsWith(words.compare) && r.texts[0].includes(words.family) && r.texts[0].includes(words.vs),
      `${lang}: the comparison says what it is ("${r.texts[0]}")`);
    check(r.texts[1].startsWith(words.code + ' ') && r.texts[1].includes(words.family), `${lang}: a code says what it is ("${r.texts[1]}")`);
    check(r.status === words.status, `${lang}: the number of results is announced ("${r.status}")`);
    check((await page.getAttribute('.search-status', 'aria-live')) === 'polite', `${lang}: the count is in a live region`);
    if (lang === 'vi') {
      check(r.texts[2].includes('Không đủ dung lượng') || r.texts[1].includes('Không đủ dung lượng'), 'vi: the titles are Vietnamese');
      r = await results(page, 'hop thu day');
      check(r.hrefs[0] === prefix + 'smtp-enhanced/x.2.2/' && r.texts[0].includes('Hộp thư đầy'), `vi "hop thu day" finds "Hộp thư đầy" (${show(r.hrefs)})`);
    } else {
      r = await results(page, 'mailbox full');
      check(r.hrefs.includes(prefix + 'smtp-enhanced/x.2.2/'), `en "mailbox full" finds X.2.2 (${show(r.hrefs)})`);
      r = await results(page, '1 2 3 4 nothing-like-this');
      check(r.hrefs.length === 0 && r.status === 'No code matches.', 'en: a query that finds nothing says so');
      check((await page.getAttribute('#search-input', 'aria-expanded')) === 'false', 'en: no results, the list is closed');
    }
    check(indexLoads === 1, `${lang}: the index was loaded once (${indexLoads})`);
  }

  // Keyboard: the combobox pattern.
  await page.goto(origin + basePath);
  const input = page.locator('#search-input');
  check((await input.getAttribute('role')) === 'combobox' && (await input.getAttribute('aria-controls')) === 'search-results', 'the search box is a combobox controlling the listbox');
  await input.focus();
  let r = await results(page, '452 vs 552');
  check((await input.getAttribute('aria-expanded')) === 'true', 'results open the list (aria-expanded)');
  const activeText = async () => {
    const id = await input.getAttribute('aria-activedescendant');
    return id ? page.locator('#' + id).getAttribute('href') : null;
  };
  await input.press('ArrowDown');
  check((await activeText()) === r.hrefs[0], 'ArrowDown highlights the first result');
  check((await page.locator('[aria-selected="true"]').count()) === 1, 'one option is selected');
  await input.press('ArrowDown');
  check((await activeText()) === r.hrefs[1], 'ArrowDown again, the second');
  await input.press('ArrowUp');
  check((await activeText()) === r.hrefs[0], 'ArrowUp, back to the first');
  await input.press('ArrowUp');
  check((await activeText()) === r.hrefs[r.hrefs.length - 1], 'ArrowUp from the first wraps to the last');
  await input.press('Escape');
  check((await input.getAttribute('aria-expanded')) === 'false' && (await page.locator('#search-results').isHidden()), 'Escape closes the list');
  check((await input.getAttribute('aria-activedescendant')) === null, 'closed, nothing is highlighted');
  await input.press('ArrowDown');
  check((await input.getAttribute('aria-expanded')) === 'true' && (await activeText()) === r.hrefs[0], 'ArrowDown opens it again');
  await input.press('Escape');
  await input.press('Escape');
  check((await input.inputValue()) === '', 'a second Escape clears the box');

  // Axe with the list open and an option highlighted, at desktop size and on a phone.
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await results(page, 'smtp 452 vs 552');
    await input.press('ArrowDown');
    const violations = await axe(page);
    check(violations.length === 0, `axe at ${size.width}x${size.height} with the results open: ${violations.join(', ') || 'no violations'}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Arrow keys + Enter reach the highlighted page; Enter alone reaches the first.
  r = await results(page, '452 vs 552');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  const target = await activeText();
  await Promise.all([page.waitForURL('**' + target), input.press('Enter')]);
  check((await page.textContent('h1')).includes(target.includes('552') ? '552' : '452'), `arrow keys and Enter open ${target}`);
  await page.fill('#search-input', 'http 401 403');
  await Promise.all([page.waitForURL('**' + basePath + 'http/401-vs-403/'), page.press('#search-input', 'Enter')]);
  check((await page.textContent('h1')).includes('401 vs 403'), 'Enter opens the first result: HTTP 401 vs 403');

  await page.goto(origin + basePath + 'vi/');
  await page.fill('#search-input', 'so sánh 452 và 552');
  await Promise.all([page.waitForURL('**' + basePath + 'vi/smtp/452-vs-552/'), page.press('#search-input', 'Enter')]);
  check((await page.textContent('h1')).includes('452 và 552'), 'vi: Enter on "so sánh 452 và 552" opens the Vietnamese comparison');

  // A click opens a result too.
  await page.fill('#search-input', 'HTTP/1.1 503 Service Unavailable');
  await page.waitForSelector('#search-results [role="option"]');
  await Promise.all([page.waitForURL('**' + basePath + 'vi/http/503/'), page.click('#search-results [role="option"]')]);
  check((await page.textContent('h1')).includes('503'), 'vi: clicking the first result opens HTTP 503');
});
