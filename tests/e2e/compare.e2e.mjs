// E2E: the Compare table with several candidates (walk10 #16) — rows one line tall at laptop and phone width, the table says what it is sorted by, and its order can be given to the workspace list (one undo step).
import { assert, openPage } from './harness.mjs';

const PRESETS = ['izb-bare', 'nbtxr3', 'doxil', 'aurolase'];
const VIEWPORTS = [{ tag: 'laptop', viewport: { width: 1280, height: 800 } }, { tag: 'phone', viewport: { width: 390, height: 844 } }];

/** The workspace list's names, in order (read from the DOM: on a phone the list is on the Design pane). */
const workspaceNames = (page) => page.locator('[data-testid="candidate"] .name').evaluateAll((es) => es.map((e) => e.textContent));
const tableNames = (page) => page.locator('[data-testid="compare-row"] th[scope="row"]').evaluateAll((es) => es.map((e) => e.textContent));

export const tests = VIEWPORTS.map(({ tag, viewport }) => ({
  name: `Compare with five candidates (${tag} ${viewport.width}×${viewport.height}): one-line rows, the sort said, its order applied to the workspace list and undone`,
  run: async ({ browser, url, shots }) => {
    const { page, errors, context } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-testid="candidate"] .cand-score', { timeout: 30000 });
    // four reference systems beside IZB@CCM; NBTXR3 is injected intratumorally, so the Scenario column shows too
    for (const p of PRESETS) await page.locator('[data-testid="preset-menu"]').selectOption(p);
    if (viewport.width <= 600) await page.locator('[data-testid="pane-results"]').click();
    await page.getByRole('tab', { name: 'Compare', exact: true }).click();
    const rows = page.locator('[data-testid="compare-row"]');
    await rows.nth(4).waitFor();
    await page.locator('[data-testid="compare-head"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/compare-${tag}.png` });
    assert(await page.locator('[data-testid="compare-scenario"]').first().isVisible(), 'the Scenario column is shown (unlike scenarios)');

    // rows as tall as their content: one line of text plus padding, like the name cell's own height
    const heights = await rows.evaluateAll((rs) => rs.map((r) => {
      const name = r.querySelector('th[scope="row"] button');
      return { row: r.getBoundingClientRect().height, line: name.getBoundingClientRect().height };
    }));
    for (const h of heights) assert(h.row <= h.line + 14, `a row is one line tall: ${h.row.toFixed(0)} px for a ${h.line.toFixed(0)} px name (${JSON.stringify(heights)})`);

    // the table says what it is sorted by; the workspace list keeps its own order until asked
    const sortedBy = () => page.locator('[data-testid="compare-sorted-by"]').innerText();
    assert((await sortedBy()) === 'Overall score, highest first', `sorted by: ${await sortedBy()}`);
    const listBefore = await workspaceNames(page);
    const table = await tableNames(page);
    assert(listBefore.join() !== table.join(), `the list starts in the order the presets were added (${listBefore}) — not the table's (${table})`);
    const apply = page.locator('[data-testid="compare-apply-order"]');
    assert(/keeps its own order/.test(await page.locator('[data-testid="compare-order-note"]').innerText()), 'the note says the list keeps its own order');
    await apply.click();
    assert((await workspaceNames(page)).join() === table.join(), `the workspace list now has the table's order: ${await workspaceNames(page)} vs ${table}`);
    assert((await tableNames(page)).join() === table.join(), 'the table keeps its order');
    const note = await page.locator('[data-testid="compare-order-note"]').innerText();
    assert(/is in this order/.test(note) && /Undo/.test(note) && (await apply.count()) === 0, `the note says so and how to undo: ${note}`);
    await page.screenshot({ path: `${shots}/compare-${tag}-applied.png` });
    // one undo step puts the list back
    await page.getByRole('button', { name: 'Undo' }).click();
    assert((await workspaceNames(page)).join() === listBefore.join(), `undo restores the list: ${await workspaceNames(page)}`);
    assert(await apply.isVisible(), 'the offer is back');
    // another column: the table says so
    await page.getByRole('button', { name: /^Tumour delivery/ }).click();
    assert((await sortedBy()) === 'Tumour delivery, highest first', `sorted by: ${await sortedBy()}`);
    await page.getByRole('button', { name: /^Tumour delivery/ }).click();
    assert((await sortedBy()) === 'Tumour delivery, lowest first', `sorted by: ${await sortedBy()}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  },
}));
