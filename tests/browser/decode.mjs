// The decode page in Chromium: each bounce of tests/browser/bounces/ pasted finds exactly its
// codes (none from dates, ports, addresses, sizes or message ids), with the line each came from,
// the report fields of a delivery status notification, the comparison of the codes found
// together and links that open their pages; in Vietnamese too. Hostile pastes (HTML, 1 MB of log
// lines, random binary) show as text, stay fast and throw nothing; nothing is fetched but the
// lookup index.
// Usage: node decode.mjs SITE_DIR BASE_PATH   (exit 0 when every check passes)
import fs from 'node:fs';
import path from 'node:path';
import { check, run } from './harness.mjs';

const bounces = path.join(path.dirname(new URL(import.meta.url).pathname), 'bounces');

// Each bounce: the findings it gives, in order (the codes of each as written in the paste).
const expected = {
  'postfix-user-unknown.txt': ['550 5.1.1', '550 5.1.1'],
  'postfix-gmail-wrapped.txt': ['550 5.1.1', '550 5.1.1'],
  'exim-multiline.txt': ['550 5.1.1'],
  'sendmail-transcript.txt': ['550 5.1.1', '554 5.0.0', '550 5.1.1'],
  'exchange-ndr.txt': ['550 5.1.10'],
  'm365-ndr.txt': ['550 5.1.10', '550 5.1.10'],
  'gmail-over-quota.txt': ['552 5.2.2', '552 5.2.2'],
  'yahoo-user-unknown.txt': ['550 5.1.1'],
  'yahoo-deferral-421.txt': ['421 4.7.0'],
  'postfix-greylisted-421.txt': ['421 4.7.0', '421 4.7.0'],
  'ses-json.txt': ['5.1.1', '550 5.1.1'],
  'quota-452-and-552.txt': ['552 5.2.2', '452 4.2.2', '552 5.2.2', '452 4.2.2'],
  'multi-recipient-dsn.txt': ['550 5.1.1', '4.4.1'],
  'exchange-german.txt': ['550 5.7.1'],
  'exim-french.txt': ['554 5.7.1'],
  'vietnamese-webmail.txt': ['550 5.1.1'],
  'postfix-log.txt': ['550 5.1.1', '452 4.2.2', '250 2.0.0'],
  'http-curl-head.txt': ['503'],
  'http-redirect-chain.txt': ['301', '404'],
  'hostile-html.txt': ['550 5.1.1'],
};

/** Puts `text` in the text box and presses Decode; returns the findings' headings. */
async function decode(page, text) {
  await page.evaluate((value) => {
    const input = document.querySelector('#decode-input');
    input.value = value;
    document.querySelector('.decode-status').textContent = '';
    document.querySelector('form.decode').requestSubmit();
  }, text);
  await page.waitForFunction(() => {
    const status = document.querySelector('.decode-status').textContent;
    return status !== '' && !status.endsWith('…');
  });
  return page.$$eval('.finding h3', (hs) => hs.map((h) => h.textContent));
}

/** The part of `finding` about one code, by its link's text ("SMTP 550: …"). */
function codePart(finding, label) {
  const link = finding.page().locator('h4 a', { hasText: new RegExp(`^${label.replace('.', '\\.')}:`) });
  return finding.locator('.finding-code').filter({ has: link }).first();
}

