// Browser flows over a built site, in headless Chromium (playwright-core from ../shared/tools):
// search "552" and reach its page; pick 252 and 552 in the picker and reach their comparison;
// switch to Vietnamese on that comparison and see "Sự khác biệt chính".
// Usage: node flows.mjs SITE_DIR BASE_PATH   (exit 0 when every flow passes)
import { check, run } from './harness.mjs';

run(async ({ page, origin, basePath, errors }) => {
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
});
