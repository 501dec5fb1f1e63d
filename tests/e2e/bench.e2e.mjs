// E2E for the Bench sheet tab (issue #20): IZB@CCM's amounts scale with the batch size, the CSV downloads, the sheet prints alone;
// measured values entered on the sheet are shown against the predictions, open Calibrate pre-filled, and travel in a link.
import { readFile } from 'node:fs/promises';
import { assert, openLinkFresh, openPage } from './harness.mjs';

const num = (t) => Number(String(t).replace(/[^0-9.+-]/g, ''));

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
  {
    name: 'measured values on the Bench sheet: bad input named and kept, measured vs predicted with the tolerance, one click to Calibrate pre-filled, link round trip',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Bench sheet', exact: true }).click();
      await page.locator('[data-testid="bench-checklist"]').waitFor({ timeout: 30000 });
      const pred74 = num(await page.locator('[data-testid="bench-pred-release.7.4"]').innerText());
      // bad input: > 105 % is refused with the field's name, the text stays in the box, nothing is stored
      const r50 = page.locator('[data-testid="bench-measured-release.5.0"]');
      await r50.fill('120');
      const err = page.locator('[data-testid="bench-row-release.5.0"] [data-testid="input-error"]');
      await err.waitFor();
      const msg = await err.innerText();
      assert(/Release at 24 h, pH 5\.0, measured/.test(msg) && /≤ 105/.test(msg), `names the field and the bound: ${msg}`);
      assert((await r50.inputValue()) === '120', 'the typed text is kept');
      assert((await page.locator('[data-testid="bench-diff-release.5.0"]').innerText()).trim() === '', 'nothing stored for a refused value');
      const ee = page.locator('[data-testid="bench-measured-ee.in10018"]');
      await ee.fill('-3');
      assert(/IN10018.*encapsulation efficiency.*measured: must be ≥ 0/.test(await page.locator('[data-testid="bench-row-ee.in10018"] [data-testid="input-error"]').innerText()), 'negative EE named');
      // good values: a decimal comma reads as a decimal
      await r50.fill('80');
      await page.locator('[data-testid="bench-measured-release.7.4"]').fill(String(pred74 + 10).replace('.', ','));
      await ee.fill('60');
      await page.locator('[data-testid="bench-measured-dh"]').fill('160');
      await page.locator('[data-testid="bench-measured-zeta"]').fill('-21');
      await page.waitForFunction(() => document.querySelector('[data-testid="bench-diff-release.7.4"]')?.textContent?.includes('points'));
      const diff74 = await page.locator('[data-testid="bench-diff-release.7.4"]').innerText();
      assert(Math.abs(num(diff74) - 10) < 0.01, `measured − predicted at pH 7.4: ${diff74}`);
      assert(/within ± 15 percentage points/.test(await page.locator('[data-testid="bench-verdict-release.7.4"]').innerText()), 'pH 7.4 within the release tolerance');
      assert(/outside ± 10 percentage points/.test(await page.locator('[data-testid="bench-verdict-ee.in10018"]').innerText()), 'EE 60 vs 75 outside ± 10 points');
      assert(/within ± 30 %/.test(await page.locator('[data-testid="bench-verdict-dh"]').innerText()), 'size within ± 30 %');
      assert(/not modelled/.test(await page.locator('[data-testid="bench-row-zeta"]').innerText()), 'zeta recorded, not judged');
      await page.locator('[data-testid="bench-checklist"]').screenshot({ path: `${shots}/bench-measured-vs-predicted.png` });
      // walk7 items 11-13: batch size saved with the candidate, product mass typed, whole-feed EE computed from the payload EEs
      await page.locator('[data-testid="bench-batch"]').fill('25');
      await page.waitForFunction(() => document.querySelector('[data-testid="bench-sheet"] h3')?.textContent?.includes('25 mg batch'));
      await page.locator('[data-testid="bench-measured-yield"]').fill('21.5');
      await page.waitForFunction(() => /-3\.5 mg/.test(document.querySelector('[data-testid="bench-diff-yield"]')?.textContent ?? ''));
      assert(/from the payload EEs/.test(await page.locator('[data-testid="bench-measured-ee.total"]').innerText()), 'whole-feed EE waits for every payload EE');
      await page.locator('[data-testid="bench-measured-ee.bismuth"]').fill('90');
      // IZB@CCM feeds 0.2 (IN10018) and 0.3 (Bi) mg/mg: (60·0.2 + 90·0.3)/0.5 = 78 %
      await page.waitForFunction(() => /^78 %/.test(document.querySelector('[data-testid="bench-measured-ee.total"]')?.textContent ?? ''));
      // the table fits its column: its right edge never passes the sheet's (desktop), no row label under an input
      const fit = await page.evaluate(() => {
        const sheet = document.querySelector('[data-testid="bench-sheet"]').getBoundingClientRect();
        const table = document.querySelector('[data-testid="bench-checklist"]').getBoundingClientRect();
        const overlaps = [...document.querySelectorAll('[data-testid="bench-checklist"] tbody tr')].filter((tr) => {
          const label = tr.cells[0].getBoundingClientRect();
          const input = tr.cells[2].querySelector('input')?.getBoundingClientRect();
          return input && input.left < label.right - 1;
        }).length;
        return { sheetRight: sheet.right, tableRight: table.right, overlaps };
      });
      assert(fit.tableRight <= fit.sheetRight + 1 && fit.overlaps === 0, `checklist within its column: ${JSON.stringify(fit)}`);
      await page.locator('[data-testid="bench-checklist"]').screenshot({ path: `${shots}/bench-walk7-checklist.png` });

      // the link carries the measured values (before Calibrate stores anything)
      await page.getByRole('button', { name: 'Copy link: workspace' }).click();
      const link = await page.locator('[data-testid="share-link-field"]').first().inputValue();

      // one click: Calibrate opens with the release import pre-filled (t = 0 and 24 h per pH), previewed, not yet stored
      await page.locator('[data-testid="bench-calibrate-release.5.0"]').click();
      const box = page.locator('[data-testid="release-csv"]');
      await box.waitFor({ timeout: 20000 });
      const text = await box.inputValue();
      assert(text.startsWith('time_h,pH 7.4,pH 5.0') && text.includes('\n24,') && text.includes(',80'), `pre-filled release CSV: ${JSON.stringify(text)}`);
      await page.locator('[data-testid="release-csv-preview"]').waitFor();
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-points"]').first().waitFor({ timeout: 20000 });
      // and the EE row opens the loading calibration of IN10018 with the design feed and the measured EE
      await page.getByRole('tab', { name: 'Bench sheet', exact: true }).click();
      await page.locator('[data-testid="bench-calibrate-ee.in10018"]').click();
      const lbox = page.locator('[data-testid="loading-csv"]');
      await lbox.waitFor({ timeout: 20000 });
      const ltext = await lbox.inputValue();
      assert(/^feed_mg_per_mg,EE_pct\n[0-9.]+,60\n$/.test(ltext), `pre-filled loading CSV: ${JSON.stringify(ltext)}`);
      assert((await page.locator('[data-testid="loading-payload"]').inputValue()) === 'in10018', 'the loading calibration is on IN10018');
      // walk7 item 10: one point is said to be too few before storing, with what is needed, and no internal names after
      await page.locator('[data-testid="loading-csv-too-few"]').waitFor();
      assert(/needs loading measured at 2 or more feed ratios/.test(await page.locator('[data-testid="loading-csv-too-few"]').innerText()), 'what a fit needs, said beforehand');
      await page.locator('[data-testid="loading-csv-confirm"]').click();
      const lerr = await page.locator('[data-testid="loading-fit-error"]').innerText();
      assert(/^Not fitted: 1 point stored/.test(lerr) && !/fitLangmuir/.test(lerr), `no internal function name: ${lerr}`);
      await page.screenshot({ path: `${shots}/bench-to-calibrate.png` });

      const b = await openLinkFresh(browser, url, link, 'Bench sheet');
      await b.page.locator('[data-testid="bench-checklist"]').waitFor({ timeout: 30000 });
      assert((await b.page.locator('[data-testid="bench-measured-release.5.0"]').inputValue()) === '80', 'pH 5.0 value in the link');
      assert((await b.page.locator('[data-testid="bench-measured-ee.in10018"]').inputValue()) === '60', 'EE in the link');
      assert((await b.page.locator('[data-testid="bench-measured-zeta"]').inputValue()) === '-21', 'zeta in the link');
      assert((await b.page.locator('[data-testid="bench-sheet"] h3').innerText()).includes('25 mg batch'), 'the batch size in the link');
      assert((await b.page.locator('[data-testid="bench-measured-yield"]').inputValue()) === '21.5', 'product mass in the link');
      await b.context.close();
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'the printed report includes the figures on screen (SVG) with captions and axis units',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Release', exact: true }).click();
      await page.locator('figure.chart svg').first().waitFor({ timeout: 30000 });
      const onScreen = await page.locator('figure.chart').count();
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const figs = page.locator('[data-testid="report-figures"] figure');
      await figs.first().waitFor({ state: 'attached', timeout: 10000 });
      assert((await figs.count()) === onScreen, `one report figure per chart on screen (${await figs.count()} vs ${onScreen})`);
      const first = await page.evaluate(() => {
        const f = document.querySelector('[data-testid="report-figures"] figure');
        return { svg: !!f?.querySelector('svg'), caption: f?.querySelector('figcaption')?.textContent ?? '' };
      });
      assert(first.svg && /^Figure 1\. /.test(first.caption) && /Axes — x: .*\(h\); y: .*\(%\)/.test(first.caption), `caption with axes and units: ${first.caption}`);
      await page.emulateMedia({ media: 'print' });
      assert(await page.locator('[data-testid="report-figures"] figure svg').first().isVisible(), 'figures visible in print');
      await page.screenshot({ path: `${shots}/report-figures-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert((await page.locator('[data-testid="report-figures"]').count()) === 0, 'figures dropped after printing');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'Calibrate: bootstrap f2 from unit columns (identical units → 100, zero-width interval; a 10-point shift → not similar), bad file named',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Calibrate', exact: true }).click();
      const box = page.locator('[data-testid="f2-bootstrap"]');
      await box.waitFor({ timeout: 20000 });
      await box.locator('summary').click();
      const units = (shift) => 'time_h;vessel 1;vessel 2;vessel 3\n' + [[1, 20], [2, 30], [4, 50], [8, 60]].map(([t, F]) => `${t};${F + shift};${F + shift};${F + shift}`).join('\n') + '\n';
      await page.locator('[data-testid="f2boot-reference"]').fill(units(0));
      await page.locator('[data-testid="f2boot-test"]').fill(units(0));
      await page.locator('[data-testid="f2boot-result"]').waitFor();
      assert(/^100(\.0+)? – 100(\.0+)?$/.test(await page.locator('[data-testid="f2boot-ci"]').innerText()), `zero-width interval: ${await page.locator('[data-testid="f2boot-ci"]').innerText()}`);
      assert(/similar \(lower bound ≥ 50\)/.test(await page.locator('[data-testid="f2boot-verdict"]').innerText()), 'similar');
      await page.locator('[data-testid="f2boot-test"]').fill(units(10));
      await page.waitForFunction(() => /not shown similar/.test(document.querySelector('[data-testid="f2boot-verdict"]')?.textContent ?? ''));
      assert(/^49\.89 – 49\.89$/.test(await page.locator('[data-testid="f2boot-ci"]').innerText()), `shifted: ${await page.locator('[data-testid="f2boot-ci"]').innerText()}`);
      await page.locator('[data-testid="f2boot-test"]').fill('time_h;vessel 1;vessel 2\n1;20;abc\n');
      await page.getByText(/Test: line 2: vessel 2/).waitFor();
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
