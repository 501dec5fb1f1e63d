// E2E of the Optimize tab (issue #19): a small NSGA-II run in the worker, the front in 2D and parallel coordinates, a point opened in the builder scores as reported, sensitivity, and the search travelling in a #o= link.
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

async function setNumber(page, testId, value) {
  const input = page.locator(`[data-testid="${testId}"]`);
  await input.fill(String(value));
  await input.press('Enter');
}

export const tests = [
  {
    name: 'optimise the selected candidate (population 8 × 4 generations): progress, front, parallel coordinates, sensitivity; a front point opens in the builder with the reported overall score; the search travels in a link',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Optimize', exact: true }).click();
      await page.locator('[data-testid="opt-run"]').waitFor();
      await page.screenshot({ path: `${shots}/optimize-form.png` });
      // the first objective becomes the overall score, so the builder's headline number can be compared
      await page.getByLabel('Objective 1', { exact: true }).selectOption('score.overall');
      await setNumber(page, 'opt-population', 8);
      await setNumber(page, 'opt-generations', 4);
      await page.locator('[data-testid="opt-run"]').click();
      await page.locator('[data-testid="opt-results"]').waitFor({ timeout: 120000 });
      // Plot loads on first use: wait for the marks
      await page.locator('[data-testid="opt-front"] svg circle').first().waitFor({ timeout: 30000 });
      await page.locator('[data-testid="opt-parallel"] svg g[aria-label="line"] path').first().waitFor({ state: 'attached', timeout: 30000 });
      const dots = await page.locator('[data-testid="opt-front"] svg circle').count();
      assert(dots >= 1, `front points drawn (${dots})`);
      const lines = await page.locator('[data-testid="opt-parallel"] svg g[aria-label="line"] path').count();
      assert(lines >= 1, `parallel-coordinate lines drawn (${lines})`);
      const sens = await page.locator('[data-testid="opt-sensitivity"] tbody tr').count();
      assert(sens >= 3, `sensitivity rows (${sens})`);
      await page.screenshot({ path: `${shots}/optimize-front.png`, fullPage: true });
      // the selected point's overall score as reported by the run
      const said = await page.locator('[data-testid="opt-selected"] p').first().innerText();
      const m = /Overall score \(\/100\) = ([\d.]+)/.exec(said);
      assert(m, `selected point names its overall score: ${said}`);
      const reported = Number(m[1]);
      // walkthrough 8 #31: the default lab precision (3 significant figures) makes every searched number a weighable recipe
      const digits = await page.locator('[data-testid="opt-digits"]').inputValue();
      assert(digits === '3', `lab precision defaults to 3 significant figures (${digits})`);
      const before = await page.getByRole('tab', { name: 'Optimize', exact: true }).count();
      assert(before === 1, 'tab present');
      await page.locator('[data-testid="opt-open"]').click();
      await page.getByRole('tab', { name: 'Overview', exact: true }).click();
      await page.waitForFunction(() => document.body.innerText.includes('optimum 1'), null, { timeout: 20000 });
      const shown = Number((await page.locator(OVERALL).first().innerText()).replace(/[^\d.]/g, ''));
      assert(Math.abs(shown - reported) <= 0.51, `the opened candidate scores as reported: builder ${shown}, front ${reported}`);
      // share the search as a link, open it in a fresh page: the Optimize tab offers to load it
      await page.getByRole('tab', { name: 'Optimize', exact: true }).click();
      await page.getByRole('button', { name: 'Copy a link to this search' }).click();
      const link = await page.getByLabel('Optimisation link').inputValue();
      // walkthrough 8 #34: it copies like the header's Copy link (or says why it could not)
      const shareStatus = await page.locator('[data-testid="opt-share-status"]').innerText();
      assert(/Link copied \(\d+ characters\)|did not allow clipboard access/.test(shareStatus), `copy status: ${shareStatus}`);
      assert(link.includes('#o='), `an optimisation link: ${link.slice(0, 80)}`);
      const second = await openPage(browser, url);
      await second.page.goto(link);
      await second.page.locator('[data-testid="opt-link"]').waitFor({ timeout: 30000 });
      await second.page.getByRole('button', { name: 'Add its base as a candidate and load the search' }).click();
      await second.page.locator('[data-testid="opt-link"]').waitFor({ state: 'detached' });
      const objective = await second.page.getByLabel('Objective 1', { exact: true }).inputValue();
      assert(objective === 'score.overall', `the link's objectives loaded (${objective})`);
      assert((await second.page.locator('[data-testid="opt-population"]').inputValue()) === '8', 'the link\'s population loaded');
      await second.page.screenshot({ path: `${shots}/optimize-link.png` });
      assert(errors.length === 0 && second.errors.length === 0, `page errors: ${[...errors, ...second.errors].join(' | ')}`);
      await second.context.close();
      await context.close();
    },
  },
];

