// E2E: every score that decides the rank explains itself (#25 item 4): the five component scores and the overall open an
// explanation with the ramp, its limits with sources and what would move it, and the drawer is in view and focused.
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

export const tests = [
  {
    name: 'each component score and the overall open an explanation in view, with limits, sources and what would move it',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: 1366, height: 800 } });
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      for (const id of ['loading', 'release', 'targeting', 'radiosensitization', 'safety', 'overall']) {
        const btn = id === 'overall' ? page.locator(OVERALL) : page.locator(`[data-testid="dbar-${id}"] button.num`);
        if (!(await btn.count())) continue; // n/a component: no number to click
        await btn.first().click();
        const drawer = page.locator('[data-testid="explain-drawer"]');
        await drawer.locator('.explanation').first().waitFor({ timeout: 5000 });
        const text = await drawer.innerText();
        assert(!/No equation is recorded/.test(text), `${id}: an equation is recorded`);
        if (id !== 'overall') {
          assert(new RegExp(`M5\\.d-${id}`).test(text), `${id}: its desirability equation is named`);
          assert(/score\.[a-zA-Z]+(Lower|Upper|Min|Max)/.test(text), `${id}: its limits are listed as parameters`);
          assert(/MODEL\.md M5/.test(text), `${id}: the limits' source is given`);
          // #25 item 2: human labels first, ids only as small secondary detail
          const title = await drawer.locator('.eq-title strong').first().innerText();
          assert(new RegExp(`^${id[0].toUpperCase()}${id.slice(1)} score`).test(title), `${id}: the equation is titled in words: ${title}`);
          const firstParam = await drawer.locator('table.mini').last().locator('tbody tr td').first().innerText();
          assert(/^[A-Z][A-Za-z]/.test(firstParam) && !/^score\./.test(firstParam), `${id}: a limit row starts with its label: ${firstParam}`);
          const firstCells = await drawer.locator('table.mini tbody tr td:first-child').allInnerTexts();
          assert(firstCells.every((c) => !/^(score\.|∂overall|M5\.)/.test(c)), `${id}: no row starts with an id: ${firstCells.join(' | ')}`);
        }
        const status = await page.locator('[data-testid="explain-status"]').innerText();
        assert(/Showing:/.test(status) && !/Click any number/.test(status), `${id}: the Explanations box says what is open: ${status}`);
        assert(/points|cannot rise|does not apply/.test(text), `${id}: says what would move it`);
        // in view and focused
        const head = drawer.locator('h2');
        const box = await head.boundingBox();
        assert(box && box.y >= 0 && box.y + box.height <= 800, `${id}: drawer heading in the viewport (y = ${box?.y})`);
        assert(await head.evaluate((h) => document.activeElement === h), `${id}: focus moved to the drawer heading`);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.locator('[data-testid="dbar-radiosensitization"] button.num').first().click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${shots}/explain-component.png` });
      // Escape closes it (the drawer goes back to its empty state)
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="explain-drawer"]').waitFor({ state: 'detached', timeout: 5000 });
      assert(/Click any number/.test(await page.locator('[data-testid="explain-status"]').innerText()), 'closed: the box invites a click again');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
