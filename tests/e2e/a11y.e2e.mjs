// Accessibility of the workbench: axe-core reports no serious or critical violations on each results tab; keyboard reaches the tabs.
import AxeBuilder from '@axe-core/playwright';
import { assert, openPage } from './harness.mjs';

export const tests = [
  {
    name: 'axe: no serious or critical violations on any tab',
    // one axe pass per tab (15 tabs and growing): more than the runner's 90 s default on a loaded 2-core machine
    timeout: 300_000,
    run: async ({ browser, url }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector('button.num.overall-value', { timeout: 30000 });
      const problems = [];
      // Every tab the registry (src/ui/tabs/registry.tsx) puts in the strip, so a new tab is checked without editing this file.
      const names = (await page.getByRole('tab').allTextContents()).map((s) => s.trim());
      assert(names.length > 1 && names[0] === 'Overview', `tab strip read: ${names.join(', ')}`);
      for (const name of names) {
        await page.getByRole('tab', { name, exact: true }).click();
        await page.waitForTimeout(400);
        const res = await new AxeBuilder({ page }).exclude('canvas').analyze();
        for (const v of res.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      assert(problems.length === 0, `axe violations:\n      ${problems.join('\n      ')}`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'keyboard: arrow keys move between result tabs; focus is visible',
    run: async ({ browser, url }) => {
      const { page, context } = await openPage(browser, url);
      await page.waitForSelector('button.num.overall-value', { timeout: 30000 });
      await page.getByRole('tab', { name: 'Overview', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      const sel = await page.evaluate(() => document.activeElement?.textContent);
      assert(sel === 'Loading', `focus moved to Loading (${sel})`);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert(outline !== 'none', 'focus outline visible');
      await context.close();
    },
  },
];
