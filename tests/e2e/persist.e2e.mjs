// Nothing lost, ever (issue 22): each reported loss reproduced in real Chromium, then a reload showing every candidate
// and edit; two real pages in one browser context; a seeded fuzz of ordinary actions with a reload check after each reload.
/* global window, localStorage, DOMException */
import { readFile } from 'node:fs/promises';
import LZString from 'lz-string';
import { openPage, assert } from './harness.mjs';

const KEY = 'npd.saved-workspace';
const lz = (doc) => LZString.compressToEncodedURIComponent(JSON.stringify(doc));
const BANNER = '[aria-label="Saved workspace could not be loaded"]';

/** The app is up: the store's debug handle is installed and the candidate list rendered. */
async function ready(page) {
  await page.waitForFunction(() => !!window.__npd?.getState, null, { timeout: 30000 });
  await page.waitForSelector('[data-testid="candidate"], .workspace .empty', { timeout: 30000 });
}

/** What the user sees of the workspace: the candidates (id, name) in order and the selected one; plus the list's text. */
async function seen(page) {
  const state = await page.evaluate(() => {
    const s = window.__npd.getState();
    return { sel: s.selectedId, c: s.candidates.map((c) => [c.id, String(c.draft.name)]) };
  });
  const names = await page.locator('[data-testid="candidate"] .name').allInnerTexts();
  return JSON.stringify({ ...state, names });
}

const count = (page) => page.locator('[data-testid="candidate"]').count();
const names = (page) => page.locator('[data-testid="candidate"] .name').allInnerTexts();

async function reload(page) {
  await page.reload();
  await ready(page);
}

async function rename(page, from, to) {
  await page.getByRole('button', { name: `Rename ${from}`, exact: true }).first().click();
  const input = page.getByRole('textbox', { name: `New name for ${from}`, exact: true });
  await input.fill(to);
  await input.press('Enter');
}

async function noErrors(errors, what) {
  assert(errors.length === 0, `${what}: page errors: ${errors.join(' | ')}`);
}

async function fresh(browser, url, opts) {
  const o = await openPage(browser, null, opts);
  await o.page.goto(url);
  await ready(o.page);
  return o;
}

