// E2E for the Bench sheet tab (issue #20): IZB@CCM's amounts scale with the batch size, the CSV downloads, the sheet prints alone.
import { readFile } from 'node:fs/promises';
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

/** The amount column of the reagent row whose reagent starts with `name` (a number, the unit after it). */
async function amountOf(page, name) {
  const rows = await page.locator('[data-testid="bench-reagents"] tbody tr').allInnerTexts();
  const row = rows.find((r) => r.split('\t')[1]?.startsWith(name));
  assert(row, `a ${name} row (${rows.length} rows)`);
  return Number(row.split('\t')[2].split(' ')[0]);
}

export const tests = [
  {
    name: 'IZB@CCM bench sheet: ZIF-8 amounts at 10 mg, doubled at 20 mg, checklist with predictions, CSV download, print view',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Bench sheet', exact: true }).click();
      await page.locator('[data-testid="bench-reagents"]').waitFor({ timeout: 30000 });
      const zn10 = await amountOf(page, 'Zinc nitrate');
      // hand value for the 10 mg IZB@CCM batch (src/engine/protocol.test.ts): 16.80 mg Zn(NO3)2·6H2O
      assert(Math.abs(zn10 - 16.8) < 0.01, `zinc nitrate ${zn10} mg at 10 mg`);
      const checklist = await page.locator('[data-testid="bench-checklist"]').innerText();
      assert(checklist.includes('Release at 24 h, pH 5.0') && checklist.includes('Hydrodynamic diameter') && checklist.includes('not modelled'), 'checklist rows');
      const batch = page.locator('[data-testid="bench-batch"]');
      await batch.fill('20');
      await page.waitForFunction(() => document.querySelector('[data-testid="bench-sheet"] h3')?.textContent?.includes('20 mg'));
      const zn20 = await amountOf(page, 'Zinc nitrate');
      assert(Math.abs(zn20 / zn10 - 2) < 0.002, `linear in batch size (${zn10} → ${zn20})`);
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download amounts (CSV)' }).click()]);
      const csv = await readFile(await dl.path(), 'utf8');
      assert(csv.startsWith('step,reagent,amount,unit,mmol,provenance,equation,source'), `csv header: ${csv.slice(0, 80)}`);
      assert(csv.includes('Bismuth nitrate pentahydrate'), 'Bi precursor in the CSV');
      await page.screenshot({ path: `${shots}/bench-sheet.png`, fullPage: true });
      // print view: the sheet alone, controls hidden
      await page.evaluate(() => document.body.classList.add('printing-bench'));
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        controls: getComputedStyle(document.querySelector('.bench-sheet .no-print')).display,
        sheet: getComputedStyle(document.querySelector('.bench-sheet h3')).visibility,
        workspace: getComputedStyle(document.querySelector('[data-testid="candidate"]')).visibility,
      }));
      assert(print.controls === 'none' && print.sheet === 'visible' && print.workspace === 'hidden', `print view: ${JSON.stringify(print)}`);
      await page.screenshot({ path: `${shots}/bench-sheet-print.png`, fullPage: true });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
