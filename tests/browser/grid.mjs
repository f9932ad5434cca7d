// The comparison grid of a family index, in Chromium: choosing two codes (by mouse, or by
// keyboard with Tab and Space) opens their comparison, lower code first, at the base path and in
// Vietnamese; the first choice is announced.
// Usage: node grid.mjs SITE_DIR BASE_PATH   (exit 0 when every check passes)
import { check, run } from './harness.mjs';

run(async ({ page, origin, basePath }) => {
  // Mouse: 552 then 452 opens 452 vs 552.
  await page.goto(origin + basePath + 'smtp/');
  const grid = page.locator('form.grid');
  check(await grid.isVisible(), 'the SMTP grid is shown');
  await grid.locator('input[value="552"]').check();
  const status = (await grid.locator('[data-status]').textContent()).trim();
  check(status.startsWith('552'), `the first choice is announced ("${status}")`);
  await Promise.all([page.waitForURL('**/atlas/smtp/452-vs-552/'), grid.locator('input[value="452"]').click()]);
  check((await page.textContent('h1')).includes('452 vs 552'), 'choosing 552 then 452 opens 452 vs 552');

  // Back on the grid, nothing is chosen any more.
  await page.goBack();
  await page.waitForURL('**/atlas/smtp/');
  check((await page.locator('form.grid input:checked').count()) === 0, 'coming back, no code is still chosen');

  // Keyboard: focus 401, Space, Tab to 403, Space.
  await page.goto(origin + basePath + 'vi/http/');
  await page.locator('form.grid input[value="401"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.value);
  check(focused === '403', `Tab moves from 401 to 403 (at "${focused}")`);
  await Promise.all([page.waitForURL('**/atlas/vi/http/401-vs-403/'), page.keyboard.press('Space')]);
  check((await page.getAttribute('html', 'lang')) === 'vi', 'the keyboard choice opens the Vietnamese 401 vs 403');

  // Enhanced codes: X.2.2 and X.1.1 open x.1.1 vs x.2.2.
  await page.goto(origin + basePath + 'smtp-enhanced/');
  await page.locator('form.grid input[value="x.2.2"]').check();
  await Promise.all([page.waitForURL('**/atlas/smtp-enhanced/x.1.1-vs-x.2.2/'), page.locator('form.grid input[value="x.1.1"]').click()]);
  check(true, 'X.2.2 and X.1.1 open x.1.1 vs x.2.2');
});