/** Runs axe-core (from the site tools) over the decode page as it is now. */
async function axeClean(page, what) {
  const tools = process.env.SITE_TOOLS_PREFIX || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/tools');
  await page.addScriptTag({ path: path.join(tools, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  check(violations.length === 0, `axe finds nothing wrong with ${what} (${violations.join(', ')})`);
}

/** 1 MB of mail log lines: replies with their enhanced codes among dates, pids, queue ids,
    addresses, ports, sizes and delays. Returns the text and the codes it holds. */
function bigLog() {
  const replies = [['421', '4.7.0'], ['450', '4.2.1'], ['451', '4.4.1'], ['452', '4.2.2'], ['550', '5.1.1'],
    ['550', '5.7.1'], ['552', '5.2.2'], ['553', '5.1.3'], ['554', '5.7.1'], ['550', '5.1.10'], ['421', '4.4.2'],
    ['454', '4.7.1'], ['550', '5.7.26'], ['551', '5.1.6'], ['535', '5.7.8'], ['554', '5.6.0'], ['552', '5.3.4'],
    ['550', '5.4.1'], ['450', '4.7.1'], ['451', '4.3.0']];
  const enhanced = ['5.1.1', '5.1.2', '5.2.1', '5.7.1', '5.7.0', '5.0.0', '4.2.2', '4.4.1', '4.7.0', '4.3.0',
    '5.4.4', '5.5.2', '5.6.1', '5.7.23', '5.7.25', '4.7.25'];
  const lines = [];
  let size = 0;
  let i = 0;
  while (size < 1024 * 1024) {
    const [reply, status] = replies[i % replies.length];
    const dsn = enhanced[Math.floor(i / 60) % enhanced.length];
    const pid = 20000 + (i % 9000);
    const id = '4Y2Q' + (1000000 + i).toString(36).toUpperCase();
    const line = i % 3 === 0
      ? `Dec  3 10:${String(i % 60).padStart(2, '0')}:42 mail postfix/smtp[${pid}]: ${id}: to=<user${i}@example.org>, relay=mx${i % 9}.example.org[192.0.2.${i % 250}]:25, delay=1.${i % 9}, delays=0.1/0.02/0.55/0.5, dsn=${dsn}, status=bounced (host mx.example.org[192.0.2.${i % 250}] said: ${reply} ${status} <user${i}@example.org>: rejected (in reply to RCPT TO command))`
      : `Dec  3 10:${String(i % 60).padStart(2, '0')}:41 mail postfix/qmgr[1552]: ${id}: from=<sender${i}@example.com>, size=${2000 + i}, nrcpt=1 (queue active) port 587 2024-12-03 550KB`;
    lines.push(line);
    size += line.length + 1;
    i += 1;
  }
  const codes = new Set(replies.flat().concat(enhanced));
  return { text: lines.join('\n'), codes };
}

/** `n` bytes of deterministic noise as text, with line breaks. */
function noise(n) {
  let seed = 1552;
  let text = '';
  for (let i = 0; i < n; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(seed % 7 === 0 ? 10 : seed % 256);
  }
  return text + '\uD800\uFFFE\u2028\u0000';
}

run(async ({ page, origin, basePath, errors }) => {
  // What the pages fetch besides documents, styles and scripts of the site.
  const fetched = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + basePath) || !['document', 'stylesheet', 'script'].includes(r.resourceType())) {
      fetched.push(`${r.resourceType()} ${r.url()}`);
    }
  });
  page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });

  // The page, reached from the header of another page.
  await page.goto(origin + basePath + 'smtp/552/');
  await Promise.all([page.waitForURL('**/atlas/decode/'), page.click('header a.header-link')]);
  check((await page.getAttribute('header a.header-link', 'aria-current')) === 'page', 'the header links to the decode page, marked as the current page there');
  check((await page.textContent('.decode-private')).includes('not sent anywhere'), 'the page says nothing is sent anywhere');
  check((await page.getAttribute('.decode-status', 'aria-live')) === 'polite', 'the results are announced (aria-live polite)');
  check((await page.textContent('label[for="decode-input"]')).trim().length > 0, 'the text box has a label');

  // Decoding as you paste: typed text is decoded without pressing the button.
  await page.focus('#decode-input');
  await page.keyboard.insertText(fs.readFileSync(path.join(bounces, 'yahoo-user-unknown.txt'), 'utf8'));
  await page.waitForSelector('.finding h3');
  check((await page.textContent('.finding h3')) === '550 5.1.1', 'pasting decodes without pressing the button');

  // Every bounce finds exactly its codes, in order.
  for (const [file, headings] of Object.entries(expected)) {
    const text = fs.readFileSync(path.join(bounces, file), 'utf8');
    const found = await decode(page, text);
    check(JSON.stringify(found) === JSON.stringify(headings), `${file}: finds ${headings.join(' | ')} (found ${found.join(' | ')})`);
  }

  // What each finding says: the line it came from, class, outcome, retry, actors, page link.
  await decode(page, fs.readFileSync(path.join(bounces, 'postfix-user-unknown.txt'), 'utf8'));
  const first = page.locator('.finding').first();
  check((await first.locator('.finding-where').textContent()) === 'Line 34', 'the said: line is line 34');
  check((await first.locator('pre').textContent()).includes('said: 550 5.1.1 <bruno@example.org>'), 'the finding shows its line as text');
  const reply = codePart(first, 'SMTP 550');
  const facts = await reply.locator('dl').textContent();
  for (const part of ['SMTP reply codes', '5xx: permanent negative completion', 'x5z: mail system',
    'permanent failure: the request has failed, and repeating it unchanged will fail again', 'Who acts']) {
    check(facts.includes(part), `SMTP 550 shows "${part}"`);
  }
  const status = codePart(first, 'SMTP X.1.1');
  const statusFacts = await status.locator('dl').textContent();
  check(statusFacts.includes('5.XXX.XXX: permanent failure') && statusFacts.includes('X.1.XXX: addressing status'), `5.1.1 shows its class and subject (${statusFacts})`);
  check(statusFacts.includes('Not as it is'), '5.1.1 says whether to retry');
  const dsn = page.locator('.finding').nth(1);
  const fields = await dsn.locator('.finding-fields').textContent();
  check(fields.includes('Final-Recipient (final recipient)') && fields.includes('rfc822; bruno@example.org'), 'the DSN finding shows its recipient');
  check(fields.includes('the message could not be delivered to the recipient'), 'the DSN finding says what Action: failed means');
  check(fields.includes('User unknown in virtual mailbox table'), 'a field continued on the next line is read whole');

  // The results pass axe (the checks of .ci/run see the page before anything is decoded).
  await axeClean(page, 'the results of a bounce with its DSN');

  // A code page link opens its page.
  await Promise.all([page.waitForURL('**/atlas/smtp/550/'), reply.locator('h4 a').click()]);
  check((await page.textContent('h1')).includes('550'), 'the code link opens SMTP 550');
  await page.goBack();
  await page.waitForURL('**/atlas/decode/');

  // Codes found together link their comparison; keyboard: Decode moves focus to the results.
  await page.fill('#decode-input', fs.readFileSync(path.join(bounces, 'quota-452-and-552.txt'), 'utf8'));
  await page.focus('form.decode button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.finding-compare a');
  check(await page.evaluate(() => document.activeElement.id === 'decode-results-heading'), 'Decode moves the focus to the results');
  const pair = page.locator('.finding-compare a', { hasText: 'SMTP 452 vs 552' }).first();
  check((await pair.getAttribute('href')) === '/atlas/smtp/452-vs-552/', 'a paste with 452 and 552 links "452 vs 552"');
  const links = await page.$$eval('.finding-compare a', (as) => as.map((a) => a.textContent));
  check(!links.some((t) => t.includes('X.2.2 vs')), `4.2.2 and 5.2.2 are one page, not a comparison (${links.join(', ')})`);
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => !!document.activeElement.closest('.findings')), 'Tab goes on into the findings');
  await Promise.all([page.waitForURL('**/atlas/smtp/452-vs-552/'), pair.click()]);
  check((await page.textContent('h1')).includes('452 vs 552'), 'the comparison link opens 452 vs 552');
  await page.goBack();
  await page.waitForURL('**/atlas/decode/');
  await decode(page, fs.readFileSync(path.join(bounces, 'multi-recipient-dsn.txt'), 'utf8'));
  const enhancedPair = await page.getAttribute('.finding-compare a', 'href');
  check(enhancedPair === '/atlas/smtp-enhanced/x.1.1-vs-x.4.1/', `two enhanced codes of different pages link their comparison (${enhancedPair})`);

  // Nothing found is said helpfully.
  const none = await decode(page, 'Meeting moved to 2024-12-03 at 10:15, room 552, host 192.0.2.1:587, size 4520 KB.');
  check(none.length === 0 && (await page.textContent('.decode-status')).startsWith('No code found'), 'a paste without codes says so');

  // Hostile HTML shows as text.
  await decode(page, fs.readFileSync(path.join(bounces, 'hostile-html.txt'), 'utf8'));
  check(await page.evaluate(() => window.__decodePwned === undefined), 'nothing in the paste runs');
  check((await page.locator('.findings script, .findings img, .findings iframe').count()) === 0, 'no element of the paste is made');
  check((await page.textContent('.finding pre')).includes('<script>window.__decodePwned = true</script>'), 'the paste\'s HTML shows as text');

  // 1 MB of log lines: decoded quickly, findings capped at 100, no false code.
  const log = bigLog();
  const started = Date.now();
  const big = await decode(page, log.text);
  const took = Date.now() - started;
  check(took < 5000, `1 MB of log lines decodes in ${took} ms`);
  check(big.length === 100, `the first 100 distinct findings are shown (${big.length})`);
  check((await page.textContent('.decode-status')).includes('more findings are not shown'), 'the status says how many more there are');
  const falseCodes = big.flatMap((h) => h.split(' ')).filter((c) => !log.codes.has(c));
  check(falseCodes.length === 0, `no false code in the log (${falseCodes.join(', ')})`);

  // Lines that almost make a multi-line reply (never its last line) do not slow it down.
  const unfinished = Array.from({ length: 22000 }, (_, i) => `550-5.1.1 line ${i} of a reply that never ends`).join('\n');
  const startedUnfinished = Date.now();
  const partial = await decode(page, unfinished);
  const tookUnfinished = Date.now() - startedUnfinished;
  check(tookUnfinished < 5000 && partial.length === 1, `${unfinished.length} bytes of unfinished replies decode in ${tookUnfinished} ms (${partial.join(' | ')})`);

  // Random binary throws nothing.
  await decode(page, noise(200000));
  check(errors.length === 0, 'random binary throws nothing');

  // Nothing was fetched but the lookup index (and the icon).
  const others = fetched.filter((f) => !f.endsWith(basePath + 'search-index.json') && !f.endsWith(basePath + 'favicon.svg'));
  check(others.length === 0, `nothing is sent anywhere (${others.join(', ')})`);

  // In Vietnamese.
  await page.goto(origin + basePath + 'vi/decode/');
  check((await page.textContent('h1')).includes('Giải mã'), 'the Vietnamese page has a Vietnamese heading');
  await decode(page, fs.readFileSync(path.join(bounces, 'quota-452-and-552.txt'), 'utf8'));
  const vi = await page.textContent('.findings');
  check(vi.includes('Ai cần xử lý') && vi.includes('lỗi vĩnh viễn') && vi.includes('Dòng'), 'the findings are explained in Vietnamese');
  check((await page.textContent('.decode-status')).includes('Tìm thấy'), 'the status is in Vietnamese');
  const viPair = page.locator('.finding-compare a', { hasText: 'SMTP 452 và 552' }).first();
  check((await viPair.getAttribute('href')) === '/atlas/vi/smtp/452-vs-552/', 'the Vietnamese comparison link stays in Vietnamese');
  await page.setViewportSize({ width: 390, height: 844 });
  await axeClean(page, 'the Vietnamese results on a phone');
});