// #19 and #25 item 9, from the user's side on a phone (390×844): the form fits the screen (selects, ranges, the robust
// checkbox beside its words), the front's fields and sensitivity rows read as labels with units and catalog names, the
// overall score is flagged as not an objective, the parallel-coordinates axis names stay inside the chart, and the
// opened candidate's numbers are rounded for display.
tests.push({
  name: 'phone 390×844: the Optimize form fits; a front candidate in words (labels, units, catalog names), the overall-score note, rounded numbers in the builder',
  timeout: 150000,
  run: async ({ browser, url, shots }) => {
    const { page, errors, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
    await page.waitForSelector('[data-testid="pane-results"]', { timeout: 30000 });
    await page.locator('[data-testid="pane-results"]').click();
    await page.locator('[data-testid="tab-menu"]').selectOption('optimize');
    await page.locator('[data-testid="opt-run"]').waitFor();
    const outside = () => page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.tabpanel select, .tabpanel input, .tabpanel button, .tabpanel label')) {
        if (el.closest('.table-scroll, table')) continue; // wide tables scroll inside their own box
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) out.push(`${el.tagName} ${(el.getAttribute('aria-label') || el.textContent || '').slice(0, 30)} ${Math.round(r.left)}…${Math.round(r.right)}`);
      }
      return out;
    });
    const form = await outside();
    assert(form.length === 0, `nothing of the form off-screen: ${form.join(' | ')}`);
    const robust = await page.locator('[data-testid="opt-robust"]').evaluate((box) => {
      const label = box.closest('label');
      const range = document.createRange();
      const text = [...label.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
      range.selectNodeContents(text);
      const first = range.getClientRects()[0];
      const b = box.getBoundingClientRect();
      return { dx: first.left - b.right, dy: Math.abs(first.top + first.height / 2 - (b.top + b.height / 2)) };
    });
    assert(robust.dx >= 0 && robust.dx < 16 && robust.dy < 12, `the robust checkbox sits beside its words (dx ${robust.dx}, dy ${robust.dy})`);
    await page.screenshot({ path: `${shots}/optimize-phone-form.png`, fullPage: true });
    await setNumber(page, 'opt-population', 8);
    await setNumber(page, 'opt-generations', 3);
    await page.locator('[data-testid="opt-run"]').click();
    await page.locator('[data-testid="opt-results"]').waitFor({ timeout: 120000 });
    await page.locator('[data-testid="opt-parallel"] svg g[aria-label="line"] path').first().waitFor({ state: 'attached', timeout: 30000 });
    // the parallel-coordinates axis names inside the chart
    const clipped = await page.locator('[data-testid="opt-parallel"] svg').first().evaluate((svg) => {
      const s = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].filter((t) => { const r = t.getBoundingClientRect(); return r.left < s.left - 1 || r.right > s.right + 1 || r.bottom > s.bottom + 1; }).map((t) => t.textContent);
    });
    assert(clipped.length === 0, `axis names inside the chart: ${clipped.join(' | ')}`);
    // #19: fields and sensitivity rows by label with unit; catalog names, never ids or paths
    const vars = await page.locator('[data-testid="opt-variables"] tbody th').allInnerTexts();
    assert(vars.length > 0 && vars.every((v) => !/\b(core|payloads|coating|scenario)\.|\.\d+\./.test(v)), `freed fields in words: ${vars.join(' | ')}`);
    assert(vars.some((v) => /^Core diameter \(nm\)$/.test(v)), `core diameter with its unit: ${vars.join(' | ')}`);
    const sens = await page.locator('[data-testid="opt-sensitivity"] tbody th').allInnerTexts();
    assert(sens.every((v) => !/\b(core|payloads|coating)\.|in10018|caf-cervical|zif-8\b/.test(v)), `sensitivity rows in words: ${sens.join(' | ')}`);
    assert(sens.some((v) => /payload 1 \(IN10018/.test(v)), `payloads by catalog name: ${sens.join(' | ')}`);
    const note = await page.locator('[data-testid="opt-overall-note"]').innerText();
    assert(/overall score was not an objective/.test(note) && /scores \d+ overall vs \d+/.test(note), `the overall score is flagged: ${note}`);
    await page.screenshot({ path: `${shots}/optimize-phone-front.png`, fullPage: true });
    // open it: the builder shows rounded numbers (the exact value stays in the store)
    await page.locator('[data-testid="opt-open"]').click();
    await page.locator('[data-testid="pane-design"]').click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="candidate"]')].some((c) => c.textContent.includes('optimum')), null, { timeout: 20000 });
    const shown = await page.locator('.builder input[inputmode="decimal"]').evaluateAll((xs) => xs.map((x) => x.value));
    const long = shown.filter((v) => /\d/.test(v) && v.replace(/^-?0?\.?0*/, '').replace(/[^\d]/g, '').length > 6);
    assert(long.length === 0, `builder numbers rounded to ≤ 6 significant digits: ${long.join(', ')}`);
    const exact = await page.evaluate(() => { const c = window.__npd.getState().candidates.find((x) => String(x.draft.name).includes('optimum')); return c.draft.core.diameterNm; });
    const inputD = await page.locator('.builder input[data-path="core.diameterNm"]').first().inputValue();
    assert(Math.abs(Number(inputD) - exact) <= 1e-5 * Math.abs(exact), `the shown diameter ${inputD} is the stored ${exact}, rounded`);
    // walkthrough 8 #31: searched at the default lab precision, the stored diameter itself has ≤ 3 significant figures
    assert(Number(exact.toPrecision(3)) === exact || Number.isInteger(exact), `a weighable recipe: diameter ${exact}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  },
});

// #16 §3 item 2: local-control gain as an objective. The user picks it in the Optimize tab, sees its equation and the
// outcome settings, runs, and the front ranks by it (the table sorted by the gain, best first); the selected candidate
// explains its local control step by step.
tests.push({
  name: 'local-control gain as an objective: its equation and the schedule shown, the front ranked by the gain, the selected candidate\'s outcome explained',
  timeout: 180000,
  run: async ({ browser, url, shots }) => {
    const { page, errors, context } = await openPage(browser, url);
    await page.waitForSelector(OVERALL, { timeout: 30000 });
    await page.getByRole('tab', { name: 'Optimize', exact: true }).click();
    await page.locator('[data-testid="opt-run"]').waitFor();
    assert((await page.locator('[data-testid="opt-outcome"]').count()) === 0, 'no outcome settings before an outcome output is chosen');
    await page.getByLabel('Objective 1', { exact: true }).selectOption('outcome.localControlGain');
    await page.locator('[data-testid="opt-outcome"]').waitFor();
    const eq = await page.locator('[data-testid="opt-outcome-equations"]').innerText();
    assert(/Local-control gain, outcome \(probability\)/.test(eq) && /TCP_candidate − TCP_control/.test(eq), `the gain's equation is shown: ${eq}`);
    await page.locator('[data-testid="opt-outcome-schedule"]').selectOption('ebrt45-hdr6x5');
    await setNumber(page, 'opt-population', 8);
    await setNumber(page, 'opt-generations', 3);
    await page.screenshot({ path: `${shots}/optimize-local-control-form.png`, fullPage: true });
    await page.locator('[data-testid="opt-run"]').click();
    await page.locator('[data-testid="opt-results"]').waitFor({ timeout: 150000 });
    // the front table, ranked by objective 1 (the gain): its column is in descending order
    const head = await page.locator('[data-testid="opt-table"] thead th').allInnerTexts();
    const col = head.findIndex((h) => /Local-control gain/.test(h));
    assert(col > 0, `the gain is a column of the front: ${head.join(' | ')}`);
    const gains = (await page.locator('[data-testid="opt-table"] tbody tr').evaluateAll((rows, c) => rows.map((r) => r.children[c].textContent), col)).map(Number);
    assert(gains.length >= 1 && gains.every(Number.isFinite), `front gains are numbers: ${gains.join(', ')}`);
    for (let i = 1; i < gains.length; i++) assert(gains[i] <= gains[i - 1], `front ranked by the gain, best first: ${gains.join(', ')}`);
    assert(gains[0] > 0 && gains[0] < 1, `the best gain is a probability above 0: ${gains[0]}`);
    // the selected candidate's outcome, step by step
    const details = page.locator('[data-testid="opt-outcome-explain"]');
    await details.locator('summary').click();
    const text = await details.innerText();
    assert(/Webb–Nahum/.test(text) && /gain = TCP_candidate − TCP_control/.test(text) && /HDR 6 Gy|6 Gy/.test(text), `the outcome explained (equations, inputs, the chosen schedule): ${text.slice(0, 300)}`);
    await page.screenshot({ path: `${shots}/optimize-local-control-front.png`, fullPage: true });
    // walkthrough 8: after opening a front point, the front keeps naming its own base and the tab says the base changed
    await page.locator('[data-testid="opt-open"]').click();
    const changed = await page.locator('[data-testid="opt-base-changed"]').innerText({ timeout: 20000 });
    assert(/searched from IZB@CCM;/.test(changed) && /optimum 1/.test(changed), `the base change is said: ${changed}`);
    const caption = await page.locator('[data-testid="opt-variables"] caption').innerText();
    assert(/the rest as in IZB@CCM\)?$/.test(caption.trim()) || /as in IZB@CCM\)/.test(caption), `the front names its own base: ${caption}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  },
});
