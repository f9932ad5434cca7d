// What every browser flow needs: the built site served as GitHub Pages serves it (under a base
// path, its 404.html for any missing path), headless Chromium (playwright-core from
// ../shared/tools), a page that records console errors, and `check`.
// Usage from a flow: `run(async ({ page, origin, basePath, errors }) => { … })`; the flow's file
// takes SITE_DIR BASE_PATH as arguments and exits 0 when every check passes.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml' };

/** Serves siteDir under basePath; a missing file gets the site's 404.html with status 404. */
function serve(siteDir, basePath) {
  return http.createServer((req, res) => {
    const url = decodeURIComponent(req.url.split('?')[0]);
    let file = url.startsWith(basePath) ? path.join(siteDir, url.slice(basePath.length)) : null;
    if (file && !file.startsWith(path.resolve(siteDir))) { res.writeHead(400); res.end(); return; }
    if (file && url.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file || '/nonexistent', (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': types['.html'] });
        res.end(fs.readFileSync(path.join(siteDir, '404.html')));
        return;
      }
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
}

/** Throws (failing the flow) unless `condition` holds; prints each check that passed. */
export function check(condition, message) {
  if (!condition) { throw new Error(message); }
  console.log('ok   ' + message);
}

/** Runs `flow` against the site named on the command line; exits 0 when it passes. */
export function run(flow) {
  const [siteDir, basePath = '/'] = process.argv.slice(2);
  const toolsDir = process.env.SITE_TOOLS_PREFIX || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/tools');
  const require = createRequire(path.join(toolsDir, 'package.json'));
  const { chromium } = require('playwright-core');
  const server = serve(siteDir, basePath);
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
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404 (Not Found)')) errors.push(m.text()); });
      await flow({ page, origin, basePath, errors, browser });
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
}