export const tests = [
  {
    name: 'item 1: add two presets, Undo, reload — the workspace loads with its candidates, no recovery banner',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await fresh(browser, url);
      await page.locator('[data-testid=preset-menu]').selectOption('izb-bare');
      await page.locator('[data-testid=preset-menu]').selectOption('iz-ccm');
      assert((await count(page)) === 3, 'three candidates');
      await page.getByRole('button', { name: /Undo/ }).click();
      assert((await count(page)) === 2, 'undo removed the second preset');
      const before = await seen(page);
      const sel = JSON.parse(before).sel;
      assert(JSON.parse(before).c.some(([id]) => id === sel), 'the selection names an existing candidate after undo');
      await reload(page);
      assert((await page.locator(BANNER).count()) === 0, 'no recovery banner');
      assert((await seen(page)) === before, `same workspace after reload:\n ${before}\n ${await seen(page)}`);
      await noErrors(errors, 'item 1');
      await context.close();
    },
  },
  {
    name: 'items 2/3: the 101st candidate is refused at the action (+ New, link Add); an unscorable link candidate is kept and marked',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await fresh(browser, url);
      const many = { schema: 'nanoplatform.workspace/1', formulations: Array.from({ length: 99 }, (_, i) => ({ name: `k${i}`, core: { material: 'zif-8' } })) };
      await page.goto(url + '#w=' + lz(many));
      await page.getByRole('button', { name: 'Add to my workspace' }).click();
      await page.waitForFunction(() => window.__npd.getState().candidates.length === 100);
      await page.getByRole('button', { name: '+ New' }).click();
      await page.locator('[data-testid=workspace-refusal]').waitFor();
      assert(/at most 100 formulations/.test(await page.locator('[data-testid=workspace-refusal]').innerText()), 'refusal names the limit');
      assert((await count(page)) === 100, 'still 100');
      await page.getByRole('button', { name: 'Duplicate k0', exact: true }).click();
      assert((await count(page)) === 100, 'duplicate refused too');
      // a link that would make 101: Add is disabled with the reason, Replace still possible (Cancel here)
      await page.goto(url + '#f=' + lz({ name: 'one more', core: { material: 'zif-8' } }));
      await page.locator('[data-testid=add-refused]').waitFor();
      assert(await page.getByRole('button', { name: 'Add to my workspace' }).isDisabled(), 'Add disabled at 100');
      await page.getByRole('button', { name: 'Cancel' }).click();
      // a file import at 100: Add disabled with the reason
      await page.locator('input[type=file][aria-label="Import workspace JSON file"]').setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'from file', core: { material: 'zif-8' } })) });
      const pending = page.getByRole('region', { name: 'Import of one.json' });
      await pending.locator('[data-testid=add-refused]').waitFor();
      assert(await pending.getByRole('button', { name: 'Add to my workspace' }).isDisabled(), 'file Add disabled at 100');
      await pending.getByRole('button', { name: 'Cancel' }).click();
      assert((await count(page)) === 100, 'still 100 after the refused imports');
      const before = await seen(page);
      await reload(page);
      assert((await page.locator(BANNER).count()) === 0, 'no recovery banner at 100');
      assert((await seen(page)) === before, '100 candidates back after reload');
      // delete one, then add the unscorable link candidate (tumour mass 5e-324 g)
      await page.getByRole('button', { name: 'Delete k98', exact: true }).click();
      await page.goto(url + '#f=' + lz({ name: 'tiny-tumour', scenario: { tumorMassG: 5e-324 } }));
      await page.getByRole('button', { name: 'Add to my workspace' }).click();
      await page.waitForFunction(() => window.__npd.getState().candidates.some((c) => c.draft.name === 'tiny-tumour'));
      const tiny = page.locator('[data-testid="candidate"]', { hasText: 'tiny-tumour' });
      assert((await tiny.getAttribute('data-unscorable')) === 'true', 'the unscorable candidate is marked');
      const before2 = await seen(page);
      await reload(page);
      assert((await page.locator(BANNER).count()) === 0, 'no recovery banner after adding an unscorable candidate');
      assert((await seen(page)) === before2, 'the unscorable candidate and the selection are back after reload');
      await noErrors(errors, 'items 2/3');
      await context.close();
    },
  },
  {
    name: 'item 4: two pages in one context — renames of different candidates both survive; undo in A keeps what B added',
    run: async ({ browser, url }) => {
      const { page: a, errors, context } = await fresh(browser, url);
      await a.locator('[data-testid=preset-menu]').selectOption('izb-bare');
      await a.waitForTimeout(700); // autosave
      const b = await context.newPage();
      const errorsB = [];
      b.on('pageerror', (e) => errorsB.push(e.message));
      await b.goto(url);
      await ready(b);
      assert(JSON.stringify(await names(b)) === JSON.stringify(await names(a)), 'B opened on A\'s workspace');
      const [n1, n2] = await names(a);
      for (let round = 0; round < 3; round++) {
        await rename(a, round ? `A-${round - 1}` : n1, `A-${round}`);
        await rename(b, round ? `B-${round - 1}` : n2, `B-${round}`);
        await a.waitForTimeout(900);
        await b.waitForTimeout(900);
        for (const p of [a, b]) assert(JSON.stringify(await names(p)) === JSON.stringify([`A-${round}`, `B-${round}`]), `round ${round}: both renames in both pages: ${await names(p)}`);
      }
      assert(/Another tab changed this workspace/.test(await a.locator('.banner.info').first().innerText()), 'A is told what came from B');
      // A edits, B adds afterwards, A undoes its edit: B's candidate stays
      await rename(a, 'A-2', 'A-edit');
      await a.waitForTimeout(700);
      await b.locator('[data-testid=preset-menu]').selectOption('zb-ccm');
      await b.waitForTimeout(900);
      const added = (await names(b))[2];
      assert((await names(a)).includes(added), 'A hears B\'s new candidate');
      await a.getByRole('button', { name: /Undo/ }).click();
      await a.getByRole('button', { name: /Undo/ }).click();
      assert((await names(a)).includes(added), 'undo in A keeps B\'s candidate');
      await a.waitForTimeout(900);
      await reload(a);
      await reload(b);
      for (const p of [a, b]) assert((await names(p)).includes(added), 'B\'s candidate after reloading both');
      assert(JSON.stringify(await names(a)) === JSON.stringify(await names(b)), 'both pages agree after reload');
      await noErrors([...errors, ...errorsB], 'item 4');
      await context.close();
    },
  },
  {
    name: 'item 5: with storage blocked the app runs, says it cannot save and offers Export JSON',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await openPage(browser, null);
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
      });
      await page.goto(url);
      await ready(page);
      const banner = page.locator('[data-testid=no-storage]');
      await banner.waitFor();
      assert(/nothing is saved/.test(await banner.innerText()), 'says it cannot save');
      await page.locator('[data-testid=preset-menu]').selectOption('izb-bare');
      assert((await count(page)) === 2, 'the app works');
      const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export JSON' }).click()]);
      const text = await readFile(await download.path(), 'utf8');
      assert(JSON.parse(text).formulations.length === 2, 'the export holds both candidates');
      await noErrors(errors, 'item 5');
      await context.close();
    },
  },
  {
    name: 'items 6/7: edits made while the recovery banner shows survive a reload; Start fresh keeps numbered, downloadable copies',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await fresh(browser, url);
      await page.evaluate((k) => localStorage.setItem(k, '{"broken one'), KEY);
      await reload(page);
      await page.locator(BANNER).waitFor();
      await page.locator('[data-testid=recovery-held]').waitFor();
      await page.locator('[data-testid=preset-menu]').selectOption('izb-bare');
      await rename(page, 'IZB@CCM', 'edited during recovery');
      await page.waitForTimeout(700);
      const before = await seen(page);
      await reload(page);
      await page.locator(BANNER).waitFor();
      assert((await seen(page)) === before, `edits kept while the banner showed:\n ${before}\n ${await seen(page)}`);
      assert((await page.evaluate((k) => localStorage.getItem(k), KEY)) === '{"broken one', 'unreadable data untouched');
      await page.getByRole('button', { name: /Start fresh/ }).click();
      await page.waitForTimeout(300);
      await reload(page);
      assert((await page.locator(BANNER).count()) === 0, 'no banner after Start fresh');
      assert((await seen(page)) === before, 'the edits are in the saved workspace after Start fresh');
      // a second unreadable save, a second Start fresh: the first copy is not overwritten
      await page.evaluate((k) => localStorage.setItem(k, '{"broken two'), KEY);
      await reload(page);
      await page.locator(BANNER).waitFor();
      const list = page.locator('[data-testid=set-aside]');
      await list.waitFor();
      await page.getByRole('button', { name: /Start fresh/ }).click();
      const copies = await page.evaluate((k) => [localStorage.getItem(k + '.unreadable.1'), localStorage.getItem(k + '.unreadable.2')], KEY);
      assert(copies[0] === '{"broken one' && copies[1] === '{"broken two', `numbered copies: ${JSON.stringify(copies)}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download copy 1' }).first().click()]);
      assert((await readFile(await download.path(), 'utf8')) === '{"broken one', 'copy 1 downloads the first unreadable data');
      await noErrors(errors, 'items 6/7');
      await context.close();
    },
  },
  {
    name: 'fuzz: seeded sequences of ordinary actions; after every reload the workspace is the one last seen',
    run: async ({ browser, url }) => {
      const PRESETS = ['izb-bare', 'iz-ccm', 'zb-ccm', 'doxil'];
      for (const seed of [1, 22, 303]) {
        const { page, errors, context } = await fresh(browser, url);
        let x = seed >>> 0;
        const rnd = () => { x = (x + 0x6d2b79f5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
        const pick = (list) => list[Math.floor(rnd() * list.length)];
        const log = [];
        for (let step = 0; step < 30; step++) {
          const list = await names(page);
          const action = pick(['preset', 'new', 'duplicate', 'delete', 'undo', 'redo', 'rename', 'reload', 'rename', 'preset']);
          log.push(action);
          switch (action) {
            case 'preset': await page.locator('[data-testid=preset-menu]').selectOption(pick(PRESETS)); break;
            case 'new': await page.getByRole('button', { name: '+ New' }).click(); break;
            case 'duplicate': if (list.length) await page.getByRole('button', { name: `Duplicate ${pick(list)}`, exact: true }).first().click(); break;
            case 'delete': if (list.length) await page.getByRole('button', { name: `Delete ${pick(list)}`, exact: true }).first().click(); break;
            case 'undo':
            case 'redo': {
              const btn = page.getByRole('button', { name: action === 'undo' ? /Undo/ : /Redo/ });
              if (!(await btn.isDisabled())) await btn.click();
              break;
            }
            case 'rename': if (list.length) await rename(page, pick(list), `r${step}-${Math.floor(rnd() * 100)}`); break;
            case 'reload': {
              const before = await seen(page);
              await reload(page);
              const after = await seen(page);
              assert(after === before, `seed ${seed}, step ${step} (${log.join(' ')}):\n before ${before}\n after  ${after}`);
              assert((await page.locator(BANNER).count()) === 0, `seed ${seed}: no recovery banner`);
              break;
            }
          }
        }
        const before = await seen(page);
        await reload(page);
        assert((await seen(page)) === before, `seed ${seed}: final reload (${log.join(' ')})`);
        await noErrors(errors, `fuzz seed ${seed}`);
        await context.close();
      }
    },
  },
];
