// E2E: the Outcome tab (#16 §3) loads lazily, says the hypothesis loudly, draws local control vs dose and the recurrence band, lets the schedule change, and explains each step; Compare's local-control weight ranks and travels in a workspace link.
import { assert, openPage } from './harness.mjs';

export const tests = [
  {
    name: 'Outcome tab: hypothesis banner, control vs candidate with bands, both figures, schedule change, steps explained',
    timeout: 180000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: 1366, height: 900 } });
      await page.waitForSelector('button.num.overall-value', { timeout: 30000 });
      await page.getByRole('tab', { name: 'Outcome', exact: true }).click();
      const tab = page.locator('[data-testid="outcome-tab"]');
      await tab.waitFor({ timeout: 15000 });
      const banner = await page.locator('[data-testid="outcome-hypothesis"]').innerText();
      assert(/HYPOTHESIS/.test(banner) && /mouse/.test(banner), `hypothesis said loudly: ${banner}`);
      const summary = page.locator('[data-testid="outcome-summary"]');
      await summary.waitFor({ timeout: 30000 });
      // the Monte Carlo bands arrive with the result (no '…' left in the table)
      await page.waitForFunction(() => !document.querySelector('[data-testid="outcome-summary"]')?.textContent?.includes('…'), null, { timeout: 30000 });
      const text = await summary.innerText();
      assert(/local control/.test(text) && /control \(chemoradiotherapy alone\)/.test(text), 'summary rows');
      assert(/\d+\.\d %\s*–\s*\d+\.\d %/.test(text), `bands shown: ${text}`);
      const gain = Number((await page.locator('[data-testid="outcome-gain"]').innerText()).replace(/ points/, ''));
      assert(Number.isFinite(gain) && gain >= 0, `gain is a number ≥ 0 (got ${gain})`);
      // walkthrough 8 #52: the tab's key number explains itself like every other number (opens its step)
      await page.locator('[data-testid="outcome-gain"]').click();
      await page.waitForFunction(() => document.getElementById('outcome-step-O6-gain')?.open === true, null, { timeout: 5000 });
      await page.locator('[data-testid="outcome-dose-response"] svg').first().waitFor({ timeout: 15000 });
      await page.locator('[data-testid="outcome-recurrence"] svg').first().waitFor({ timeout: 15000 });
      const paths = await page.locator('[data-testid="outcome-dose-response"] svg path').count();
      assert(paths >= 2, `two dose–response lines drawn (${paths} paths)`);
      const steps = await page.locator('details.explain-step').count();
      assert(steps >= 6, `each step explained (${steps})`);
      await page.locator('details.explain-step').nth(5).locator('summary').click();
      await page.screenshot({ path: `${shots}/outcome-tab.png`, fullPage: true });
      // a stronger boost raises control
      const before = await summary.locator('tbody tr').first().locator('td').first().innerText();
      await page.locator('[data-testid="outcome-schedule"]').selectOption('ebrt50.4-hdr7x4');
      await page.waitForFunction((b) => {
        const td = document.querySelector('[data-testid="outcome-summary"] tbody tr td');
        return td && td.textContent !== b && !document.querySelector('[data-testid="outcome-summary"]')?.textContent?.includes('…');
      }, before, { timeout: 30000 });
      const caption = await summary.locator('caption').innerText();
      assert(/50\.4 Gy \/ 28 fx/.test(caption) && /50 days/.test(caption), `schedule changed: ${caption}`);
      // walkthrough 8: the recurrence CSV is in fractions as its header says; the dose CSV carries the clinical points
      const csvOf = async (name) => {
        const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: `Download ${name}` }).getByRole('button', { name: 'CSV', exact: true }).click()]);
        const fs = await import('node:fs');
        return fs.readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      };
      const rec = await csvOf('local-recurrence');
      assert(/\(fraction\)/.test(rec[0]) && rec.slice(1).every((l) => l.split(',').slice(1).every((v) => v === '' || (Number(v) >= 0 && Number(v) <= 1))), `recurrence CSV in fractions: ${rec.join(' / ')}`);
      const dose = await csvOf('local-control-vs-dose');
      assert(dose.some((l) => /^"?published clinical point/.test(l) && /Mazeron/.test(l)) && dose.some((l) => /this schedule's EQD2/.test(l)), `dose CSV holds the clinical points and the marker: ${dose.slice(-6).join(' / ')}`);
      // an invalid custom schedule: the message names the reason and the stale results say which schedule they are for
      await page.locator('[data-testid="outcome-schedule"]').selectOption('custom');
      // the custom field starts valid (EBRT 25 × 1.8 + HDR 4 × 7): wait for its results, then break it
      await page.waitForFunction(() => /^EBRT 25 × 1\.8 Gy \+ HDR 4 × 7 Gy:/.test(document.querySelector('[data-testid="outcome-summary"] caption')?.textContent ?? '') && !document.querySelector('[data-testid="outcome-stale"]'), null, { timeout: 30000 });
      await page.getByRole('textbox', { name: 'Courses' }).fill('ebrt:2500x1.8');
      const alert = await page.locator('[role="alert"]').first().innerText();
      assert(/2500 fractions — a course has 1 to 60/.test(alert), `the reason is named: ${alert}`);
      const stale = await page.locator('[data-testid="outcome-stale"]').innerText();
      assert(/not valid/.test(stale) && /still those of EBRT 25 × 1\.8 Gy \+ HDR 4 × 7 Gy/.test(stale) && !/updating/.test(stale), `the stale results name their schedule: ${stale}`);
      await page.screenshot({ path: `${shots}/outcome-invalid-schedule.png` });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'Compare: the local-control gain weight is 0 by default (ranks by the overall score); above 0 it adds the ranking value and gain columns, ranks by them and explains R1',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: 1366, height: 900 } });
      await page.waitForSelector('button.num.overall-value', { timeout: 30000 });
      // three candidates whose overall and local-control gain orders differ (a particle that does not sensitize gains 0)
      for (const p of ['doxil', 'nbtxr3']) await page.locator('[data-testid="preset-menu"]').selectOption(p);
      await page.getByRole('tab', { name: 'Compare', exact: true }).click();
      const table = page.locator('[data-testid="compare-table"]');
      await table.waitFor({ timeout: 15000 });
      const weight = page.locator('[data-testid="compare-lc-weight"]');
      assert((await weight.inputValue()) === '0', 'weight 0 by default');
      // NBTXR3 is injected into the tumour, the others intravenously: the table says the scenarios differ and shows them
      assert(await page.locator('[data-testid="compare-scenarios-differ"]').isVisible(), 'unlike scenarios are flagged');
      const scen = await page.locator('[data-testid="compare-scenario"]').allInnerTexts();
      assert(scen.some((t) => t.startsWith('intratumoral')) && scen.some((t) => t.startsWith('iv')), `scenario column: ${scen.join(' | ')}`);
      assert((await page.locator('[data-testid="compare-ranking-value"]').count()) === 0, 'no ranking column at weight 0');
      const ranksBy = async (col) => page.$$eval('[data-testid="compare-row"]', (rows, c) => rows.map((r) => ({ rank: Number(r.querySelector('td')?.textContent?.replace(/[^0-9]/g, '')), v: Number((c ? r.querySelector(`[data-testid="${c}"]`) : r.querySelectorAll('td')[1])?.textContent) })), col);
      const at0 = await ranksBy(null);
      // at weight 0 rank 1 has the highest overall score
      const best0 = at0.reduce((a, b) => (b.v > a.v ? b : a));
      assert(best0.rank === 1, `rank 1 has the best overall at weight 0 (${JSON.stringify(at0)})`);
      await weight.fill('1000');
      await weight.press('Tab');
      await page.locator('[data-testid="compare-lc-gain"]').first().waitFor({ timeout: 30000 });
      const gains = await ranksBy('compare-lc-gain');
      const best = gains.filter((g) => Number.isFinite(g.v)).reduce((a, b) => (b.v > a.v ? b : a));
      assert(gains.length === 3, `three candidates (${gains.length})`);
      assert(best.rank === 1, `a dominant weight ranks the largest local-control gain first (${JSON.stringify(gains)})`);
      const worst = gains.filter((g) => Number.isFinite(g.v)).reduce((a, b) => (b.v < a.v ? b : a));
      assert(worst.rank === 3, `and the smallest last (${JSON.stringify(gains)})`);
      // walkthrough 8, finding 25: switching the gain on sorts the table by the new rank (1, 2, 3 from the top)
      assert(gains.map((g) => g.rank).join(',') === '1,2,3', `the table follows the rank: ${gains.map((g) => g.rank).join(',')}`);
      await page.locator('[data-testid="compare-ranking-explain"] summary').click();
      const ex = await page.locator('[data-testid="compare-ranking-explain"]').innerText();
      assert(/R = 100/.test(ex) && /d_LC/.test(ex), `ranking explained: ${ex.slice(0, 200)}`);
      await page.screenshot({ path: `${shots}/compare-local-control.png`, fullPage: true });
      // the ranking's own component weights: safety left out (0) → the line above the table and the explanation say so; the Score does not move
      const overallBefore = (await ranksBy(null)).map((r) => r.v).sort().join(',');
      const safetyW = page.locator('[data-testid="rank-weight-safety"]');
      await safetyW.fill('0');
      await safetyW.press('Tab');
      await page.waitForFunction(() => /safety 0/.test(document.querySelector('[data-testid="compare-head"]')?.textContent ?? ''), null, { timeout: 15000 });
      const ex2 = await page.locator('[data-testid="compare-ranking-explain"]').innerText();
      assert(/d_safety \(w = 0, yours/.test(ex2), `the explanation names your weight: ${ex2.slice(0, 300)}`);
      assert((await ranksBy(null)).map((r) => r.v).sort().join(',') === overallBefore, 'the overall scores do not move with ranking weights');
      // the weight travels in a workspace link: a fresh browser opening it ranks with the same weight
      await page.getByRole('button', { name: /^Copy link: workspace/ }).first().click();
      const field = page.locator('[data-testid=share-link-field]').first();
      await field.waitFor({ timeout: 5000 });
      const link = await field.inputValue();
      assert(link.includes('#w='), `a workspace link: ${link.slice(0, 40)}`);
      const b = await openPage(browser, url + link.slice(link.indexOf('#')), { viewport: { width: 1366, height: 900 } });
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('[data-testid="link-open"]').click();
      await b.page.waitForSelector('button.num.overall-value', { timeout: 30000 });
      await b.page.getByRole('tab', { name: 'Compare', exact: true }).click();
      const w2 = b.page.locator('[data-testid="compare-lc-weight"]');
      await w2.waitFor({ timeout: 15000 });
      assert((await w2.inputValue()) === '1000', `the link carries the weight (got ${await w2.inputValue()})`);
      assert((await b.page.locator('[data-testid="rank-weight-safety"]').inputValue()) === '0', 'the link carries the component weights');
      await b.page.locator('[data-testid="compare-lc-gain"]').first().waitFor({ timeout: 30000 });
      assert(b.errors.length === 0, `page errors (link): ${b.errors.join(' | ')}`);
      await b.context.close();
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
