// E2E: the Outcome tab (#16 §3) loads lazily, says the hypothesis loudly, draws local control vs dose and the recurrence band, lets the schedule change, and explains each step.
import { assert, openPage } from './harness.mjs';

export const tests = [
  {
    name: 'Outcome tab: hypothesis banner, control vs candidate with bands, both figures, schedule change, steps explained',
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
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
