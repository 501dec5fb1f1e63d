// E2E from the user's side for typed numbers and undo (#25 items 2 and 5): comma decimals, ambiguous and unit-suffixed
// input, and one Ctrl+Z per whole field edit — typed key by key into the real Builder in Chromium.
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';
const overall = (page) => page.locator(OVERALL).innerText();
/** The overall score and the total loading, as shown (the loading moves with the feed even where the rounded score does not). */
const readout = async (page) => `${await overall(page)} | ${await page.locator('[data-explain="loading.totalLoadingPct"]').first().innerText()}`;
const field = (page, path) => page.locator(`input[data-path="${path}"]`).first();
const settled = async (page) => { await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))); };

/** Click into a field, select what is there and type `text` key by key, as a person does. */
async function typeInto(page, path, text) {
  const input = field(page, path);
  await input.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text, { delay: 15 });
  await settled(page);
}

async function open(browser, url) {
  const o = await openPage(browser, url);
  await o.page.waitForSelector(OVERALL, { timeout: 30000 });
  return o;
}

export const tests = [
  {
    name: 'Feed ratio: "0,4" is read as 0.4 (the same score as "0.4", not 4); "1,000" is refused with a message naming the field',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      const feed = 'payloads.0.feedMassRatio';
      await typeInto(page, feed, '4');
      const at4 = await readout(page);
      await typeInto(page, feed, '0.4');
      const atDot = await readout(page);
      assert(atDot !== at4, `0.4 and 4 score differently (${atDot} vs ${at4})`);
      await typeInto(page, feed, '0,4');
      assert((await field(page, feed).inputValue()) === '0,4', 'the field keeps what was typed');
      const atComma = await readout(page);
      assert(atComma === atDot, `"0,4" scores as 0.4: ${atComma} (0.4 gives ${atDot}, 4 gives ${at4})`);
      assert((await page.locator('[data-testid="input-error"]').count()) === 0, 'no message for a comma decimal');
      // …but it says what it read (walkthrough 8 #38: never a silent reading)
      const read = await page.locator('[data-testid="input-note"]').first().innerText();
      assert(/^read as 0\.4 mg\/mg\.$/.test(read), `the reading is said: ${read}`);
      // ambiguous: message naming the field, the score keeps the last value read
      await typeInto(page, feed, '1,000');
      const msg = page.locator('[data-testid="input-error"]').first();
      await msg.waitFor();
      const text = await msg.innerText();
      assert(/^Feed ratio: /.test(text) && /ambiguous/.test(text), `message names the field and the reason: ${text}`);
      assert(await field(page, feed).getAttribute('aria-invalid') === 'true', 'the field is marked invalid');
      assert((await overall(page)) !== '' && !(await field(page, feed).inputValue()).includes('1000'), 'the text is not rewritten to another number');
      await page.screenshot({ path: `${shots}/fields-ambiguous.png` });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'Core diameter: "80 nm" is 80; "0.08 µm" is refused naming the unit; a half-typed "0." is not a number',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const d = 'core.diameterNm';
      await typeInto(page, d, '80');
      // walk10 #15: Tab from the diameter goes to the next field, never to a payload's remove button
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
      assert(!/^Remove payload/.test(next), `Tab after the diameter lands on ${next}`);
      const at80 = await overall(page);
      await typeInto(page, d, '120');
      await typeInto(page, d, '80 nm');
      assert((await overall(page)) === at80, '"80 nm" scores as 80');
      await typeInto(page, d, '0.08 µm');
      const msg = await page.locator('[data-testid="input-error"]').first().innerText();
      // typed key by key, "0.08" was a number on the way: the message says what the results use, nothing is silent
      assert(/^Core diameter: .*unit here is nm.*the results use 0\.08 nm until you correct it/.test(msg), `names the field, the unit and the value in use: ${msg}`);
      // walk10 #5: a value the schema refuses (9000 > 5000 nm) is not "used as typed", and a unit typed over it does not
      // claim the results use 9000 nm (they keep the last valid version)
      await typeInto(page, d, '9000');
      const refused = await page.locator('[data-testid="input-error"], .field-error').allInnerTexts();
      assert(refused.some((t) => /5000/.test(t)), `the schema's refusal shows: ${refused.join(' | ')}`);
      const notes9000 = await page.locator('[data-testid="input-note"]').allInnerTexts();
      assert(!notes9000.some((t) => /used as typed/.test(t)), `no "used as typed" for a refused value: ${notes9000.join(' | ')}`);
      await field(page, d).fill('0.08 µm');
      await settled(page);
      const over = await page.locator('[data-testid="input-error"]').first().innerText();
      assert(/the results use the last valid version until you correct it/.test(over) && !/use 9000/.test(over), `over a refused value: ${over}`);
      // walkthrough 8 #38: a sub-nanometre core (0,4 meant as µm) is used as typed, with a note and the likely meaning
      await typeInto(page, d, '0,4');
      const note = await page.locator('[data-testid="input-note"]').first().innerText();
      assert(/read as 0\.4 nm\./.test(note) && /below the usual 1 nm/.test(note) && /did you mean 0\.4 µm \(400 nm\)\?/.test(note), `plausibility note: ${note}`);
      assert((await page.locator('[data-testid="input-error"]').count()) === 0, 'a note, not a refusal');
      await typeInto(page, d, '0.');
      await page.keyboard.press('Tab');
      const half = await page.locator('[data-testid="input-error"]').first().innerText();
      assert(/^Core diameter: .*no digits after the decimal mark/.test(half), `half-typed value named on leaving the field: ${half}`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'undo in whole edits: Core diameter 120 → type 80 → Ctrl+Z gives 120 (in the field and after leaving it); a typed name is undone at once',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const d = 'core.diameterNm';
      assert((await field(page, d).inputValue()) === '120', 'IZB@CCM starts at 120 nm');
      const s0 = await overall(page);
      // Ctrl+Z while still in the field
      await typeInto(page, d, '80');
      await page.waitForFunction((s) => document.querySelector('button.num.overall-value')?.textContent !== s, s0);
      const s80 = await overall(page);
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('input[data-path="core.diameterNm"]')?.value === '120');
      assert((await overall(page)) === s0, `one Ctrl+Z restores the score of 120 nm (${await overall(page)} vs ${s0})`);
      await page.keyboard.press('Control+Shift+z');
      await page.waitForFunction(() => document.querySelector('input[data-path="core.diameterNm"]')?.value === '80');
      assert((await overall(page)) === s80, 'redo gives 80 nm again, not 8');
      // Ctrl+Z after leaving the field (the edit ended on blur)
      await typeInto(page, d, '95');
      await page.keyboard.press('Tab');
      await page.locator('.brand h1').click();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('input[data-path="core.diameterNm"]')?.value === '80');
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('input[data-path="core.diameterNm"]')?.value === '120');
      // a name is not undone one character at a time
      const name = field(page, 'name');
      const before = await name.inputValue();
      await name.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' v2', { delay: 15 });
      await page.keyboard.press('Enter');
      assert((await name.inputValue()) === `${before} v2`, 'typed');
      await page.keyboard.press('Control+z');
      await page.waitForFunction((b) => document.querySelector('input[data-path="name"]')?.value === b, before);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'Copolymer (#27): only a micelle core shows the copolymer menu; Pluronic P123 can be chosen and the class default chosen back (valid, no page error)',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      assert((await page.locator('[data-testid="core-copolymer"]').count()) === 0, 'no copolymer menu for a non-micelle core');
      await page.locator('[data-testid="core-material"]').selectOption('polymeric-micelle');
      await page.waitForSelector('[data-testid="core-copolymer"]');
      await settled(page);
      await page.locator('[data-testid="core-copolymer"]').selectOption('pluronic-p123');
      await page.waitForFunction(() => document.querySelector('[data-testid="core-copolymer"]')?.value === 'pluronic-p123');
      await settled(page);
      await page.screenshot({ path: `${shots}/fields-copolymer.png` });
      await page.locator('[data-testid="core-copolymer"]').selectOption('');
      await settled(page);
      await page.waitForFunction(() => document.querySelector('[data-testid="core-copolymer"]')?.value === '');
      assert((await page.locator('.field.invalid [data-path="core.copolymer"]').count()) === 0, 'the class default is valid');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
