// Learning mode end to end in Chromium: the tour runs through all seven steps, each showing its caption and the scores
/* global document -- page.evaluate bodies run in the browser */
// strip; the what-if steps show the model's reasoning; glossary terms open and close (Escape); no page errors; screenshots.
import { openPage, assert } from './harness.mjs';

/** Open the app and reveal the tour (mounted by the app shell under a "Learn" tab/button; a page may also show it directly). */
export async function openTour(browser, url) {
  const o = await openPage(browser, url);
  const { page } = o;
  await page.waitForLoadState('networkidle');
  const tour = page.locator('[data-testid="tour"]');
  if (!(await tour.count())) {
    const opener = page.getByRole('tab', { name: /learn|tour/i }).or(page.getByRole('button', { name: /learn|tour/i })).first();
    assert(await opener.count(), 'the app has a "Learn" tab or button that opens the tour');
    await opener.click();
  }
  await tour.waitFor({ timeout: 15000 });
  return o;
}

const STEP_IDS = ['core', 'bismuth', 'in10018', 'tumour-membrane', 'caf-membrane', 'what-if-no-membrane', 'what-if-6mv'];

export const tests = [
  {
    name: 'tour: seven steps, each with caption, sources and scores; what-ifs reason; no page errors',
    run: async ({ browser, url, shots }) => {
      const { context, page, errors } = await openTour(browser, url);
      try {
        const tour = page.locator('[data-testid="tour"]');
        const seen = [];
        for (let i = 0; i < STEP_IDS.length; i++) {
          await page.waitForFunction((id) => document.querySelector('[data-testid="tour"]')?.getAttribute('data-step') === id, STEP_IDS[i]);
          seen.push(await tour.getAttribute('data-step'));
          const title = await page.locator('[data-testid="tour-title"]').innerText();
          assert(title.includes(`Step ${i + 1} of 7`), `step ${i + 1} title: ${title}`);
          const caption = await page.locator('[data-testid="tour-caption"]').innerText();
          assert(caption.length > 80, `step ${i + 1} has a caption`);
          assert((await tour.locator('blockquote cite').count()) > 0, `step ${i + 1} cites its source`);
          const strip = page.locator('[data-testid="tour-scores"]');
          await strip.waitFor();
          const cells = await strip.locator('dd').allInnerTexts();
          assert(cells.length >= 10, `step ${i + 1}: scores strip has ${cells.length} values`);
          assert(cells.every((t) => !/NaN|Infinity/.test(t)), `step ${i + 1}: no NaN in the strip`);
          if (i >= 5) {
            const why = await page.locator('[data-testid="tour-reasoning"]').innerText();
            assert(/rises from|falls from|stays at/.test(why), `step ${i + 1} shows the model's reasoning`);
          }
          // the 3D view (or its 2D fallback) appears for every step
          await page.waitForFunction(() => !!document.querySelector('[data-testid="tour"] canvas, [data-testid="tour"] svg'), null, { timeout: 20000 });
          // walkthrough 7 item 21: the sources are quoted, never the app's own model text
          const quotes = await tour.locator('.tour-why blockquote').allInnerTexts();
          assert(quotes.length > 0 && quotes.every((q) => !/This app’s model/.test(q)), `step ${i + 1} quotes sources only: ${quotes.join(' | ').slice(0, 200)}`);
          // item 14: in the tour the assembly step starts its own exploded view, and the release view is there for steps with a payload
          const hint = await tour.getByTestId('assembly-hint').innerText();
          assert((await tour.getByRole('button', { name: 'Next assembly step' }).isEnabled()) || /all parts shown/.test(hint), `step ${i + 1}: Assembly step ▸ enabled or says why not (${hint})`);
          if (i >= 1) assert(await tour.getByRole('checkbox', { name: /Release view/ }).isEnabled(), `step ${i + 1}: Release view enabled in the tour`);
          if (i === 0 || i === 4 || i === 6) await page.screenshot({ path: `${shots}/learn-step-${i + 1}.png`, fullPage: false });
          if (i < STEP_IDS.length - 1) await page.locator('[data-testid="tour-next"]').click();
        }
        assert(seen.join() === STEP_IDS.join(), `steps in order: ${seen.join()}`);
        assert(await page.locator('[data-testid="tour-next"]').isDisabled(), 'Next is disabled on the last step');
        const strip6mv = await page.locator('[data-testid="tour-scores"] [data-key="def"] dd').innerText();
        assert(/→/.test(strip6mv), `6 MV step shows the DEF change (${strip6mv})`);
        assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'glossary term: button with aria-expanded opens a definition; Escape closes and returns focus',
    run: async ({ browser, url }) => {
      const { context, page, errors } = await openTour(browser, url);
      try {
        const term = page.locator('[data-testid="tour-caption"] .term-button').first();
        await term.waitFor();
        assert((await term.getAttribute('aria-expanded')) === 'false', 'closed at first');
        await term.click();
        assert((await term.getAttribute('aria-expanded')) === 'true', 'aria-expanded after click');
        const pop = page.locator(`#${(await term.getAttribute('aria-controls')).replace(/:/g, '\\:')}`);
        await pop.waitFor();
        assert((await pop.innerText()).length > 30, 'definition shown');
        await page.keyboard.press('Escape');
        await pop.waitFor({ state: 'detached' });
        assert((await term.getAttribute('aria-expanded')) === 'false', 'Escape closes');
        assert(await term.evaluate((el) => el === document.activeElement), 'focus returns to the term');
        // the glossary lists the required terms
        await page.getByRole('button', { name: 'Glossary' }).click();
        const text = await page.locator('#tour-glossary').innerText();
        for (const t of ['CAF', 'FAK', 'EPR', 'ZIF-8', 'OER', 'LQ', 'DEF', 'SER', 'EQD2', 'desirability']) assert(text.includes(t), `glossary has ${t}`);
        assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      } finally {
        await context.close();
      }
    },
  },
];
