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
      const before = await page.getByRole('tab', { name: 'Optimize', exact: true }).count();
      assert(before === 1, 'tab present');
      await page.locator('[data-testid="opt-open"]').click();
      await page.getByRole('tab', { name: 'Overview', exact: true }).click();
      await page.waitForFunction(() => document.body.innerText.includes('optimum 1'), null, { timeout: 20000 });
      const shown = Number((await page.locator(OVERALL).first().innerText()).replace(/[^\d.]/g, ''));
      assert(Math.abs(shown - reported) <= 0.51, `the opened candidate scores as reported: builder ${shown}, front ${reported}`);
      // share the search as a link, open it in a fresh page: the Optimize tab offers to load it
      await page.getByRole('tab', { name: 'Optimize', exact: true }).click();
      await page.getByRole('button', { name: 'Share this search as a link' }).click();
      const link = await page.getByLabel('Optimisation link').inputValue();
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
