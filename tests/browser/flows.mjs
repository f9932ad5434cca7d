// Browser flows over a built site, in headless Chromium (playwright-core from ../shared/tools):
// search "552" and reach its page; pick 252 and 552 in the picker and reach their comparison;
// switch to Vietnamese on that comparison and see "Sự khác biệt chính".
// Usage: node flows.mjs SITE_DIR BASE_PATH   (exit 0 when every flow passes)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [siteDir, basePath = '/'] = process.argv.slice(2);
const toolsDir = process.env.SITE_TOOLS_PREFIX || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/tools');
const require = createRequire(path.join(toolsDir, 'package.json'));
const { chromium } = require('playwright-core');

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  if (!url.startsWith(basePath)) { res.writeHead(404); res.end(); return; }
  let file = path.join(siteDir, url.slice(basePath.length));
  if (!file.startsWith(path.resolve(siteDir))) { res.writeHead(400); res.end(); return; }
  if (url.endsWith('/')) file = path.join(file, 'index.html');
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(fs.readFileSync(path.join(siteDir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(data);
  });
});

function check(condition, message) {
  if (!condition) { throw new Error(message); }
  console.log('ok   ' + message);
}

server.listen(0, '127.0.0.1', async () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = false;
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });

    // 1. Search: type 552, the result list shows it, Enter goes to its page.
    await page.goto(origin + basePath);
    await page.fill('#search-input', '552');
    await page.waitForSelector('.search-results a');
    const first = await page.textContent('.search-results a');
    check(first.includes('552'), `search for 552 lists it first ("${first.trim()}")`);
    await Promise.all([page.waitForURL('**/smtp/552/'), page.press('#search-input', 'Enter')]);
    check((await page.textContent('h1')).includes('552'), 'Enter in the search reaches the page of 552');

    // An enhanced code typed in full reaches its X page.
    await page.fill('#search-input', '5.2.2');
    await page.waitForSelector('.search-results a');
    await Promise.all([page.waitForURL('**/smtp-enhanced/x.2.2/'), page.click('.search-results a')]);
    check((await page.textContent('h1')).includes('X.2.2'), 'search for 5.2.2 reaches X.2.2');

    // 2. Picker: choose 552 then 252 (either order) and compare.
    await page.goto(origin + basePath);
    const picker = page.locator('form[data-compare$="/smtp/"]');
    await picker.locator('select[name="a"]').selectOption('552');
    await picker.locator('select[name="b"]').selectOption('252');
    await Promise.all([page.waitForURL('**/smtp/252-vs-552/'), picker.locator('button').click()]);
    check((await page.textContent('h1')).includes('252 vs 552'), 'the picker reaches the comparison of 252 and 552');

    // The HTTP picker reaches 401 vs 403, whose "what decides" text leads the differences.
    await page.goto(origin + basePath);
    const http = page.locator('form[data-compare$="/http/"]');
    await http.locator('select[name="a"]').selectOption('403');
    await http.locator('select[name="b"]').selectOption('401');
    await Promise.all([page.waitForURL('**/http/401-vs-403/'), http.locator('button').click()]);
    check((await page.textContent('h1')).includes('401 vs 403'), 'the HTTP picker reaches the comparison of 401 and 403');
    check((await page.locator('#differences .decides').count()) === 1, '401 vs 403 says what decides between them');
    await page.goto(origin + basePath + 'smtp/252-vs-552/');

    // 3. Language switch on the comparison.
    await Promise.all([page.waitForURL('**/vi/smtp/252-vs-552/'), page.click('a[hreflang="vi"]')]);
    check((await page.locator('#differences h2').textContent()).trim() === 'Sự khác biệt chính', 'the Vietnamese comparison shows "Sự khác biệt chính"');
    check((await page.getAttribute('html', 'lang')) === 'vi', '<html lang="vi"> after switching');

    // 4. The reversed URL redirects, keeping the fragment.
    await page.goto(origin + basePath + 'smtp/552-vs-252/#which');
    await page.waitForURL('**/smtp/252-vs-552/#which');
    check(true, 'the reversed comparison URL redirects and keeps #which');

    check(errors.length === 0, `no console or page errors (${errors.join('; ')})`);
  } catch (e) {
    failed = true;
    console.error('FAIL ' + e.message);
  } finally {
    await browser.close();
    server.close();
    process.exit(failed ? 1 : 0);
  }
});
