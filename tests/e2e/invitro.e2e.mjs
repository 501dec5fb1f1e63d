// E2E for the In vitro tab (issue #26): switch to the plate experiment, enter one, see the delivered-dose and clonogenic charts and the SER table.
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

export const tests = [
  {
    name: 'In vitro tab: a plate experiment gives the delivered-fraction and clonogenic charts; a measured uptake moves the SER and is marked "measured by you"',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'In vitro', exact: true }).click();
      await page.locator('.invitro svg[aria-label="Delivered fraction vs time"]').waitFor({ timeout: 30000 });
      assert((await page.locator('.invitro svg[aria-label="Clonogenic survival"]').count()) === 1, 'clonogenic chart shown');
      const serBefore = await page.locator('.invitro table.data tbody tr').nth(1).locator('td').innerText();
      await page.getByLabel('Concentration (µg/mL)').fill('100');
      await page.getByLabel('Measured uptake (pg/cell, optional)').fill('20');
      await page.waitForTimeout(300);
      const text = await page.locator('.invitro').innerText();
      assert(text.includes('measured by you'), 'measured uptake marked');
      const serAfter = await page.locator('.invitro table.data tbody tr').nth(1).locator('td').innerText();
      assert(serAfter !== serBefore, `SER moves with the uptake: ${serBefore} → ${serAfter}`);
      await page.screenshot({ path: `${shots}/invitro-tab.png`, fullPage: true });
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
];
