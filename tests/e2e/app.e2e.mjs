// E2E for the workbench (index.html) in real Chromium: the main flows of the Designer UI issue, with screenshots for the user guide.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assert, openPage, settleFrames } from './harness.mjs';

const DOCS = resolve('docs/screenshots');
const OVERALL = 'button.num.overall-value';

async function open(browser, url, opts = {}) {
  const o = await openPage(browser, url, opts);
  await o.page.waitForSelector(OVERALL, { timeout: 30000 });
  return o;
}

const overall = (page) => page.locator(OVERALL).innerText();
const tab = (page, name) => page.getByRole('tab', { name, exact: true }).click();
const field = (page, path) => page.locator(`[data-path="${path}"]`).first();

async function noErrors(errors, what) {
  assert(errors.length === 0, `${what}: page errors: ${errors.join(' | ')}`);
}

async function shot(page, shots, name, docs = false) {
  // user-guide pictures show the drawn particle: the 3D canvas mounts once the page has been quiet for a few seconds
  if (docs) await page.waitForSelector('[data-testid="particle-viewer"][data-ready="1"]', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${shots}/${name}.png` });
  if (docs) {
    await mkdir(DOCS, { recursive: true });
    await page.screenshot({ path: `${DOCS}/${name}.png` });
  }
}

export const tests = [
  {
    // A size guard, not a timing: the budget of docs/benchmarks.md (initial JavaScript ≤ 250 kB gzip, three.js and the
    // charts lazy), measured as npm run bench measures it — every script requested before the builder and the first
    // scores are on screen, sized as gzip -9 of the built file.
    name: 'initial JavaScript before the builder is usable stays within 250 kB gzip; three.js is not in it',
    run: async ({ browser, url }) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
      // the moment the builder and the first scores are both on screen, taken inside the page (the 3D chunk is requested
      // right after it, so a test-side flag set a round trip later would count it)
      await context.addInitScript(() => {
        const check = () => {
          const score = document.querySelector('button.num.overall-value');
          const input = document.querySelector('input[data-path="core.diameterNm"]');
          if (score && /\d/.test(score.textContent ?? '') && input) { window.__readyAt = performance.now(); obs.disconnect(); }
        };
        const obs = new MutationObserver(check);
        document.addEventListener('DOMContentLoaded', () => { obs.observe(document.body, { childList: true, subtree: true, characterData: true }); check(); });
      });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.locator('input[data-path="core.diameterNm"]').waitFor({ state: 'visible' });
      await page.waitForFunction(() => window.__readyAt !== undefined);
      const scripts = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((r) => r.startTime <= window.__readyAt && /\.m?js$/.test(new URL(r.name).pathname))
        .map((r) => new URL(r.name).pathname)));
      let gzip = 0;
      const sizes = [];
      for (const p of scripts) {
        const n = gzipSync(await readFile(resolve('dist', p.replace(/^\//, ''))), { level: 9 }).length;
        sizes.push(`${p.replace('/assets/', '')} ${(n / 1000).toFixed(1)} kB`);
        gzip += n;
      }
      assert(scripts.size >= 3, `scripts were seen: ${[...scripts].join(', ')}`);
      assert(![...scripts].some((p) => /\/Scene-/.test(p)), `three.js (Scene chunk) is not loaded at start: ${[...scripts].join(', ')}`);
      if (process.env.SHOW_INITIAL_JS) console.log(`initial JS ${(gzip / 1000).toFixed(1)} kB: ${sizes.join(", ")}`);
      assert(gzip <= 250_000, `initial JS ${(gzip / 1000).toFixed(1)} kB gzip > 250 kB: ${sizes.join(', ')}`);
      await context.close();
    },
  },
  {
    name: 'opens with IZB@CCM, real text, scores and every choice described',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      assert((await page.locator('.brand h1').innerText()).includes('Nanoplatform Designer'), 'title');
      assert((await page.locator('[data-testid="candidate"]').count()) === 1, 'one candidate');
      assert((await page.locator('[data-testid="candidate"]').innerText()).includes('IZB@CCM'), 'IZB@CCM loaded');
      const s = Number(await overall(page));
      assert(s > 0 && s <= 100, `overall score in (0, 100]: ${s}`);
      for (const id of ['loading', 'release', 'targeting', 'radiosensitization', 'safety']) assert(await page.locator(`[data-testid="dbar-${id}"]`).isVisible(), `bar ${id}`);
      assert((await page.locator('.builder').innerText()).includes('zeolitic'), 'core description shown');
      await page.locator(OVERALL).click();
      await page.waitForSelector('[data-testid="explain-drawer"] .explanation');
      assert((await page.locator('[data-testid="explain-drawer"]').innerText()).match(/assumption|published|data/i), 'provenance badges in explanation');
      await shot(page, shots, 'overview', true);
      await noErrors(errors, 'open');
      await context.close();
    },
  },
  {
    name: 'edit → results change; bad input shows path: reason inline and keeps other work',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Targeting');
      const before = await page.locator('[data-explain="targeting.hydrodynamicDiameterNm"]').first().innerText();
      await field(page, 'core.diameterNm').fill('60');
      await page.waitForFunction((b) => document.querySelector('[data-explain="targeting.hydrodynamicDiameterNm"]')?.textContent !== b, before);
      const after = await page.locator('[data-explain="targeting.hydrodynamicDiameterNm"]').first().innerText();
      assert(parseFloat(after) < parseFloat(before), `d_h falls with the core: ${before} → ${after}`);
      // bad diameter
      await field(page, 'core.diameterNm').fill('-5');
      const err = page.locator('[data-testid="field-error"]').first();
      await err.waitFor();
      assert((await err.innerText()).includes('core › diameterNm'), `inline path: ${await err.innerText()}`);
      assert(await page.locator('[data-testid="invalid-banner"]').isVisible(), 'banner');
      assert(await page.locator('[data-explain="targeting.hydrodynamicDiameterNm"]').first().isVisible(), 'last valid results stay');
      await shot(page, shots, 'invalid-input', true);
      // fractions not summing to 1
      await field(page, 'core.diameterNm').fill('120');
      await field(page, 'coating.membranes.0.fraction').fill('0.7');
      await page.locator('[data-testid="field-error"]').first().waitFor();
      assert((await page.locator('.builder').innerText()).match(/coating › (membranes|Membrane)/), 'fraction issue names its path');
      await field(page, 'coating.membranes.0.fraction').fill('0.5');
      // loading mode the carrier cannot do
      await field(page, 'payloads.0.loading').selectOption('remote');
      await page.locator('[data-testid="field-error"]').first().waitFor();
      assert((await page.locator('.builder').innerText()).includes('Payload 1 › loading'), 'mode issue, counted from 1 as the form shows');
      await field(page, 'payloads.0.loading').selectOption('one-pot');
      await page.waitForSelector('[data-testid="field-error"]', { state: 'detached' });
      // #27: the preparation method appears where M1.partition loads the drug (a PLGA core, doxorubicin one-pot) and moves its EE
      assert((await page.locator('[data-path="payloads.0.method"]').count()) === 0, 'no preparation method for a MOF core');
      await field(page, 'core.material').selectOption('plga');
      await field(page, 'payloads.0.agent').selectOption('doxorubicin');
      const method = field(page, 'payloads.0.method');
      await method.waitFor();
      assert((await method.inputValue()) === 'single-emulsion', `PLGA's usual method shown: ${await method.inputValue()}`);
      await tab(page, 'Loading');
      const ee = page.getByRole('button', { name: /^Doxorubicin encapsulation efficiency/ });
      const eeSingle = parseFloat(await ee.innerText());
      await method.selectOption('double-emulsion');
      await page.waitForFunction((b) => [...document.querySelectorAll('button.num')].some((n) => /^Doxorubicin encapsulation efficiency/.test(n.getAttribute('aria-label') ?? '') && parseFloat(n.textContent ?? '') !== b), eeSingle);
      const eeDouble = parseFloat(await ee.innerText());
      // logP 1.27, S_w 10 mg/mL: single emulsion K v_p/(V + K v_p) ≈ 3.4 %; double emulsion ε + (1 − ε)·3.4 % ≈ 52 %
      assert(eeSingle < 10 && eeDouble > 40, `double emulsion keeps the water-soluble drug: EE ${eeSingle} → ${eeDouble} %`);
      await ee.click();
      await page.waitForFunction(() => /preparation method \(doxorubicin\)[\s\S]*double-emulsion/.test(document.querySelector('[data-testid="explain-drawer"]')?.textContent ?? ''), null, { timeout: 15000 });
      await shot(page, shots, 'preparation-method');
      await noErrors(errors, 'edit');
      await context.close();
    },
  },
  {
    name: 'workspace: add preset, duplicate, rename, reorder, delete; compare, sort and rank; Pareto',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      const cands = page.locator('[data-testid="candidate"]');
      for (const p of ['izb-bare', 'iz-ccm', 'zb-ccm', 'doxil']) await page.locator('[data-testid="preset-menu"]').selectOption(p);
      assert((await cands.count()) === 5, 'five candidates');
      await page.getByRole('button', { name: /^Duplicate IZB@CCM$/ }).click();
      assert((await cands.count()) === 6, 'duplicated');
      await page.getByRole('button', { name: /^Rename IZB@CCM copy$/ }).click();
      await page.getByLabel('New name for IZB@CCM copy').fill('My variant');
      await page.getByLabel('New name for IZB@CCM copy').press('Enter');
      assert((await cands.nth(1).innerText()).includes('My variant'), 'renamed, placed after the source');
      await page.getByRole('button', { name: 'Move My variant down' }).click();
      assert((await cands.nth(2).innerText()).includes('My variant'), 'moved down');
      await page.getByRole('button', { name: 'Delete My variant' }).click();
      assert((await cands.count()) === 5, 'deleted');
      await tab(page, 'Compare');
      const rows = page.locator('[data-testid="compare-row"]');
      await rows.first().waitFor();
      assert((await rows.count()) === 5, 'five rows');
      // sorted by overall, descending, by default
      const scores = async () => (await page.locator('[data-testid="compare-row"] td:nth-child(3)').allInnerTexts()).map((t) => parseFloat(t));
      const desc = await scores();
      assert(desc.every((v, i) => i === 0 || desc[i - 1] >= v), `descending by overall: ${desc}`);
      await page.getByRole('button', { name: /^Overall score/ }).click();
      const asc = await scores();
      assert(asc.every((v, i) => i === 0 || asc[i - 1] <= v), `ascending after click: ${asc}`);
      await page.getByRole('button', { name: /^Tumour delivery/ }).click();
      assert((await page.locator('th[aria-sort="descending"]').innerText()).includes('Tumour delivery'), 'sorted by delivery');
      await page.locator('[data-testid="pareto-chart"] svg').first().waitFor();
      // walk10 #4: "why is this one ranked higher?" — a candidate's overall score opens its explanation from the table
      await page.getByRole('button', { name: /^Why Doxil scores [\d.]+: explain$/ }).click();
      await page.waitForSelector('[data-testid="explain-drawer"] .explanation');
      const why = await page.locator('[data-testid="explain-drawer"]').innerText();
      assert(/Overall score of Doxil/.test(why) && /geometric/i.test(why), `the overall score explains itself for that candidate: ${why.slice(0, 300)}`);
      await page.getByRole('button', { name: 'Close explanation' }).click();
      await shot(page, shots, 'compare', true);
      await page.getByRole('button', { name: 'Rank candidates by overall score' }).click();
      const ranks = await page.locator('[data-testid="candidate"] .rank').allInnerTexts();
      assert(ranks[0] === '#1' && ranks[1] === '#2', `ranked list: ${ranks}`);
      await noErrors(errors, 'workspace');
      await context.close();
    },
  },
  {
    name: 'override a model parameter, see it marked, reset it',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('details.params summary').click();
      const row = page.locator('[data-testid="param-row"]').first();
      await row.waitFor();
      const before = await overall(page);
      const input = row.locator('input');
      const v = Number(await input.inputValue());
      await input.fill(String(v * 3 || 1));
      await page.waitForSelector('[data-testid="param-row"].overridden');
      assert((await page.locator('[data-testid="param-row"].overridden').count()) === 1, 'one overridden');
      await page.locator('[data-testid="param-row"].overridden').getByRole('button', { name: /Reset/ }).click();
      await page.waitForSelector('[data-testid="param-row"].overridden', { state: 'detached' });
      assert((await overall(page)) === before, 'reset restores the score');
      await noErrors(errors, 'override');
      await context.close();
    },
  },
  {
    name: 'import a release CSV → fits, statistics, residuals; overlay on the Release tab',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Calibrate');
      const csv = ['time_h,pH 7.4,pH 5.0', '0,0,0', '1,2.1,18', '2,3.9,31', '4,6.2,49', '8,9.8,68', '12,12.0,79', '24,16.5,91', '48,22,96'].join('\n');
      await page.locator('[data-testid="release-csv"]').fill(csv);
      await page.locator('[data-testid="release-csv-load"]').click();
      await page.locator('[data-testid="release-csv-confirm"]').click(); // the preview: store what was understood
      await page.locator('[data-testid="fit-table"]').first().waitFor();
      assert((await page.locator('[data-testid="fit-table"]').count()) === 2, 'one fit table per pH');
      assert((await page.locator('[data-testid="fit-table"]').first().innerText()).includes('weibull'), 'weibull fitted');
      await page.locator('[data-testid="residual-chart"] svg').first().waitFor();
      // Model I: fit the mechanistic release parameters to both pH curves, apply them to the candidate
      const candScore = () => page.locator('[data-testid="candidate"] .cand-score').first().innerText();
      const before = await candScore();
      await page.locator('[data-testid="mech-fit"]').click();
      await page.locator('[data-testid="mech-table"]').waitFor({ timeout: 30000 });
      await page.locator('[data-testid="mech-chart"] svg').first().waitFor();
      await shot(page, shots, 'calibrate', true);
      // an untrusted fit (#25 item 3) waits for an explicit override before Apply
      if (await page.locator('[data-testid="fit-untrusted"]').count()) {
        assert(await page.locator('[data-testid="mech-apply"]').isDisabled(), 'an untrusted fit cannot be applied without the override');
        await page.locator('[data-testid="fit-override"]').check();
      }
      await page.locator('[data-testid="mech-apply"]').click();
      await page.locator('[data-testid="calibration-applied"]').waitFor();
      // the button now says the fit is applied (no second, identical Apply)
      await page.waitForFunction(() => /^Applied to/.test(document.querySelector('[data-testid="mech-apply"]')?.textContent ?? ''), null, { timeout: 10000 });
      assert(await page.locator('[data-testid="mech-apply"]').isDisabled(), 'Applied: disabled');
      console.log(`    calibrated IZB@CCM overall ${before} → ${await candScore()}`);
      await page.locator('[data-testid="release-csv"]').fill('time,pH 5\n0,0\n2,abc');
      await page.locator('[data-testid="release-csv-load"]').click();
      assert((await page.locator('[data-testid="csv-error"]').innerText()).includes('line 3'), 'CSV error names the line');
      await tab(page, 'Release');
      await page.locator('[data-testid^="release-chart"] svg').first().waitFor();
      await noErrors(errors, 'calibrate');
      await context.close();
    },
  },
  {
    name: 'design-space sweep in the worker with progress; a point becomes a candidate; Monte Carlo bands and tornado',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Explore');
      await page.locator('[data-testid="sweep-run"]').click();
      await page.locator('[data-testid="sweep-progress"]').waitFor({ timeout: 10000 }).catch(() => {});
      await page.locator('[data-testid="sweep-chart"] svg').first().waitFor({ timeout: 60000 });
      // a two-parameter heatmap
      await page.getByRole('group', { name: 'Second parameter (optional)' }).getByRole('combobox', { name: 'Parameter' }).selectOption('payloads.1.feedMassRatio');
      // Watch the DOM from inside the page, so a fast sweep's brief progress bar is still seen (no race with polling).
      await page.evaluate(() => {
        window.__sawProgress = false;
        const seen = () => { if (document.querySelector('[data-testid="sweep-progress"]')) window.__sawProgress = true; };
        new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
      });
      await page.locator('[data-testid="sweep-run"]').click();
      await page.waitForFunction(() => window.__sawProgress === true, null, { timeout: 30000 }).catch(() => {});
      await page.waitForSelector('[data-testid="sweep-progress"]', { state: 'detached', timeout: 120000 });
      assert(await page.evaluate(() => window.__sawProgress === true), 'progress bar shown during the sweep');
      await page.locator('[data-testid="sweep-chart"] rect').first().waitFor();
      await shot(page, shots, 'explore', true);
      await page.locator('[data-testid="sweep-add-best"]').click();
      assert((await page.locator('[data-testid="candidate"]').count()) === 2, 'best point added as a candidate');
      await tab(page, 'Uncertainty');
      await page.getByLabel('Draws').selectOption('64');
      await page.locator('[data-testid="mc-run"]').click();
      await page.locator('[data-testid="mc-bands"]').waitFor({ timeout: 120000 });
      await page.locator('[data-testid="tornado-chart"] svg').first().waitFor();
      await shot(page, shots, 'uncertainty', true);
      await noErrors(errors, 'sweep');
      await context.close();
    },
  },
  {
    name: 'undo/redo by buttons and keyboard',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const s0 = await overall(page);
      await field(page, 'core.diameterNm').fill('300');
      await page.waitForFunction((s) => document.querySelector('button.num.overall-value')?.textContent !== s, s0);
      const s1 = await overall(page);
      await page.locator('.brand h1').click();
      await page.keyboard.press('Control+z');
      await page.waitForFunction((s) => document.querySelector('button.num.overall-value')?.textContent === s, s0);
      assert((await field(page, 'core.diameterNm').inputValue()) === '120', 'undo restores the field');
      await page.getByRole('button', { name: /Redo/ }).click();
      await page.waitForFunction((s) => document.querySelector('button.num.overall-value')?.textContent === s, s1);
      await page.getByRole('button', { name: /Undo/ }).click();
      await page.waitForFunction((s) => document.querySelector('button.num.overall-value')?.textContent === s, s0);
      await noErrors(errors, 'undo');
      await context.close();
    },
  },
  {
    name: 'autosave: the workspace survives a reload',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="preset-menu"]').selectOption('doxil');
      await page.waitForTimeout(900);
      await page.reload();
      await page.waitForSelector(OVERALL);
      assert((await page.locator('[data-testid="candidate"]').count()) === 2, 'two candidates after reload');
      await noErrors(errors, 'autosave');
      await context.close();
    },
  },
  {
    // Editing the diameter rebuilds the particle's layout, not its materials: the shader programs linked for the first
    // frame are reused (recompiling them cost ~14 ms of main thread per edit under SwiftShader), and the picture follows.
    name: 'builder edits redraw the 3D particle at the new size without linking new shader programs',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const viewer = '[data-testid="particle-viewer"]';
      await page.waitForSelector(`${viewer}[data-ready="1"]`, { timeout: 30000 });
      const settle = () => settleFrames(page, { frames: 4, waitMs: 200 });
      await settle();
      const before = await page.evaluate(() => window.__viewerStats);
      const r0 = Number(await page.getAttribute(viewer, 'data-core-radius-nm'));
      assert(before && before.programs > 0, `the first frame linked its programs (${JSON.stringify(before)})`);
      for (const d of ['60', '200', '90']) {
        await field(page, 'core.diameterNm').fill(d);
        await settle();
      }
      const after = await page.evaluate(() => window.__viewerStats);
      const r1 = Number(await page.getAttribute(viewer, 'data-core-radius-nm'));
      assert(Math.abs(r1 - 45) < 1e-6 && Math.abs(r0 - 45) > 1, `the drawn core follows the edit: radius ${r0} nm → ${r1} nm`);
      assert(after.programs === before.programs, `no shader program linked by the edits (${before.programs} → ${after.programs})`);
      assert(after.calls > 0 && after.calls <= 30, `still drawn within the budget (${after.calls} draw calls)`);
      await noErrors(errors, 'viewer edits');
      await context.close();
    },
  },
  {
    name: 'every builder edit is timed (edit → scores and charts); the figure is reported, the budget is checked by npm run bench',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Release');
      await page.locator('[data-testid^="release-chart"] svg').first().waitFor();
      await page.evaluate(() => { window.__npd.scoreMs.length = 0; });
      const input = field(page, 'core.diameterNm');
      for (let i = 0; i < 50; i++) {
        await input.fill(String(80 + i * 2));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }
      const ms = await page.evaluate(() => window.__npd.scoreMs.slice());
      assert(ms.length >= 50, `50 timings recorded (${ms.length})`);
      const sorted = ms.slice().sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      console.log(`    edit→score median ${median.toFixed(2)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(2)} ms over ${ms.length} edits`);
      // Speed is a benchmark, not a timed test (scripts/bench-browser.mjs reports it against the 16 ms budget).
      assert(ms.every((v) => Number.isFinite(v) && v >= 0), 'every timing is a finite, non-negative duration');
      await noErrors(errors, 'speed');
      await context.close();
    },
  },
  {
    name: 'layout works at 1280×720 and radiation tab shows DEF with the beam spectrum',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url, { viewport: { width: 1280, height: 720 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `no horizontal scroll at 1280 px (${overflow})`);
      await tab(page, 'Radiation');
      await page.locator('[data-testid="def-chart"] svg').first().waitFor();
      assert((await page.locator('[data-testid="def-chart"]').innerText()).includes('Bi K'), 'Bi K-edge labelled');
      await shot(page, shots, 'radiation', true);
      await tab(page, 'Release');
      await page.locator('[data-testid^="release-chart"] svg').first().waitFor();
      await shot(page, shots, 'release', true);
      await noErrors(errors, 'layout');
      await context.close();
    },
  },
  {
    name: 'loading calibration: CSV of (feed, EE %) → Langmuir qmax, K with SE and r², fitted curve; applied to the candidate, results update, travels in a link',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Loading');
      const eeBefore = await page.locator('[data-testid="loading-table"] tbody tr').first().locator('td').nth(2).innerText();
      await tab(page, 'Calibrate');
      await page.locator('[data-testid="loading-payload"]').selectOption('in10018');
      // points from a known Langmuir isotherm, q = qmax·K(f − q)/(1 + K(f − q)), solved here by the quadratic formula
      const qmax = 0.45, K = 6;
      const q = (f) => { const b = 1 + K * f + K * qmax; return (b - Math.sqrt(b * b - 4 * K * K * qmax * f)) / (2 * K); };
      const feeds = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6];
      const csv = ['feed_mg_per_mg,EE_pct', ...feeds.map((f) => `${f},${((100 * q(f)) / f).toFixed(4)}`)].join('\n');
      await page.locator('[data-testid="loading-csv"]').fill(csv);
      await page.locator('[data-testid="loading-csv-load"]').click();
      await page.locator('[data-testid="loading-csv-confirm"]').click(); // the preview: store what was understood
      await page.locator('[data-testid="loading-fit-table"]').waitFor();
      const num = async (id) => Number((await page.locator(`[data-testid="${id}"]`).innerText()).replace(/\s/g, ''));
      const qFit = await num('fit-qmax'), kFit = await num('fit-k'), r2 = await num('fit-r2');
      assert(Math.abs(qFit / qmax - 1) < 0.01 && Math.abs(kFit / K - 1) < 0.02, `fit recovers qmax ${qmax} → ${qFit}, K ${K} → ${kFit}`);
      assert(r2 > 0.9999, `r² ${r2}`);
      assert(/±|SE/.test(await page.locator('[data-testid="loading-fit-table"]').innerText()), 'standard errors shown');
      await page.locator('[data-testid="loading-fit-chart"] svg').first().waitFor();
      await page.locator('[data-testid="loading-calibration"]').scrollIntoViewIfNeeded();
      await shot(page, shots, 'calibrate-loading', true);
      await page.locator('[data-testid="loading-apply"]').click();
      await page.locator('[data-testid="loading-applied"]').waitFor();
      const draft = await page.evaluate(() => { const s = window.__npd.getState(); return s.candidates.find((c) => c.id === s.selectedId)?.draft ?? s.candidates[0].draft; });
      const cal = draft.calibrations?.loading?.[0];
      assert(cal && cal.core === 'zif-8' && cal.agent === 'in10018' && cal.mode === 'one-pot' && Math.abs(cal.qmaxMgPerMg - qFit) / qFit < 1e-3, `calibrations.loading written: ${JSON.stringify(draft.calibrations)}`);
      // the model now uses the calibration: EE at the candidate's feed equals the isotherm's (feed 0.2 mg/mg)
      const eeApplied = Number(await page.locator('[data-testid="loading-applied-ee"]').innerText());
      const eeExpected = (100 * q(0.2)) / 0.2;
      assert(Math.abs(eeApplied - eeExpected) / eeExpected < 0.03, `EE at feed 0.2 follows the fit: ${eeApplied} vs ${eeExpected.toFixed(2)}`);
      await tab(page, 'Loading');
      const eeAfter = await page.locator('[data-testid="loading-table"] tbody tr').first().locator('td').nth(2).innerText();
      assert(eeAfter !== eeBefore, `Loading tab updates: EE ${eeBefore} → ${eeAfter}`);
      // bad CSV: the line is named, the calibration stays
      await tab(page, 'Calibrate');
      await page.locator('[data-testid="loading-csv"]').fill('feed,EE\n0.1,90\n0.2,lots');
      await page.locator('[data-testid="loading-csv-load"]').click();
      assert((await page.locator('[data-testid="loading-csv-error"]').innerText()).includes('line 3'), 'CSV error names the line');
      // the calibration travels in a link
      await page.getByRole('button', { name: /^Copy link: workspace/ }).first().click();
      const field = page.locator('[data-testid=share-link-field]').first();
      await field.waitFor({ timeout: 5000 });
      const link = await field.inputValue();
      const b = await openPage(browser, null);
      await b.page.goto(url + link.slice(link.indexOf('#')));
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('[data-testid="link-open"]').click(); // fresh browser: the link replaces the starting workspace
      await b.page.waitForSelector(OVERALL);
      await b.page.getByRole('tab', { name: 'Calibrate', exact: true }).click();
      await b.page.locator('[data-testid="loading-payload"]').selectOption('in10018');
      await b.page.locator('[data-testid="loading-applied"]').waitFor({ timeout: 10000 });
      assert(Number(await b.page.locator('[data-testid="loading-applied-ee"]').innerText()) === eeApplied, 'same calibrated EE after opening the link');
      await noErrors(b.errors, 'link');
      await b.context.close();
      await noErrors(errors, 'loading calibration');
      await context.close();
    },
  },
  {
    name: 'radiation: survival curves 0–10 Gy, control vs treated, SF2 labels equal the scores',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url, { viewport: { width: 1280, height: 720 } });
      await tab(page, 'Radiation');
      const chart = page.locator('[data-testid="survival-chart"]');
      await chart.locator('svg').first().waitFor();
      const sf2c = await page.locator('[data-explain="radiosensitization.sf2Control"]').first().innerText();
      const sf2t = await page.locator('[data-explain="radiosensitization.sf2Treated"]').first().innerText();
      const text = await chart.innerText();
      assert(text.includes(`SF2 control ${parseFloat(sf2c).toPrecision(3)}`) && text.includes(`SF2 treated ${parseFloat(sf2t).toPrecision(3)}`), `SF2 labels ${sf2c} / ${sf2t} in chart: ${text.slice(0, 200)}`);
      const paths = await chart.locator('svg path[stroke]').count();
      assert(paths >= 6, `six curves (2 arms × oxic, hypoxic, tumour): ${paths} paths`);
      await chart.scrollIntoViewIfNeeded();
      await shot(page, shots, 'radiation-survival', true);
      await noErrors(errors, 'survival');
      await context.close();
    },
  },
  {
    name: 'Monte Carlo bands drawn on the key-outputs chart and on the release curves',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await tab(page, 'Uncertainty');
      await page.getByLabel('Draws').selectOption('64');
      await page.locator('[data-testid="mc-run"]').click();
      await page.locator('[data-testid="mc-key-chart"] svg').first().waitFor({ timeout: 120000 });
      await page.locator('[data-testid="mc-relative-chart"] svg').first().waitFor();
      const bars = await page.locator('[data-testid="mc-key-chart"] svg line, [data-testid="mc-key-chart"] svg path').count();
      assert(bars >= 6, `score bands drawn (${bars} marks)`);
      await shot(page, shots, 'uncertainty', true);
      await tab(page, 'Release');
      await page.locator('[data-testid="release-band-legend"]').waitFor();
      const areas = await page.locator('[data-testid^="release-chart"] svg g[aria-label="area"] path').count();
      assert(areas >= 3, `release bands (${areas} areas)`);
      await shot(page, shots, 'release-bands');
      // the Overview puts the headline score beside its Monte Carlo median and 5–95 % band (this draft's run)
      await tab(page, 'Overview');
      const note = await page.locator('[data-testid="overall-uncertainty"]').innerText();
      const m = note.match(/median (\d+(?:\.\d+)?), 5–95 % (\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)/);
      assert(m && /64 draws/.test(note), `Overview names the band: ${note}`);
      assert(Number(m[2]) <= Number(m[1]) && Number(m[1]) <= Number(m[3]), `p5 ≤ median ≤ p95: ${note}`);
      // an edit makes the bands stale: they disappear from the Release tab
      await field(page, 'core.diameterNm').fill('110');
      await page.locator('[data-testid="release-band-legend"]').waitFor({ state: 'detached' });
      await tab(page, 'Overview');
      assert(!/median/.test(await page.locator('[data-testid="overall-uncertainty"]').innerText()), 'a stale run is not quoted on the Overview');
      await noErrors(errors, 'bands');
      await context.close();
    },
  },
];
