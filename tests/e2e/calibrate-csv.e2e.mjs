// E2E for the CSV import preview in Calibrate (issue #25 item 1, #22 item 10): what the file says is shown before anything is fitted or stored.
import { resolve } from 'node:path';
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';
const FIXTURES = resolve('tests/fixtures/lab-exports');

async function open(browser, url) {
  const o = await openPage(browser, url);
  await o.page.waitForSelector(OVERALL, { timeout: 30000 });
  await o.page.getByRole('tab', { name: 'Calibrate', exact: true }).click();
  await o.page.locator('[data-testid="release-csv"]').waitFor();
  return o;
}

const roleOf = (page, i) => page.locator(`[data-testid="csv-role-${i}"]`).inputValue();

const WALK11 = resolve('tests/fixtures/walk11');

export const tests = [
  {
    // walk11 #11/#12/#13: the tester's own file — a title line above the header, Mean/SD at two pH, "n.d." in one SD
    // cell, a footnote — through the real import UI, then the M2 fit weighted by every SD that exists
    name: "walk11: a title line above the header is skipped and said; an n.d. SD keeps the curve's other SDs; the M2 fit is weighted and no velocity interval is negative",
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="release-csv-file"]').setInputFiles(resolve(WALK11, 'release_mean_sd.csv'));
      const summary = page.locator('[data-testid="csv-preview-summary"]');
      await summary.waitFor({ timeout: 20000 });
      const said = await summary.innerText();
      assert(said.startsWith('2 pH curves of 9 points (18 points): pH 7.4, pH 5.0; SD as error bars (1 point without one'), `both curves, SD kept: ${said}`);
      const messages = await page.locator('[data-testid="csv-preview-messages"]').innerText();
      assert(messages.includes('line 1 skipped: a title, not a header'), `the title line is named: ${messages.slice(0, 400)}`);
      assert(/SD missing on 1 of 9 points \(line 11, t = 48 h \("n\.d\."\)\)/.test(messages), `the missing SD is named by line: ${messages}`);
      assert(!/No pH in the file/.test(await page.locator('body').innerText()), 'no "No pH in the file" banner');
      assert((await roleOf(page, 0)) === 'time:h' && (await roleOf(page, 1)) === 'mean:7.4' && (await roleOf(page, 2)) === 'sd:1' && (await roleOf(page, 3)) === 'mean:5' && (await roleOf(page, 4)) === 'sd:3', 'all five columns, pH 7.4 at pH 7.4');
      await page.screenshot({ path: `${shots}/walk11-titleline-preview.png`, fullPage: false });
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-table"]').first().waitFor({ timeout: 30000 });
      const heads = (await page.locator('.fit-block h3').allInnerTexts()).join(' | ');
      assert(/pH 7\.4 — 9 points \(error bars: SD; fits unweighted; 1 point without SD \(t = 48 h\) weighted as the curve's largest one/.test(heads), `the pH 7.4 curve keeps its SDs: ${heads}`);
      const why = await page.locator('[data-testid="mech-default-why"]').innerText();
      assert(!/only some curves have error bars/.test(why), `M2 is weighted, not "only some curves": ${why}`);
      assert(await page.locator('[data-testid="mech-weighted"]').isChecked(), 'M2 weighted by 1/SD² by default');
      await page.locator('[data-testid="mech-fit"]').click();
      const mech = page.locator('[data-testid="mech-table"]');
      await mech.waitFor({ timeout: 60000 });
      assert(/weighted by 1\/SD²/.test(await mech.locator('caption').innerText()), 'the M2 fit is weighted');
      const rows = await mech.locator('tbody tr').allInnerTexts();
      for (const r of rows) {
        const m = /(-?[0-9.e+−-]+) – (-?[0-9.e+−-]+)/.exec(r);
        if (m) assert(!/^[-−]/.test(m[1]), `no interval of a positive parameter reaches below 0: ${r}`);
      }
      assert(/log scale/.test(await mech.locator('caption').innerText()), 'the caption says how the intervals are made');
      await mech.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/walk11-m2-weighted.png`, fullPage: false });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    // walk11 #18: the loading sheet's SD column is read and weights the Langmuir fit; the fit states the explain panel's form
    name: 'walk11: a loading sheet with an SD column — SD read (not ignored), the Langmuir fit weighted by 1/SD(q)² with a tick to turn it off; the equation is the explain panel’s',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="loading-csv-file"]').setInputFiles(resolve(WALK11, 'loading.csv'));
      const msgs = page.locator('[data-testid="loading-csv-messages"]');
      await msgs.waitFor({ timeout: 20000 });
      const said = await msgs.innerText();
      assert(/SD: column 3 \("SD"\)/.test(said) && !/Ignored/.test(said), `the SD column is read: ${said}`);
      await page.locator('[data-testid="loading-csv-confirm"]').click();
      const table = page.locator('[data-testid="loading-fit-table"]');
      await table.waitFor({ timeout: 30000 });
      const cap = await table.locator('caption').innerText();
      assert(/weighted by 1\/SD\(q\)²/.test(cap), `weighted: ${cap}`);
      assert(cap.includes('q = [(1 + K f + K qmax) − √((1 + K f + K qmax)² − 4 K² qmax f)] / (2K)') && /evaluated as 2 K qmax f/.test(cap), `one form, the equality stated: ${cap}`);
      const qw = await page.locator('[data-testid="fit-qmax"]').innerText();
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/walk11-loading-weighted.png`, fullPage: false });
      await page.locator('[data-testid="loading-weighted"]').uncheck();
      await page.getByText('unweighted', { exact: true }).first().waitFor();
      const qu = await page.locator('[data-testid="fit-qmax"]').innerText();
      assert(qw !== qu, `weighting moves the fit: ${qw} vs ${qu}`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    // walk8 #4/#46/#5: the commonest lab sheet — raw replicates beside the Mean and SD it computed, no pH in the header
    name: 'walk8: an Excel sheet with replicates n1–n3 beside its Mean and SD and no pH is stored (Mean ± SD, replicates set aside), at the pH the user chooses',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      const csv = '"Time (min)";"Release (%) n1";"Release (%) n2";"Release (%) n3";"Mean";"SD"\r\n0;0,00;0,00;0,00;0,00;0,00\r\n30;10,49;11,34;9,49;10,44;0,93\r\n60;18,03;19,18;18,15;18,45;0,63\r\n120;31,05;26,15;28,06;28,42;2,47\r\n';
      await page.locator('[data-testid="release-csv"]').fill(csv);
      await page.locator('[data-testid="release-csv-load"]').click();
      await page.locator('[data-testid="csv-default-ph"]').waitFor();
      await page.locator('[data-testid="csv-default-ph-select"]').selectOption('7.4');
      const summary = await page.locator('[data-testid="csv-preview-summary"]').innerText();
      assert(summary === '1 pH curve of 4 points: pH 7.4; SD as error bars', `stored as the file's Mean ± SD at the chosen pH: ${summary}`);
      const why = await page.locator('[data-testid="csv-preview-columns"]').innerText();
      assert(/set aside: the file's own mean column 5/.test(why), `the replicates are set aside, said per column: ${why.slice(0, 300)}`);
      await page.screenshot({ path: `${shots}/walk8-replicates-mean-sd.png`, fullPage: false });
      assert((await page.locator('[data-testid="release-csv-confirm"]').innerText()).includes('Store 4 points'), 'four points to store');
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-points"]').first().waitFor({ timeout: 20000 });
      const heads = await page.locator('.fit-block h3').allInnerTexts();
      const curves = heads.filter((h) => /^pH \d/.test(h.trim()));
      assert(curves.length === 1 && /^pH 7\.4 — 4 points/.test(curves[0].trim()), `the curve is filed under pH 7.4: ${JSON.stringify(heads)}`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'upload the issue #25 lab export (mean/SD pairs, BOM, CRLF, 12 rows): the preview says two pH curves of 12 points with SD error bars; Store → 24 points, not 48',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="release-csv-file"]').setInputFiles(resolve(FIXTURES, 'issue25-mean-sd-bom-crlf.csv'));
      const summary = page.locator('[data-testid="csv-preview-summary"]');
      await summary.waitFor();
      const said = await summary.innerText();
      assert(said.includes('2 pH curves of 12 points (24 points)'), `two curves of 12 points: ${said}`);
      assert(said.includes('pH 7.4') && said.includes('pH 5.0') && said.includes('SD as error bars'), `pH values and SD error bars named: ${said}`);
      // each column's role: time, mean 7.4, SD of column 2, mean 5.0, SD of column 4 — no SD column read as release
      assert((await roleOf(page, 0)) === 'time:h', 'column 1 is time in hours');
      assert((await roleOf(page, 1)) === 'mean:7.4' && (await roleOf(page, 3)) === 'mean:5', 'means at pH 7.4 and 5.0');
      assert((await roleOf(page, 2)) === 'sd:1' && (await roleOf(page, 4)) === 'sd:3', 'SD columns paired with their means');
      const messages = await page.locator('[data-testid="csv-preview-messages"]').innerText();
      assert(/pH 7\.4: 12 points .* SD as error bars/.test(messages) && /pH 5\.0: 12 points .* SD as error bars/.test(messages), `messages: ${messages}`);
      assert((await page.locator('[data-testid="csv-weights-note"]').innerText()).includes('never fitted as release values'), 'the preview says SD is not fitted');
      // nothing fitted or stored before the user confirms
      assert((await page.locator('[data-testid="fit-table"]').count()) === 0, 'no fit before Store');
      await page.screenshot({ path: `${shots}/calibrate-csv-preview.png`, fullPage: false });
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-table"]').first().waitFor();
      assert((await page.locator('[data-testid="fit-table"]').count()) === 2, 'one fit table per pH');
      const counts = await page.locator('[data-testid="fit-points"]').allInnerTexts();
      assert(counts.join(',') === '12,12', `12 points per curve (${counts})`);
      // fitted on the means: a first-order / Weibull fit of the pH 5.0 mean curve is good, not R² 0.05–0.27
      const table = await page.locator('[data-testid="fit-table"]').nth(1).innerText();
      assert(/weibull/.test(table), 'weibull fitted');
      // the user may weight the empirical fits by 1/SD² (the fits refresh, still 12 points)
      await page.locator('[data-testid="fit-weighted"]').nth(1).check();
      await page.getByText('fits weighted by 1/SD²').first().waitFor();
      assert((await page.locator('[data-testid="fit-table"]').nth(1).innerText()).includes('weibull'), 'weighted fits shown');
      await page.screenshot({ path: `${shots}/calibrate-csv-stored.png` });
      await page.getByRole('tab', { name: 'Release', exact: true }).click();
      const legend = page.locator('[data-testid="release-measured-count"]');
      await legend.waitFor();
      assert((await legend.innerText()) === '24', `24 measured points in the legend (${await legend.innerText()})`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'a header that names nothing is refused with a message, then re-mapped by the user and stored; 0x1A and repeated times are refused',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="release-csv"]').fill('foo,bar\n0,0\n2,30\n4,52\n');
      await page.locator('[data-testid="release-csv-load"]').click();
      const err = page.locator('[data-testid="csv-error"]');
      await err.waitFor();
      assert((await err.innerText()).includes('no time column'), `refused: ${await err.innerText()}`);
      assert(await page.locator('[data-testid="release-csv-confirm"]').isDisabled(), 'nothing can be stored');
      await page.locator('[data-testid="csv-role-0"]').selectOption('time:min');
      await page.locator('[data-testid="csv-role-1"]').selectOption('mean:6.5');
      const summary = page.locator('[data-testid="csv-preview-summary"]');
      await summary.waitFor();
      assert((await summary.innerText()).includes('1 pH curve of 3 points: pH 6.5; no error bars'), `re-mapped: ${await summary.innerText()}`);
      assert((await page.locator('[data-testid="csv-preview-messages"]').innerText()).includes('in minutes → converted to hours'), 'minutes said');
      await page.screenshot({ path: `${shots}/calibrate-csv-remap.png` });
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-table"]').first().waitFor();
      assert((await page.locator('[data-testid="fit-points"]').allInnerTexts()).join(',') === '3', 'three points stored');
      for (const [csv, want] of [['time_h,pH 5.0\n0,0\n0x1A,20\n1,30\n', '"0x1A" is not a decimal number'], ['time (h),pH 5.0\n0,0\n1,10\n1,12\n', 'appears again']]) {
        await page.locator('[data-testid="release-csv"]').fill(csv);
        await page.locator('[data-testid="release-csv-load"]').click();
        await page.locator('[data-testid="csv-error"]').waitFor();
        assert((await page.locator('[data-testid="csv-error"]').innerText()).includes(want), `refused: ${want}`);
        assert(await page.locator('[data-testid="release-csv-confirm"]').isDisabled(), 'nothing stored');
        await page.getByRole('button', { name: 'Cancel' }).click();
      }
      assert((await page.locator('[data-testid="fit-points"]').allInnerTexts()).join(',') === '3', 'the stored data are unchanged by refused files');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'a second file says what it would replace before Store (the first data come back with Ctrl+Z); the preview table scrolls inside a phone screen',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      await page.locator('[data-testid="release-csv-file"]').setInputFiles(resolve(FIXTURES, 'issue25-mean-sd-bom-crlf.csv'));
      await page.locator('[data-testid="release-csv-confirm"]').click();
      await page.locator('[data-testid="fit-table"]').first().waitFor();
      await page.locator('[data-testid="release-csv-file"]').setInputFiles(resolve(FIXTURES, 'issue25-mean-sd-bom-crlf.csv'));
      const note = await page.locator('[data-testid="csv-replaces"]').innerText();
      assert(/replaces the measured data already stored \(pH 7\.4, pH 5\.0: 24 points\)/.test(note), `replacement announced: ${note}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[data-testid="pane-results"]').click();
      assert(await page.locator('[data-testid="csv-preview-columns"]').isVisible(), 'the preview is on screen in the Results pane');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `no horizontal overflow on a phone with the preview open (${overflow} px)`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
