// E2E for the In vitro tab (issue #26): inputs are saved in the candidate (reload and a shared link give them back), charts with CSV download, a clonogenic CSV upload gives a calibration, a bad file a clear message, and axe finds no serious violation in the tab.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

async function openTab(page) {
  await page.waitForSelector(OVERALL, { timeout: 30000 });
  await page.getByRole('tab', { name: 'In vitro', exact: true }).click();
  await page.getByTestId('invitro-tab').waitFor({ timeout: 30000 });
}

async function setNumber(page, key, value) {
  const input = page.getByTestId(`invitro-${key}`);
  await input.fill(String(value));
  await input.press('Enter');
}

/** Apply the shown calibration; a fit flagged as implausible asks for the tick first (walk9 #10). */
async function applyCalibration(page) {
  const confirm = page.getByTestId('invitro-apply-confirm');
  if (await confirm.count()) await confirm.check();
  await page.getByTestId('invitro-apply-calibration').click();
}

export const tests = [
  {
    // walk11 #16/#17: the tester's CCK-8 sheet (OD450 triplicates with a `blank` row) through the real import UI
    name: 'walk11: a CCK-8 sheet with a blank row is read (blank subtracted, said); nothing is fitted or applied until the user says what the wells held; a particle header pre-selects the loaded carrier',
    timeout: 150_000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      const panel = page.getByTestId('invitro-viability-calibration');
      await panel.waitFor({ timeout: 30000 });
      const arm = page.getByTestId('invitro-viability-arm');
      assert((await arm.inputValue()) === '', `no silent default for what the wells held: "${await arm.inputValue()}"`);
      await page.getByTestId('invitro-viability-file').setInputFiles(join(process.cwd(), 'tests/fixtures/walk11/cck8.csv'));
      const understood = await page.getByTestId('invitro-viability-understood').innerText();
      assert(/blank \(background\) row at line 9: mean 0\.04533 of 3 wells, subtracted from every well/.test(understood), `the blank is subtracted and said: ${understood.slice(0, 400)}`);
      assert((await page.getByTestId('invitro-viability-error').count()) === 0, 'no "concentration blank is not a number"');
      await page.getByTestId('invitro-viability-choose-arm').waitFor();
      assert((await page.getByTestId('invitro-viability-apply').count()) === 0, 'no fit and no Apply before the choice');
      await page.getByTestId('invitro-viability-understood').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/walk11-cck8-choose.png`, fullPage: false });
      await arm.selectOption('loaded-carrier');
      const fit = await page.getByTestId('invitro-viability-fit').innerText();
      assert(/µg\/mL/.test(fit), `a particle IC50 in µg/mL: ${fit}`);
      assert(/loaded-carrier/.test(await page.getByTestId('invitro-viability-apply').innerText()), 'Apply names the loaded carrier');
      await page.getByTestId('invitro-viability-fit-chart').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/walk11-cck8-loaded-carrier.png`, fullPage: false });
      // a header that says particles pre-selects the loaded carrier in a fresh page, and says why
      await context.close();
      const second = await openPage(browser, url);
      await openTab(second.page);
      const dir = mkdtempSync(join(tmpdir(), 'walk11-np-'));
      const npFile = join(dir, 'cck8-np.csv');
      writeFileSync(npFile, readFileSync(join(process.cwd(), 'tests/fixtures/walk11/cck8.csv'), 'utf8').replace('Conc (ug/mL)', 'Conc (ug/mL particles)'));
      await second.page.getByTestId('invitro-viability-file').setInputFiles(npFile);
      assert((await second.page.getByTestId('invitro-viability-arm').inputValue()) === 'loaded-carrier', 'pre-selected from the header');
      assert(/pre-selected because the header says “particles”/.test(await second.page.getByTestId('invitro-viability-arm-why').innerText()), 'the reason is said');
      assert(errors.length === 0 && second.errors.length === 0, `page errors: ${[...errors, ...second.errors].join(' | ')}`);
      await second.context.close();
    },
  },
  {
    name: 'In vitro tab: inputs saved in the candidate survive a reload and travel in a link; charts, SER, viability not ≈ 0; CSV download',
    timeout: 150_000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      await page.getByTestId('invitro-delivered-chart').locator('svg').first().waitFor({ timeout: 30000 });
      assert((await page.getByTestId('invitro-clonogenic-chart').count()) === 1, 'clonogenic chart shown');
      const viab = await page.getByTestId('invitro-viability').innerText();
      assert(parseFloat(viab) > 50, `viability at the defaults is not ≈ 0: ${viab}`);
      await page.getByTestId('invitro-cellLine').selectOption('siha');
      await setNumber(page, 'concentrationUgPerMl', 120);
      await setNumber(page, 'incubationH', 6);
      await setNumber(page, 'measuredPgPerCell', 3);
      await page.getByTestId('invitro-measuredElement').selectOption('Zn');
      await page.getByTestId('invitro-setting').check();
      await page.waitForTimeout(600);
      const uptake = await page.getByTestId('invitro-uptake').innerText();
      assert(/Zn 3\.00 pg/.test(uptake), `measured Zn uptake shown: ${uptake}`);
      // CSV download of a figure
      const group = page.getByRole('group', { name: 'Download invitro-delivered' });
      const [dl] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'CSV' }).click()]);
      const [svgDl] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'SVG' }).click()]);
      assert(readFileSync(await svgDl.path(), 'utf8').includes('<svg'), 'SVG download is an SVG');
      const csv = readFileSync(await dl.path(), 'utf8');
      assert(/^time \(h\),delivered \(1\)/.test(csv.replace(/^\uFEFF/, '')), `CSV header: ${csv.slice(0, 60)}`);
      assert(csv.trim().split(/\r?\n/).length > 10, 'CSV has the curve');
      // reload: the same inputs
      await page.waitForTimeout(1200); // autosave
      await page.reload();
      await openTab(page);
      const same = async (p) => {
        assert((await p.getByTestId('invitro-cellLine').inputValue()) === 'siha', 'cell line kept');
        assert((await p.getByTestId('invitro-concentrationUgPerMl').inputValue()) === '120', 'concentration kept');
        assert((await p.getByTestId('invitro-incubationH').inputValue()) === '6', 'incubation kept');
        assert((await p.getByTestId('invitro-measuredPgPerCell').inputValue()) === '3', 'measured uptake kept');
        assert((await p.getByTestId('invitro-measuredElement').inputValue()) === 'Zn', 'measured element kept');
        assert(await p.getByTestId('invitro-setting').isChecked(), 'setting kept');
      };
      await same(page);
      // a workspace link opened in a fresh context gives the same inputs
      await page.getByRole('button', { name: /^Copy link: workspace/ }).first().click();
      const field = page.locator('[data-testid=share-link-field]').first();
      await field.waitFor({ timeout: 5000 });
      const link = await field.inputValue();
      assert(link.includes('#w='), `a workspace link: ${link.slice(0, 40)}`);
      const b = await openPage(browser, url + link.slice(link.indexOf('#')));
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('[data-testid="link-open"]').click();
      await openTab(b.page);
      await same(b.page);
      await b.context.close();
      const res = await new AxeBuilder({ page }).include('[data-testid="invitro-tab"]').analyze();
      const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert(bad.length === 0, `axe in the In vitro tab: ${bad.join('; ')}`);
      await page.screenshot({ path: `${shots}/invitro-tab.png`, fullPage: true });
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
  {
    name: 'In vitro tab: clonogenic CSV upload → calibration shown and applied; a bad file gets a message naming file, line and reason',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      const dir = mkdtempSync(join(tmpdir(), 'invitro-'));
      const doses = [0, 1, 2, 4, 6, 8];
      const lq = (a, b) => doses.map((D) => `${D},${Math.exp(-a * D - b * D * D).toFixed(6)}`).join('\n');
      writeFileSync(join(dir, 'control.csv'), `dose (Gy),SF\n${lq(0.3, 0.04)}\n`);
      writeFileSync(join(dir, 'treated.csv'), `dose (Gy),SF\n${lq(0.45, 0.04)}\n`);
      writeFileSync(join(dir, 'bad.csv'), 'dose,SF\n0,1\n2,abc\n4,0.2\n');
      await page.getByTestId('invitro-control-file').setInputFiles(join(dir, 'bad.csv'));
      const msg = await page.getByTestId('invitro-csv-error').first().innerText();
      assert(/bad\.csv/.test(msg) && /line 3/.test(msg), `bad file message names file and line: ${msg}`);
      await page.getByTestId('invitro-control-file').setInputFiles(join(dir, 'control.csv'));
      await page.getByTestId('invitro-treated-file').setInputFiles(join(dir, 'treated.csv'));
      const result = page.getByTestId('invitro-calibration-result');
      await result.waitFor({ timeout: 15000 });
      const text = await result.innerText();
      assert(/α 0\.300 Gy⁻¹/.test(text), `control α recovered: ${text}`);
      assert(/fitted LEF/.test(text), 'fitted LEF shown');
      // what Apply changes, before it: the control's α, β, every SER, no fitted strength
      const readouts = async () => ({
        lq: await page.getByTestId('invitro-control-lq').innerText(),
        ser: await Promise.all(['sfRatioAt2Gy', 'doseRatioAtSf10', 'doseRatioAtSf50'].map((k) => page.getByTestId(`invitro-ser-${k}`).innerText())),
        provenance: await page.getByTestId('invitro-strength-provenance').count(),
      });
      const before = await readouts();
      assert(before.provenance === 0, 'no fitted strength before Apply');
      await applyCalibration(page);
      await page.getByText(/Applied: the plate’s control is your fitted control/).waitFor({ timeout: 10000 });
      // #26 item 3: the fitted strengths say where they come from (files, SE, date), in this tab and in the parameter tables
      const prov = page.getByTestId('invitro-strength-provenance');
      await prov.waitFor({ timeout: 10000 });
      const pt = await prov.innerText();
      assert(/fitted to your data/.test(pt) && /control “control\.csv” \(n = 6\), treated “treated\.csv” \(n = 6\)/.test(pt) && /± [0-9.e-]+ \(SE\); \d{4}-\d\d-\d\d/.test(pt), `provenance of the fitted strength: ${pt}`);
      const after = await readouts();
      assert(after.lq !== before.lq && after.ser.join() !== before.ser.join(), `Apply moved the plate: ${before.ser} → ${after.ser}`);
      await page.locator('details.params summary').click();
      const row = page.locator('[data-testid="param-row"][data-param="localEffect.s105kVp"]');
      await row.waitFor({ timeout: 15000 });
      const rt = await row.innerText();
      assert(/fitted to your data/.test(rt) && /treated\.csv/.test(rt), `parameter table row says fitted to your data with the record: ${rt.slice(0, 300)}`);
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/invitro-param-fitted.png` });
      await page.screenshot({ path: `${shots}/invitro-calibration.png`, fullPage: true });
      // #26 item 2: Apply is one undo step — one Ctrl+Z restores the control, every SER and the strength
      await page.locator('details.params summary').click();
      await page.locator('.brand h1').click();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => !document.querySelector('[data-testid="invitro-strength-provenance"]'), null, { timeout: 10000 });
      await page.waitForTimeout(300);
      const undone = await readouts();
      assert(JSON.stringify(undone) === JSON.stringify(before), `one undo restores everything: ${JSON.stringify(undone)} vs ${JSON.stringify(before)}`);
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
  {
    name: 'In vitro tab (walkthrough 7): one lab file with both arms and SDs → Apply → the model runs through the data it was fitted on; every readout explains itself; docs link; viability ticks in µg/mL',
    timeout: 150_000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      // item 8: the readouts open explanations (equation, inputs, sources) in the drawer
      const tab = page.getByTestId('invitro-tab');
      const explainable = await tab.locator('button.num[aria-label$="Explain"]').count();
      assert(explainable >= 10, `readouts with Explain: ${explainable}`);
      await page.getByTestId('invitro-uptake').locator('button.num').first().click();
      const drawer = page.getByTestId('explain-drawer');
      await drawer.waitFor({ timeout: 10000 });
      await drawer.getByText('Parameters and sources').first().waitFor({ timeout: 15000 }); // the body is a lazy chunk
      const dt = await drawer.innerText();
      assert(/In vitro: uptake per cell/.test(dt) && /Parameters and sources/.test(dt) && /Chithrani/.test(dt), `uptake explanation with sources: ${dt.slice(0, 300)}`);
      await page.getByTestId('invitro-ser-doseRatioAtSf10').click();
      await drawer.getByText(/clonogenic survival and SER/).first().waitFor({ timeout: 10000 });
      const st = await drawer.innerText();
      assert(/clonogenic survival and SER/.test(st) && /the cell line’s radiation response/.test(st) && /α/.test(st), `SER explanation names the cell line's LQ: ${st.slice(0, 300)}`);
      await page.getByRole('button', { name: 'Close explanation' }).click();
      // the docs link is a link that works
      const href = await page.getByTestId('invitro-docs-link').getAttribute('href');
      const doc = await page.evaluate(async (h) => { const r = await fetch(h); return { ok: r.ok, text: (await r.text()).slice(0, 200) }; }, href);
      assert(doc.ok && /^# /.test(doc.text), `docs link ${href} serves the page: ${doc.text.slice(0, 60)}`);
      assert(!/CLI’s/.test(await tab.innerText()), 'no "the CLI’s score" jargon');
      // item 20: viability axis ticks are decimals in µg/mL, not SI prefixes
      const ticks = await page.getByTestId('invitro-viability-chart').locator('svg [aria-label="x-axis tick label"] text').allTextContents();
      assert(ticks.length > 0 && !ticks.some((t) => /[mµk]$/.test(t.trim())), `viability ticks: ${ticks.join(' ')}`);
      // items 7 + 3: the walkthrough's one-file export (dose, SF control, SD, SF treated, SD)
      const file = new URL('../fixtures/clonogenic/clonogenic.csv', import.meta.url).pathname;
      await page.getByTestId('invitro-treated-file').setInputFiles(file);
      const said = await page.getByTestId('invitro-csv-understood').first().innerText();
      assert(/both arms/.test(said) && /control = "SF control"/.test(said) && /from "SF control SD"/.test(said), `what was read: ${said}`);
      const result = page.getByTestId('invitro-calibration-result');
      await result.waitFor({ timeout: 15000 });
      assert(/weighted by your SDs/.test(await result.innerText()), 'SDs used as weights');
      // walkthrough 8: the charts have titles; your SDs are drawn as error bars; the SER definitions are named as in the table
      assert((await tab.locator('h4.chart-title').count()) >= 3, 'chart titles');
      assert(/± your SD/.test(await page.getByTestId('invitro-clonogenic-chart').getAttribute('aria-label') ?? (await page.getByTestId('invitro-clonogenic-chart').innerHTML())), 'error bars announced');
      assert(/SF ratio at 2 Gy/.test(await result.innerText()), 'calibration block names the SER definitions');
      await page.getByTestId('invitro-clonogenic-chart').screenshot({ path: `${shots}/invitro-clono-before-apply.png` });
      await applyCalibration(page);
      await page.getByText(/Applied: the plate’s control/).waitFor({ timeout: 10000 });
      // walk9 #7: how far the in-vivo prediction moved is said beside the Apply
      const moved = await page.getByTestId('invitro-invivo-moved').innerText();
      assert(/In vivo .*SER [\d.]+ → [\d.]+, overall score [\d.]+ → [\d.]+/.test(moved), `the in-vivo move is said: ${moved}`);
      await page.waitForTimeout(800);
      const lq = await page.getByTestId('invitro-control-lq').innerText();
      assert(/0\.250 Gy⁻¹/.test(lq) && /fitted to your data/.test(await tab.innerText()), `control α is the fit: ${lq}`);
      const ser2 = parseFloat(await page.getByTestId('invitro-ser-sfRatioAt2Gy').innerText());
      const measured = 0.5379 / 0.4493; // the file's 2 Gy points
      assert(Math.abs(ser2 / measured - 1) < 0.05, `SER at 2 Gy after Apply ${ser2} vs the data's ${measured.toFixed(3)}`);
      await page.getByTestId('invitro-clonogenic-chart').screenshot({ path: `${shots}/invitro-clono-after-apply.png` });
      // walk10 #6: the Outcome tab says its candidate numbers use the strength fitted to your data
      await page.getByRole('tab', { name: 'Outcome', exact: true }).click();
      const yours = page.getByTestId('outcome-your-calibrations');
      await yours.waitFor({ timeout: 60000 });
      assert(/Fitted to your data:.*local-effect strength/.test(await yours.innerText()), `Outcome names the calibration: ${await yours.innerText()}`);
      await page.getByRole('tab', { name: 'In vitro', exact: true }).click();
      await tab.waitFor({ timeout: 30000 });
      // both files' errors are shown
      const dir = mkdtempSync(join(tmpdir(), 'invitro-'));
      writeFileSync(join(dir, 'c.csv'), 'dose,SF\n0,1\n2,abc\n4,0.2\n');
      writeFileSync(join(dir, 't.csv'), 'dose,SF\n0,1\n2,1.5\n4,0.2\n');
      await page.getByTestId('invitro-control-file').setInputFiles(join(dir, 'c.csv'));
      await page.getByTestId('invitro-treated-file').setInputFiles(join(dir, 't.csv'));
      await page.waitForTimeout(300);
      const errs = await page.getByTestId('invitro-csv-error').allInnerTexts();
      assert(errs.some((e) => /c\.csv/.test(e)) && errs.some((e) => /t\.csv/.test(e)), `both errors shown: ${errs.join(' | ')}`);
      await page.screenshot({ path: `${shots}/invitro-walk7.png`, fullPage: true });
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
  {
    name: 'In vitro tab on a phone (walk9): a lab sheet with replicates + Mean + SD per arm, BOM, semicolons, decimal commas and ;;;; rows is read as both arms; every value beside its label is on screen at 390 px',
    timeout: 150000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
      await page.waitForSelector('[data-testid="pane-results"]', { timeout: 30000 });
      await page.locator('[data-testid="pane-results"]').click();
      await page.getByRole('tab', { name: 'In vitro', exact: true }).click();
      const tab = page.getByTestId('invitro-tab');
      await tab.waitFor({ timeout: 30000 });
      await page.getByTestId('invitro-control-file').setInputFiles('tests/fixtures/clonogenic/lab-both-arms-replicates-mean-sd.csv');
      const result = page.getByTestId('invitro-calibration-result');
      await result.waitFor({ timeout: 30000 });
      const said = await tab.innerText();
      assert(/both arms/.test(said) && /Control Mean/.test(said) && /set aside/.test(said), `read as both arms from the sheet's Means: ${said.slice(0, 400)}`);
      assert((await page.getByTestId('invitro-csv-error').count()) === 0, 'no refusal');
      // every value of the label/value lists is inside the 390 px viewport and not hidden
      const off = await tab.locator('dl.kv dd').evaluateAll((dds) => dds.filter((d) => { const r = d.getBoundingClientRect(); return r.width > 0 && (r.right > 391 || r.left < -1); }).map((d) => d.textContent.slice(0, 40)));
      assert(off.length === 0, `values on screen: ${off.join(' | ')}`);
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(sw <= 391, `no horizontal overflow (${sw})`);
      await page.screenshot({ path: `${shots}/invitro-phone.png`, fullPage: true });
      // walk9 #32: an explanation opened on a phone stays inside the screen, its close button reachable
      await page.getByTestId('invitro-ser-doseRatioAtSf10').click();
      const drawer = page.getByTestId('explain-drawer');
      await drawer.waitFor({ timeout: 10000 });
      const box = await drawer.boundingBox();
      assert(box && box.x >= 0 && box.x + box.width <= 391, `the explanation fits the screen: ${JSON.stringify(box)}`);
      const close = await page.getByRole('button', { name: 'Close explanation' }).boundingBox();
      assert(close && close.x + close.width <= 391, `its close button is on screen: ${JSON.stringify(close)}`);
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
  {
    name: 'In vitro tab: a CCK-8 file (semicolons, decimal comma, BOM, replicates + Mean/SD) → drug-alone fit with SE, points over the bench’s curve, Apply moves the viability prediction; nothing wider than a 390 px phone',
    timeout: 150_000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      const panel = page.getByTestId('invitro-viability-calibration');
      await panel.waitFor({ timeout: 30000 });
      const before = await page.getByTestId('invitro-viability').innerText();
      // hand-written Hill data: IC50 2 µM, h 1.2, % of control, three replicates ± 2 %, the sheet's own Mean and SD
      const hill = (c) => 100 / (1 + (c / 2) ** 1.2);
      const rows = [0, 0.1, 0.3, 1, 3, 10, 30].map((c) => {
        const v = hill(c);
        const reps = [v * 0.98, v * 1.02, v];
        return [c, ...reps, v, Math.max(1, v * 0.02)].map((x) => String(+x.toFixed(2)).replace('.', ',')).join(';');
      });
      const dir = mkdtempSync(join(tmpdir(), 'invitro-viab-'));
      const file = join(dir, 'cck8.csv');
      writeFileSync(file, `\ufeffConc (µM);Rep 1;Rep 2;Rep 3;Mean;SD\r\n${rows.join('\r\n')}\r\n`);
      await page.getByTestId('invitro-viability-arm').selectOption('drug-alone');
      await page.getByTestId('invitro-viability-file').setInputFiles(file);
      const understood = await page.getByTestId('invitro-viability-understood').innerText();
      assert(/decimal comma/.test(understood) && /set aside/.test(understood), `what was read is said: ${understood.slice(0, 300)}`);
      const fit = await page.getByTestId('invitro-viability-fit').innerText();
      const ic50 = parseFloat(fit);
      assert(Math.abs(ic50 - 2) / 2 < 0.05, `IC50 ≈ 2 µM: ${fit}`);
      assert(/±/.test(fit), `with SE: ${fit}`);
      const chart = page.getByTestId('invitro-viability-fit-chart');
      await chart.locator('svg').first().waitFor({ timeout: 10000 });
      const dots = await chart.locator('svg circle').count();
      assert(dots >= 6, `your points are drawn over the curve (${dots} dots)`);
      await page.getByTestId('invitro-viability-apply').click();
      await page.getByTestId('invitro-viability-applied').waitFor({ timeout: 10000 });
      await page.waitForTimeout(600);
      const after = await page.getByTestId('invitro-viability').innerText();
      assert(parseFloat(after) !== parseFloat(before), `the viability prediction moved: ${before} → ${after}`);
      const prov = await page.getByTestId('invitro-viability-provenance').innerText();
      assert(/fitted to your data/.test(prov) && /cck8\.csv/.test(prov), `provenance shown: ${prov.slice(0, 200)}`);
      await page.screenshot({ path: `${shots}/invitro-viability.png`, fullPage: true });
      // one undo step restores the catalog IC50
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(600);
      assert((await page.getByTestId('invitro-viability').innerText()) === before, 'Ctrl+Z restores the prediction');
      // #26 item 3: a viability assay longer than the incubation integrates more released drug (empty = the incubation)
      await setNumber(page, 'assayH', 96);
      await page.waitForTimeout(600);
      const longer = await page.getByTestId('invitro-viability').innerText();
      assert(parseFloat(longer) < parseFloat(before), `a 96 h assay lowers the predicted viability: ${before} → ${longer}`);
      assert(/96 h/.test(await panel.innerText()), 'the viability panel names the assay hours');
      // a phone: nothing wider than the screen with the panel open
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      const results = page.locator('[data-testid="pane-results"]');
      if (await results.count()) await results.click();
      await panel.scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: `${shots}/invitro-viability-390.png`, fullPage: true });
      const wide = overflow > 1 ? await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => !e.closest('.tabs') && e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some((k) => k.getBoundingClientRect().right > window.innerWidth + 1)).slice(0, 6).map((e) => `${e.tagName.toLowerCase()}[${e.getAttribute('data-testid') ?? ''}].${e.className} "${(e.textContent ?? '').slice(0, 30)}": ${Math.round(e.getBoundingClientRect().right)}`).join('; ')) : '';
      assert(overflow <= 1, `no horizontal overflow at 390 px with the viability panel (${overflow} px): ${wide}`);
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
  {
    name: 'In vitro tab (walk9 #9/#10/#22/#23/#24/#25/#38): the plate’s beam is shown and chosen; 0 h says so; the chart key names your data and fit; a flagged fit asks before Apply and keeps its flag after; the strengths are named by beam',
    timeout: 150_000,
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await openTab(page);
      // #25: the scenario switch reads as one (in vivo / in vitro), not a tick
      const sw = await page.getByTestId('invitro-scenario').innerText();
      assert(/Scenario of this candidate/.test(sw) && /in vivo/.test(sw) && /in vitro/.test(sw), `scenario switch: ${sw}`);
      assert(await page.getByTestId('invivo-setting').isChecked(), 'in vivo by default');
      // #24: the beam is on screen, named as in the Builder, and the calibration text names the same beam
      const beam = page.getByTestId('invitro-beam');
      assert((await beam.locator('option:checked').innerText()) === 'as the scenario: 225 kVp X-ray tube', `beam shown: ${await beam.locator('option:checked').innerText()}`);
      assert(/the beam: 225 kVp X-ray tube/.test(await page.getByTestId('invitro-calibration').innerText()), 'calibration text names the beam as the control does');
      // #38: the drug-alone curve's drug amount is said
      const axis = await page.getByTestId('invitro-viability-drug-axis').innerText();
      assert(/wt % of the particle/.test(axis) && /µg\/mL of particles ↔ [\d.]+ µg\/mL of IN10018/.test(axis), `drug amount of the drug-alone curve: ${axis}`);
      assert(!/time-equivalent/.test(await page.getByTestId('invitro-viability').innerText()), 'no "µM × time-equivalent" readout');
      // #22: 0 h is said, naming the field
      await setNumber(page, 'incubationH', 0);
      const zero = await page.getByTestId('invitro-zero-note').innerText();
      assert(/Incubation \(h\) is 0/.test(zero), `0 h note: ${zero}`);
      await setNumber(page, 'incubationH', 24);
      await page.getByTestId('invitro-zero-note').waitFor({ state: 'detached', timeout: 5000 });
      // #9/#10: a treated arm far beyond the model's local effect → flagged; Apply waits for the tick
      const dir = mkdtempSync(join(tmpdir(), 'invitro-flag-'));
      const doses = [0, 1, 2, 4, 6, 8];
      const lq = (a, b) => doses.map((D) => `${D},${Math.exp(-a * D - b * D * D).toFixed(6)}`).join('\n');
      writeFileSync(join(dir, 'control.csv'), `dose (Gy),SF\n${lq(0.3, 0.04)}\n`);
      writeFileSync(join(dir, 'treated.csv'), `dose (Gy),SF\n${lq(0.9, 0.04)}\n`);
      await page.getByTestId('invitro-control-file').setInputFiles(join(dir, 'control.csv'));
      await page.getByTestId('invitro-treated-file').setInputFiles(join(dir, 'treated.csv'));
      const result = page.getByTestId('invitro-calibration-result');
      await result.waitFor({ timeout: 15000 });
      // #23: the chart's key names the model, your data and your fit
      const key = await page.getByTestId('invitro-clono-key').innerText();
      assert(/the model/.test(key) && /your data/.test(key) && /your fit \(dashed\)/.test(key), `clonogenic key: ${key}`);
      assert(/the fit asks for [\d.]+ ×/.test(await result.innerText()), 'the fit is flagged');
      const apply = page.getByTestId('invitro-apply-calibration');
      assert(await apply.isDisabled(), 'a flagged fit is not applied with one click');
      await page.getByTestId('invitro-apply-confirm').check();
      assert(await apply.isEnabled(), 'the tick enables Apply');
      await apply.click();
      await page.getByText(/Applied: the plate’s control/).waitFor({ timeout: 10000 });
      await page.waitForTimeout(500);
      // after Apply: the flag stays, the strength is named by beam (no "s220kVp"), × the catalog's, and flagged for whoever comes back
      assert(/the fit asks for [\d.]+ ×/.test(await result.innerText()), 'the flag stays after Apply');
      assert((await page.getByTestId('invitro-apply-calibration').count()) === 0, 'no second Apply of the same fit');
      const prov = await page.getByTestId('invitro-strength-provenance').innerText();
      assert(/105 kVp [\d.]+, 220 kVp [\d.]+, 6 MV [\d.]+ — × [\d.]+ the catalog’s/.test(prov) && !/s220kVp/.test(prov), `strengths named by beam: ${prov}`);
      assert(/× [\d.]+ the catalog’s/.test(await page.getByTestId('invitro-strength-flag').innerText()), 'stored flagged strength said');
      await page.screenshot({ path: `${shots}/invitro-flagged-applied.png`, fullPage: true });
      // #24: another beam for the plate; the in-vivo scenario keeps its own
      await beam.selectOption('6MV');
      await page.waitForTimeout(500);
      assert(/the beam: 6 MV linac/.test(await page.getByTestId('invitro-calibration').innerText()), 'the chosen beam is used');
      assert(errors.length === 0, `no page errors: ${errors.join('; ')}`);
      await context.close();
    },
  },
];
