// E2E for #25 items 9, 10 and 12, from the user's side: a first visit that orients (welcome, Learn one click away), Compare
// marks ranks the uncertainty bands do not separate, and on a phone results and 3D are one tap from the builder.
import { assert, openPage } from './harness.mjs';

const OVERALL = 'button.num.overall-value';

export const tests = [
  {
    name: 'first visit: a welcome with three paths; dismissed it stays dismissed; Learn is one click from the top',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      const welcome = page.locator('[data-testid="welcome"]');
      assert(await welcome.isVisible(), 'welcome shown on a first visit');
      for (const label of ['Design a candidate', 'Learn how IZB@CCM works', 'Open']) assert(await welcome.getByRole('button', { name: label, exact: true }).isVisible(), `path "${label}"`);
      await page.screenshot({ path: `${shots}/welcome.png` });
      // a pasted text that is not a link gets a message, nothing else happens
      await page.locator('#welcome-link').fill('https://example.org/nothing-here');
      await welcome.getByRole('button', { name: 'Open', exact: true }).click();
      assert((await welcome.locator('[role="alert"]').innerText()).includes('#f='), 'not-a-link message names what a link contains');
      await welcome.getByRole('button', { name: 'Learn how IZB@CCM works' }).click();
      assert((await page.getByRole('tab', { name: 'Learn', exact: true }).getAttribute('aria-selected')) === 'true', 'Learn tab opened');
      assert(!(await welcome.isVisible()), 'welcome closed');
      await page.reload();
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      assert((await page.locator('[data-testid="welcome"]').count()) === 0, 'welcome remembered as dismissed after reload');
      await page.getByRole('tab', { name: 'Overview', exact: true }).click();
      await page.getByRole('button', { name: 'Learn how it works' }).click();
      assert((await page.getByRole('tab', { name: 'Learn', exact: true }).getAttribute('aria-selected')) === 'true', 'Learn one click from the top bar');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'Compare: uncertainty bands per candidate, and ranks the bands do not separate are marked',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.locator('[data-testid="preset-menu"]').selectOption('izb-bare');
      await page.locator('[data-testid="preset-menu"]').selectOption('doxil');
      await page.getByRole('tab', { name: 'Compare', exact: true }).click();
      await page.locator('[data-testid="compare-bands-run"]').click();
      await page.waitForSelector('[data-testid="compare-separation"]', { timeout: 60000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="compare-bands-run"]')?.textContent?.includes('up to date'), null, { timeout: 60000 });
      const rows = page.locator('[data-testid="compare-row"]');
      assert((await rows.count()) === 3, 'three candidates');
      for (let i = 0; i < 3; i++) {
        const t = await rows.nth(i).innerText();
        assert(/\(\d+(\.\d)?–\d+(\.\d)?\)/.test(t), `row ${i} shows a 5–95 % band: ${t.slice(0, 120)}`);
      }
      const summary = await page.locator('[data-testid="compare-separation"]').innerText();
      const ties = await page.locator('[data-testid="rank-tie"]').count();
      assert(/Not separated/.test(summary) === ties > 0, `summary and tie marks agree (${ties} marks): ${summary}`);
      await page.screenshot({ path: `${shots}/compare-bands.png` });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'phone 390×844: results and 3D one tap from the builder, the first score in view, nothing wider than the screen',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
      await page.waitForSelector('[data-testid="pane-results"]', { timeout: 30000 });
      assert(await page.locator('.builder').isVisible(), 'the builder is shown first');
      await page.locator('[data-testid="pane-results"]').click();
      const overall = page.locator(OVERALL);
      await overall.waitFor({ state: 'visible' });
      const box = await overall.boundingBox();
      assert(box && box.y < 844, `first score within the first screen after one tap (y = ${box?.y})`);
      assert(!(await page.locator('.builder').isVisible()), 'builder hidden while results are shown');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `no horizontal overflow (${overflow} px)`);
      await page.screenshot({ path: `${shots}/phone-results.png` });
      await page.locator('[data-testid="pane-3d"]').click();
      assert(await page.locator('.viewer').isVisible(), '3D panel one tap away');
      await page.locator('[data-testid="pane-design"]').click();
      assert(await page.locator('.builder').isVisible(), 'back to the builder');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'release view: IZB@CCM shows its acid release in 3D; pH and time move it (more released at pH 5.0 than 7.4)',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      const viewer = page.locator('[data-testid="particle-viewer"]');
      await page.locator('[data-testid="release-controls"]').waitFor({ timeout: 20000 });
      const box = viewer.getByRole('checkbox', { name: /Release view/ });
      assert(!(await box.isDisabled()), 'Release view can be switched on for IZB@CCM');
      const pct = async () => {
        const t = await page.locator('[data-testid="viewer-caption"]').innerText();
        const m = [...t.matchAll(/(\d+(?:\.\d+)?)\s*% released/g)].map((x) => Number(x[1]));
        assert(m.length > 0, `caption lists released fractions: ${t}`);
        return m;
      };
      await page.locator('[data-testid="release-ph"]').selectOption('7.4');
      await page.waitForSelector('[data-testid="particle-viewer"][data-release="1"]', { timeout: 20000 });
      const blood = await pct();
      const before = await page.locator('[data-testid="viewer-caption"]').textContent();
      await page.locator('[data-testid="release-ph"]').selectOption('5');
      await page.waitForFunction((b) => document.querySelector('[data-testid="viewer-caption"]')?.textContent !== b, before);
      const acid = await pct();
      assert(acid.some((a, i) => a > blood[i]), `acid releases more than blood at 24 h: ${acid} vs ${blood}`);
      const before2 = await page.locator('[data-testid="viewer-caption"]').textContent();
      await page.locator('[data-testid="release-time"]').fill('2');
      await page.waitForFunction((b) => document.querySelector('[data-testid="viewer-caption"]')?.textContent !== b, before2);
      const early = await pct();
      assert(early.every((e, i) => e <= acid[i]), `less released at 2 h than at 24 h: ${early} vs ${acid}`);
      await page.waitForSelector('[data-testid="particle-viewer"][data-ready="1"]', { timeout: 20000 }).catch(() => {});
      await page.locator('[data-testid="release-play"]').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="release-time"]')?.value) > 6, null, { timeout: 10000 });
      await page.screenshot({ path: `${shots}/release-view.png` });
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'tour a student can follow: after Next the step heading is in view and focused, one step counter, one 3D view, an honest note on bismuth',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('button', { name: 'Learn how it works' }).click();
      await page.locator('[data-testid="tour"]').waitFor({ timeout: 15000 });
      for (let i = 0; i < 2; i++) {
        await page.locator('[data-testid="tour-next"]').click();
        const head = page.locator('[data-testid="tour-title"]');
        await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'tour-title', null, { timeout: 5000 });
        const box = await head.boundingBox();
        assert(box && box.y >= -1 && box.y < 800, `step ${i + 2} heading in view (y = ${box?.y})`);
        const body = await page.locator('body').innerText();
        const counters = body.match(/Step \d+ of \d+/g) ?? [];
        assert(counters.length === 1, `one step counter on screen: ${counters.join(', ')}`);
        if (i === 0) {
          const honest = await page.locator('[data-testid="tour-honest"]').innerText();
          assert(/Bi per gram of tumour/.test(honest) && /times what reaches it/.test(honest), `bismuth step says why it barely matters and what would: ${honest}`);
          await page.screenshot({ path: `${shots}/tour-bismuth.png` });
        }
      }
      assert((await page.locator('[data-testid="particle-viewer"]').count()) <= 1, 'one 3D view while the tour is open');
      const text = await page.locator('[data-testid="tour"]').innerText();
      assert(!/shared\/seeds|def-tiny/.test(text), 'no internal names in the tour');
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'figures out: a release chart downloads as a standalone SVG and as a PNG',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(OVERALL, { timeout: 30000 });
      await page.getByRole('tab', { name: 'Release', exact: true }).click();
      const group = page.locator('.chart-export').first();
      await group.waitFor({ timeout: 15000 });
      const [svg] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'SVG' }).click()]);
      const { readFile } = await import('node:fs/promises');
      const svgText = await readFile(await svg.path(), 'utf8');
      assert(svg.suggestedFilename().endsWith('.svg') && svgText.startsWith('<?xml') && svgText.includes('xmlns="http://www.w3.org/2000/svg"') && /<path|<line|<circle/.test(svgText), `SVG file ${svg.suggestedFilename()} (${svgText.length} chars)`);
      const [png] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'PNG' }).click()]);
      const buf = await readFile(await png.path());
      assert(png.suggestedFilename().endsWith('.png') && buf.subarray(1, 4).toString() === 'PNG' && buf.length > 2000, `PNG file ${png.suggestedFilename()} (${buf.length} bytes)`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'link round trip: a fresh collaborator opens with one click and the same selection; the returned link shows what changed and updates mine',
    run: async ({ browser, url }) => {
      const a = await openPage(browser, url);
      await a.page.waitForSelector(OVERALL, { timeout: 30000 });
      await a.page.locator('[data-testid="preset-menu"]').selectOption('izb-bare');
      await a.page.locator('[data-testid="candidate"]').first().click(); // select IZB@CCM
      const copy = async (page) => {
        await page.getByRole('button', { name: 'Copy link: workspace' }).click();
        return page.locator('[data-testid="share-link-field"]').first().inputValue();
      };
      const link = await copy(a.page);
      // collaborator, fresh browser
      const b = await openPage(browser, null);
      await b.page.goto(url + link.slice(link.indexOf('#')));
      const dialog = b.page.getByRole('dialog', { name: /Open shared workspace/ });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('[data-testid="link-open"]').click();
      await b.page.waitForSelector(OVERALL);
      assert((await b.page.locator('[data-testid="candidate"]').count()) === 2, 'two candidates, not three');
      assert((await b.page.locator('[data-testid="candidate"].active').first().innerText()).includes('IZB@CCM'), 'the link\'s selected candidate is selected');
      // the collaborator changes the core diameter of IZB@CCM and sends the link back
      const d = b.page.locator('input[data-path="core.diameterNm"]').first();
      await d.fill('80');
      await d.press('Enter');
      await b.page.waitForTimeout(300);
      const back = await copy(b.page);
      // author opens the returned link: the dialog lists IZB@CCM as changed (core diameter), IZB (bare) as the same
      await a.page.goto(url + back.slice(back.indexOf('#')));
      const d2 = a.page.getByRole('dialog', { name: /Open shared workspace/ });
      await d2.waitFor({ timeout: 10000 });
      const plan = await d2.locator('[data-testid="link-plan"]').innerText();
      assert(/IZB@CCM — changed: core diameter/i.test(plan) && /same as yours/i.test(plan), `plan lists what changed: ${plan}`);
      await d2.locator('[data-testid="link-update"]').click();
      await a.page.waitForTimeout(300);
      assert((await a.page.locator('[data-testid="candidate"]').count()) === 2, 'updated in place: still two candidates');
      assert((await a.page.locator('input[data-path="core.diameterNm"]').first().inputValue()) === '80', 'IZB@CCM now has the collaborator\'s 80 nm');
      // a link broken by a mail client
      const wrapped = back.slice(back.indexOf('#')).match(/.{1,70}/g).join('\n> ');
      const c = await openPage(browser, url);
      await c.page.waitForSelector(OVERALL);
      await c.page.locator('#welcome-link').fill(wrapped.replace(/\n/g, ' '));
      await c.page.getByRole('button', { name: 'Open', exact: true }).click();
      await c.page.getByRole('dialog', { name: /Open shared workspace/ }).waitFor({ timeout: 10000 });
      for (const p of [a, b, c]) assert(p.errors.length === 0, `page errors: ${p.errors.join(' | ')}`);
      await a.context.close(); await b.context.close(); await c.context.close();
    },
  },
];
