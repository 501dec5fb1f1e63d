// Share links, hostile links, two tabs and the CSP, in real Chromium against the built app.
/* global window, document, location */
//
// UI contract these tests rely on (src/ui/share components, mounted by the app shell):
//   - a button named "Copy link: workspace" (CopyLinkButton subject="workspace"); after a click the link is in the
//     read-only field [data-testid=share-link-field];
//   - opening the app with #w=/#f= shows a dialog: role=dialog named "Open shared workspace|formulation" with
//     buttons "Add to my workspace", "Replace my workspace", "Cancel"; a bad link shows role=dialog named
//     "This link cannot be opened", the message in [data-testid=link-error] and a "Close" button;
//   - the candidate list is the list named "Candidates" (WorkspacePanel) and shows each candidate's name and score;
//   - the workspace autosaves to localStorage and survives a reload.
import { openPage, assert } from './harness.mjs';
import LZString from 'lz-string';

/** The exact Content-Security-Policy recommended for index.html (docs/link-format.md, report). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; manifest-src 'self'";

const CANDIDATES = 'ol[aria-label="Candidates"]';

/** Wait until a locator's text stops changing (scores computed, workers done). */
async function stableText(page, selector, { timeout = 20000, settleMs = 900 } = {}) {
  const t0 = Date.now();
  await page.waitForSelector(selector, { timeout });
  let last = null;
  let since = Date.now();
  while (Date.now() - t0 < timeout) {
    const text = (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
    if (text !== last) {
      last = text;
      since = Date.now();
    } else if (Date.now() - since >= settleMs && !/…|loading/i.test(text)) {
      return text;
    }
    await page.waitForTimeout(150);
  }
  return last;
}

async function appReady(page) {
  return stableText(page, CANDIDATES);
}

/** Make a link from the page itself (the app's own CopyLinkButton). */
async function copyWorkspaceLink(page) {
  await page.getByRole('button', { name: /^Copy link: workspace/ }).first().click();
  const field = page.locator('[data-testid=share-link-field]').first();
  await field.waitFor({ timeout: 5000 });
  return field.inputValue();
}

async function addPreset(page, presetId) {
  await page.locator('[data-testid=preset-menu]').selectOption(presetId);
}

const tab = (page, name) => page.getByRole('tab', { name, exact: true }).click();

/** Everything a collaborator should see of the measured data: point counts (legend, chart marks) and the fit statistics. */
async function measuredView(page) {
  await tab(page, 'Release');
  const chart = page.locator('[data-testid="release-chart-in10018"]');
  await chart.locator('svg').first().waitFor({ timeout: 20000 });
  const legendCount = Number(await page.locator('[data-testid="release-measured-count"]').innerText());
  // Plot draws the measured points as one "dot" mark (square symbols), one element per point
  const chartDots = await chart.locator('svg g[aria-label="dot"] > *').count();
  await tab(page, 'Calibrate');
  await page.locator('[data-testid="fit-table"]').first().waitFor({ timeout: 20000 });
  await page.locator('[data-testid="loading-fit-table"]').waitFor({ timeout: 20000 });
  const fitPoints = await page.locator('[data-testid="fit-points"]').allInnerTexts();
  const fitTables = (await page.locator('[data-testid="fit-table"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  const loadingFit = (await page.locator('[data-testid="loading-fit-table"]').innerText()).replace(/\s+/g, ' ').trim();
  return { legendCount, chartDots, fitPoints, fitTables, loadingFit };
}

function noErrors(errors, what) {
  assert(errors.length === 0, `${what}: page errors: ${errors.join(' | ')}`);
}

export const tests = [
  {
    name: 'a copied link opened in a fresh browser context shows the same formulations and scores',
    run: async ({ browser, url, shots }) => {
      const a = await openPage(browser, url);
      await appReady(a.page);
      await addPreset(a.page, 'doxil');
      const before = await appReady(a.page);
      const link = await copyWorkspaceLink(a.page);
      assert(/#w=[A-Za-z0-9+\-$]+$/.test(link), `link shape: ${link.slice(0, 80)}`);
      assert(!link.includes('localhost') || link.startsWith(url.replace(/\/$/, '')), 'link points at the app');

      const b = await openPage(browser, null);
      const requests = [];
      b.page.on('request', (r) => requests.push(r.url()));
      await b.page.goto(url + link.slice(link.indexOf('#')));
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('[data-testid="link-open"]').click(); // a fresh workspace: the link replaces it (one click)
      const after = await appReady(b.page);
      await b.page.screenshot({ path: `${shots}/share-opened.png` });
      assert(after === before, `same candidates and scores:\n  before: ${before}\n  after:  ${after}`);
      assert((await b.page.evaluate(() => location.hash)) === '', 'fragment cleared after the choice');
      const payload = link.slice(link.indexOf('=') + 1, link.indexOf('=') + 40);
      assert(!requests.some((u) => u.includes(payload)), 'the link payload never leaves the browser');
      noErrors(a.errors, 'source tab');
      noErrors(b.errors, 'fresh context');
      await a.context.close();
      await b.context.close();
    },
  },
  {
    name: 'hostile links: no page error, a message, and the saved workspace intact across a reload',
    run: async ({ browser, url, shots }) => {
      const { context, page, errors } = await openPage(browser, url);
      let alerts = 0;
      page.on('dialog', async (d) => { alerts++; await d.dismiss(); });
      await appReady(page);
      await addPreset(page, 'abraxane');
      const saved = await appReady(page);
      await page.waitForTimeout(800); // autosave
      const valid = await copyWorkspaceLink(page);
      const frag = valid.slice(valid.indexOf('#'));
      const lz = (doc) => LZString.compressToEncodedURIComponent(JSON.stringify(doc));
      let seed = 12345;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
      const hostile = [
        ['truncated', frag.slice(0, Math.floor(frag.length * 0.6))],
        ['random', '#w=' + Array.from({ length: 400 }, () => alphabet[Math.floor(rnd() * 64)]).join('')],
        ['huge', '#w=' + 'A'.repeat(40000)],
        ['bomb', '#w=' + LZString.compressToEncodedURIComponent('{"a":"' + 'x'.repeat(2_000_000) + '"}')],
        ['future version', '#w=' + lz({ schema: 'nanoplatform.workspace/9', formulations: [] })],
        ['out of range', '#f=' + lz({ core: { material: 'zif-8', diameterNm: 1e9 } })],
        ['proto', '#w=' + lz({ __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } }, formulations: 5 })],
        ['html chars', '#w=<img src=x onerror=alert(1)>'],
      ];
      for (const [what, h] of hostile) {
        await page.goto(url + h);
        const dialog = page.getByRole('dialog', { name: 'This link cannot be opened' });
        await dialog.waitFor({ timeout: 10000 });
        const msg = await page.locator('[data-testid=link-error]').innerText();
        assert(/\S/.test(msg), `${what}: a message`);
        await dialog.getByRole('button', { name: 'Close' }).click();
        const now = await appReady(page);
        assert(now === saved, `${what}: workspace unchanged (${now})`);
      }
      // a valid link with HTML/script in a name: shown as text, nothing runs; Cancel leaves the workspace alone
      const evil = '#f=' + lz({ name: '<img src=x onerror=alert(1)><script>alert(2)</script>', core: { material: 'zif-8' } });
      await page.goto(url + evil);
      const dialog = page.getByRole('dialog', { name: /Open shared formulation/ });
      await dialog.waitFor({ timeout: 10000 });
      assert((await dialog.innerText()).includes('<script>alert(2)</script>'), 'name shown literally');
      assert((await page.locator('.npd-modal img, .npd-modal script').count()) === 0, 'no markup injected');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.screenshot({ path: `${shots}/share-hostile.png` });
      await page.goto(url);
      await page.reload();
      const reloaded = await appReady(page);
      assert(reloaded === saved, `saved workspace intact after reload:\n  before: ${saved}\n  after:  ${reloaded}`);
      assert(alerts === 0, 'no alert() ran');
      assert(!(await page.evaluate(() => ({}).polluted)), 'Object.prototype not polluted');
      noErrors(errors, 'hostile links');
      await context.close();
    },
  },
  {
    name: 'measured data travel in the link: a fresh context sees the same points and fit statistics; a tampered value is named and changes nothing',
    run: async ({ browser, url, shots }) => {
      // author: import a release CSV (3 pH × 12 points) and a loading CSV in the Calibrate tab
      const a = await openPage(browser, url);
      await appReady(a.page);
      await tab(a.page, 'Calibrate');
      const times = [0, 0.5, 1, 2, 4, 6, 8, 12, 24, 36, 48, 72];
      const F = (t, tau) => (100 * (1 - Math.exp(-t / tau))).toFixed(2);
      const csv = ['time_h,pH 7.4,pH 6.5,pH 5.0', ...times.map((t) => `${t},${F(t, 120)},${F(t, 30)},${F(t, 9)}`)].join('\n');
      await a.page.locator('[data-testid="release-csv"]').fill(csv);
      await a.page.locator('[data-testid="release-csv-load"]').click();
      await a.page.locator('[data-testid="release-csv-confirm"]').click(); // the preview: store what was understood
      await a.page.locator('[data-testid="fit-table"]').nth(2).waitFor({ timeout: 20000 });
      await a.page.locator('[data-testid="loading-payload"]').selectOption('in10018');
      await a.page.locator('[data-testid="loading-csv"]').fill(['feed_mg_per_mg,EE_pct', '0.05,94.2', '0.1,90.1', '0.2,82.5', '0.4,68.3', '0.8,48.9', '1.6,29.7'].join('\n'));
      await a.page.locator('[data-testid="loading-csv-load"]').click();
      await a.page.locator('[data-testid="loading-csv-confirm"]').click(); // the preview: store what was understood
      const authorView = await measuredView(a.page);
      assert(authorView.legendCount === 36, `author: 36 measured points in the legend (${authorView.legendCount})`);
      assert(authorView.chartDots === 36, `author: 36 measured points drawn (${authorView.chartDots})`);
      assert(JSON.stringify(authorView.fitPoints) === '["12","12","12"]', `author: three 12-point fits (${authorView.fitPoints})`);
      const link = await copyWorkspaceLink(a.page);
      console.log(`    link with 36 release + 6 loading points: ${link.length - link.indexOf('#')} characters (fragment)`);

      // collaborator: a fresh browser context opens the link
      const b = await openPage(browser, null);
      await b.page.goto(url + link.slice(link.indexOf('#')));
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      const incoming = await dialog.locator('[data-testid="incoming-candidate"]').first().innerText();
      assert(/measured data: release pH [\d.]+.*12 points/.test(incoming) && /loading [^:]+: 6 points/.test(incoming), `the dialog lists the measured data before the choice: ${incoming}`);
      await dialog.locator('[data-testid="link-open"]').click();
      await appReady(b.page);
      const seen = await measuredView(b.page);
      await b.page.screenshot({ path: `${shots}/share-measured.png` });
      assert(seen.legendCount === authorView.legendCount && seen.chartDots === authorView.chartDots, `same points: ${JSON.stringify(seen)} vs ${JSON.stringify(authorView)}`);
      assert(JSON.stringify(seen.fitPoints) === JSON.stringify(authorView.fitPoints), 'same curves');
      for (let i = 0; i < authorView.fitTables.length; i++) {
        assert(seen.fitTables[i] === authorView.fitTables[i], `same fit statistics at curve ${i}:\n  author: ${authorView.fitTables[i].slice(0, 300)}\n  seen:   ${seen.fitTables[i].slice(0, 300)}`);
      }
      assert(seen.loadingFit === authorView.loadingFit, `same loading fit:\n  author: ${authorView.loadingFit}\n  seen:   ${seen.loadingFit}`);
      noErrors(a.errors, 'author');
      noErrors(b.errors, 'collaborator');
      await a.context.close();
      await b.context.close();

      // another collaborator with a workspace of their own gets a tampered link (no integrity field, one value out of range)
      const c = await openPage(browser, url);
      await appReady(c.page);
      await addPreset(c.page, 'doxil');
      const own = await appReady(c.page);
      await c.page.waitForTimeout(800); // autosave
      const doc = JSON.parse(LZString.decompressFromEncodedURIComponent(link.slice(link.indexOf('#w=') + 3)));
      delete doc.check;
      doc.formulations[0].measurements.release[0].points[3][1] = 250;
      await c.page.goto(url + '#w=' + LZString.compressToEncodedURIComponent(JSON.stringify(doc)));
      const bad = c.page.getByRole('dialog', { name: 'This link cannot be opened' });
      await bad.waitFor({ timeout: 10000 });
      const msg = await c.page.locator('[data-testid=link-error]').innerText();
      assert(msg.includes('formulations.0.measurements.release.0.points.3.1') && /250/.test(msg), `message names the field: ${msg}`);
      await bad.getByRole('button', { name: 'Close' }).click();
      assert((await appReady(c.page)) === own, 'own workspace unchanged');
      await c.page.reload();
      assert((await appReady(c.page)) === own, 'own workspace intact after a reload');
      noErrors(c.errors, 'tampered link');
      await c.context.close();
    },
  },
  {
    name: 'measured points saved by an older version (npd.measured) move into the formulation on load; an unreadable key gets the recovery banner',
    run: async ({ browser, url }) => {
      const { context, page, errors } = await openPage(browser, url);
      await appReady(page);
      await addPreset(page, 'doxil'); // an edit, so the workspace is saved
      await page.waitForTimeout(1000);
      const ids = await page.evaluate(() => JSON.parse(localStorage.getItem('npd.saved-workspace')).workspace.formulations.map((f) => f.id));
      assert(ids.length === 2, `two saved candidates (${ids})`);
      const old = { version: 1, byId: { [ids[0]]: { release: [{ pH: 5, points: [[0, 0], [2, 30], [8, 62], [24, 85]] }, { pH: 7.4, points: [[0, 0], [24, 12]] }] }, gone: { release: [{ pH: 6, points: [[0, 0], [1, 1]] }] } } };
      await page.evaluate((v) => localStorage.setItem('npd.measured', v), JSON.stringify(old));
      await page.reload();
      await appReady(page);
      await page.locator(`${CANDIDATES} li`).first().click();
      await tab(page, 'Release');
      await page.locator('[data-testid="release-measured-count"]').waitFor({ timeout: 10000 });
      assert((await page.locator('[data-testid="release-measured-count"]').innerText()) === '6', 'the 6 old points are shown');
      await page.waitForTimeout(1000); // autosave of the migrated workspace
      const after = await page.evaluate(() => ({ saved: JSON.parse(localStorage.getItem('npd.saved-workspace')).workspace.formulations[0].measurements, old: localStorage.getItem('npd.measured') }));
      assert(JSON.stringify(after.saved) === JSON.stringify(old.byId[ids[0]]), `saved in the formulation: ${JSON.stringify(after.saved)}`);
      assert(after.old === JSON.stringify({ version: 1, byId: { gone: old.byId.gone } }), `only the entry without a candidate stays under the old key: ${after.old}`);
      // an unreadable old key: the recovery banner names it; the workspace still loads and is still saved
      await page.evaluate(() => localStorage.setItem('npd.measured', '{"version":1,"byId":{"x":'));
      await page.reload();
      const banner = page.getByRole('alert', { name: 'Saved workspace could not be loaded' });
      await banner.waitFor({ timeout: 10000 });
      assert((await banner.innerText()).includes('"npd.measured"'), 'the banner names the key');
      assert(/Doxil/i.test(await appReady(page)), 'the workspace loaded');
      await banner.getByRole('button', { name: /Start fresh/ }).click();
      const moved = await page.evaluate(() => ({ aside: localStorage.getItem('npd.measured.unreadable.1'), key: localStorage.getItem('npd.measured'), ws: localStorage.getItem('npd.saved-workspace') !== null }));
      assert(moved.aside === '{"version":1,"byId":{"x":' && moved.key === null && moved.ws, `only the old key moved aside: ${JSON.stringify(moved)}`);
      noErrors(errors, 'migration');
      await context.close();
    },
  },
  {
    name: 'two tabs: edits in both survive (merged per candidate, nothing overwritten)',
    run: async ({ browser, url }) => {
      const { context, page: a, errors } = await openPage(browser, url);
      await appReady(a);
      const b = await context.newPage();
      const errorsB = [];
      b.on('pageerror', (e) => errorsB.push(e.message));
      await b.goto(url);
      await appReady(b);
      await addPreset(a, 'onivyde');
      await appReady(a);
      await a.waitForTimeout(1000);
      await addPreset(b, 'genexol-pm');
      await appReady(b);
      await b.waitForTimeout(1000);
      const c = await context.newPage();
      await c.goto(url);
      const text = await appReady(c);
      assert(/Onivyde/i.test(text) && /Genexol/i.test(text), `both tabs' candidates kept: ${text}`);
      noErrors(errors, 'tab A');
      assert(errorsB.length === 0, `tab B errors: ${errorsB.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'the app runs under the recommended Content-Security-Policy without violations',
    run: async ({ browser, url }) => {
      const { context, page, errors } = await openPage(browser, null);
      await context.route('**/*', async (route) => {
        const res = await route.fetch();
        const headers = { ...res.headers() };
        if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = CSP;
        await route.fulfill({ response: res, headers });
      });
      const violations = [];
      await page.exposeFunction('__cspViolation', (v) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(url);
      await appReady(page);
      await addPreset(page, 'doxil');
      await appReady(page);
      await page.waitForTimeout(1500);
      assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
      noErrors(errors, 'CSP');
      await context.close();
    },
  },
];
