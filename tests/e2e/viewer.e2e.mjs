// E2E for the 3D particle viewer (src/viewer3d) on its demo page viewer-demo.html, in real Chromium (SwiftShader WebGL):
// the canvas draws, cutaway/exploded/release change the picture, PNG export, draw-call budget, and the no-WebGL fallback.
/* global window, document, Image, Buffer, console -- page.evaluate bodies run in the browser; the rest in Node */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assert, launchBrowser, openPage, settleFrames } from './harness.mjs';

const VIEWER = '[data-testid="particle-viewer"]';

async function open(browser, url, query = '') {
  const o = await openPage(browser, `${url}viewer-demo.html${query}`);
  await o.page.waitForSelector(`${VIEWER}[data-ready="1"], [data-testid="viewer-fallback"]`, { timeout: 60000 });
  await settle(o.page);
  return o;
}

const settle = (page) => settleFrames(page);

/**
 * Pixel statistics of the WebGL canvas (read back through toDataURL, which needs preserveDrawingBuffer):
 * non-background share, HeLa-vermillion and CAF-blue pixel shares, and a 48 × 32 luminance signature for comparisons.
 */
async function pixels(page) {
  return page.evaluate(async (sel) => {
    const c = document.querySelector(`${sel} canvas`);
    const img = new Image();
    img.src = c.toDataURL('image/png');
    await img.decode();
    const k = document.createElement('canvas');
    k.width = img.width; k.height = img.height;
    const x = k.getContext('2d');
    x.drawImage(img, 0, 0);
    const d = x.getImageData(0, 0, k.width, k.height).data;
    const bg = [0xf7, 0xf7, 0xf4];
    let nonBg = 0, vermillion = 0, blue = 0;
    const GW = 48, GH = 32, sig = new Float64Array(GW * GH), cnt = new Float64Array(GW * GH);
    for (let y = 0; y < k.height; y++) for (let xx = 0; xx < k.width; xx++) {
      const o = 4 * (y * k.width + xx), r = d[o], g = d[o + 1], b = d[o + 2];
      if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 30) nonBg++;
      if (r > g + 40 && r > b + 40 && g > b - 10) vermillion++; // orange-red (#D55E00 family)
      if (b > r + 40 && b > g + 10) blue++; // blue (#0072B2 family)
      const cell = Math.floor((y * GH) / k.height) * GW + Math.floor((xx * GW) / k.width);
      sig[cell] += 0.299 * r + 0.587 * g + 0.114 * b; cnt[cell]++;
    }
    const n = k.width * k.height;
    return { w: k.width, h: k.height, nonBg: nonBg / n, vermillion: vermillion / n, blue: blue / n, sig: Array.from(sig, (s, i) => s / cnt[i]) };
  }, VIEWER);
}

const sigDiff = (a, b) => a.sig.reduce((s, v, i) => s + Math.abs(v - b.sig[i]), 0) / a.sig.length;
const attr = (page, name) => page.getAttribute(VIEWER, name);
const stats = (page) => page.evaluate(() => window.__viewerStats);

export const tests = [
  {
    name: 'viewer: the IZB@CCM particle draws, with HeLa and CAF membrane both visible',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      assert((await attr(page, 'data-webgl')) === 'ok', 'WebGL path active');
      const p = await pixels(page);
      assert(p.nonBg > 0.08, `particle covers the canvas (non-background ${(p.nonBg * 100).toFixed(1)} %)`);
      assert(p.vermillion > 0.01 && p.blue > 0.01, `both membrane colours visible (vermillion ${(p.vermillion * 100).toFixed(1)} %, blue ${(p.blue * 100).toFixed(1)} %)`);
      const ratio = p.vermillion / p.blue;
      assert(ratio > 0.4 && ratio < 2.5, `1:1 membrane reads as roughly half and half (ratio ${ratio.toFixed(2)})`);
      assert(/\d+ nm/.test(await page.textContent('[data-testid="scale-bar-label"]')), 'scale bar labelled in nm');
      const legend = await page.textContent('[aria-label="Legend"]');
      assert(/HeLa 50 %/.test(legend) && /cervical CAF 50 %/.test(legend) && /1 sphere = \d+ molecules/.test(legend), `legend states sources and scale: ${legend.slice(0, 200)}`);
      // walk10 #14: each layer says what it is for (a student reads it where the particle is drawn)
      assert(/falls apart in acid/.test(legend) && /absorb X-rays/.test(legend) && /homotypic targeting/.test(legend), `legend roles: ${legend.slice(0, 600)}`);
      await page.screenshot({ path: join(shots, 'viewer-izb.png') });
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: cutaway and exploded view change the picture; steps have captions',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url);
      const base = await pixels(page);
      await page.getByRole('checkbox', { name: 'Cutaway' }).check();
      await settle(page);
      assert((await attr(page, 'data-cutaway')) === '1', 'cutaway on');
      const cut = await pixels(page);
      assert(sigDiff(base, cut) > 2, `cutaway changes the picture (Δ ${sigDiff(base, cut).toFixed(2)})`);
      await page.screenshot({ path: join(shots, 'viewer-cutaway.png') });
      await page.getByRole('checkbox', { name: 'Cutaway' }).uncheck();
      // walkthrough 7 item 14: "Assembly step ▸" is usable on the assembled particle — it starts the exploded view itself
      const nextStep = page.getByRole('button', { name: 'Next assembly step' });
      assert(await nextStep.isEnabled(), 'Next assembly step is enabled before Exploded view is ticked');
      assert(/takes the particle apart/.test(await page.getByTestId('assembly-hint').first().innerText()), 'the assembly buttons say what they do');
      await nextStep.click();
      await settle(page);
      assert(await page.getByRole('checkbox', { name: 'Exploded view' }).isChecked(), 'Assembly step ▸ turned the exploded view on');
      assert(/step 1 of 3/.test(await page.getByTestId('assembly-hint').first().innerText()), 'the hint counts the steps');
      await page.getByRole('checkbox', { name: 'Exploded view' }).check();
      await settle(page);
      const caption = () => page.textContent('[data-testid="viewer-caption"]');
      assert(/Assembly 1 of 3 · Core: ZIF-8/.test(await caption()), `step 1 caption: ${await caption()}`);
      const s1 = await pixels(page);
      assert(sigDiff(base, s1) > 2, 'exploded step 1 differs from the assembled particle');
      await page.getByRole('button', { name: 'Next assembly step' }).click();
      await settle(page);
      assert(/Assembly 2 of 3 · Payloads/.test(await caption()), 'step 2 caption');
      const s2 = await pixels(page);
      assert(sigDiff(s1, s2) > 0.5, 'step 2 adds the payload');
      // keyboard: focus the button and press Enter
      await page.getByRole('button', { name: 'Next assembly step' }).focus();
      await page.keyboard.press('Enter');
      await settle(page);
      assert(/Assembly 3 of 3 · Coat: HeLa 50 % \+ cervical CAF 50 %/.test(await caption()), `step 3 caption: ${await caption()}`);
      const s3 = await pixels(page);
      assert(sigDiff(s2, s3) > 0.5, 'step 3 adds the membrane');
      await page.screenshot({ path: join(shots, 'viewer-exploded.png') });
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: release at pH 5.0 removes payload and shrinks the ZIF-8 core',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url, '?cutaway=1');
      const n0 = Number(await attr(page, 'data-payload-instances'));
      const r0 = Number(await attr(page, 'data-core-radius-nm'));
      const before = await pixels(page);
      await page.getByRole('checkbox', { name: /Release view/ }).check();
      await settle(page);
      const n1 = Number(await attr(page, 'data-payload-instances'));
      const r1 = Number(await attr(page, 'data-core-radius-nm'));
      assert(n0 > 0 && n1 < n0, `payload instances drop (${n0} → ${n1})`);
      assert(r1 < r0, `core radius shrinks (${r0} → ${r1} nm)`);
      const cap = await page.textContent('[data-testid="viewer-caption"]');
      assert(/pH 5\.0/.test(cap) && /IN10018 70 % released/.test(cap), `release caption: ${cap}`);
      const after = await pixels(page);
      assert(sigDiff(before, after) > 1, `picture changes (Δ ${sigDiff(before, after).toFixed(2)})`);
      await page.screenshot({ path: join(shots, 'viewer-release.png') });
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: Export PNG downloads <label>.png',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      assert(download.suggestedFilename() === 'IZB@CCM.png', `file name ${download.suggestedFilename()}`);
      const buf = await readFile(await download.path());
      assert(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature');
      assert(buf.length > 10000, `non-trivial image (${buf.length} bytes)`);
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: Export PNG at 1×, 2× and 4× gives the view at that many pixels per CSS pixel',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await open(browser, url);
      const css = await page.evaluate((sel) => { const c = document.querySelector(`${sel} canvas`); const r = c.getBoundingClientRect(); return { w: r.width, h: r.height }; }, VIEWER);
      for (const k of [1, 2, 4]) {
        await page.getByRole('combobox', { name: 'PNG size' }).selectOption(String(k));
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
        const png = await readFile(await download.path());
        assert(png.subarray(12, 16).toString('latin1') === 'IHDR', 'PNG header chunk');
        const size = { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
        assert(size.w === Math.round(css.w * k) && size.h === Math.round(css.h * k), `${k}×: ${size.w} × ${size.h} px for a ${css.w} × ${css.h} CSS px view`);
        console.log(`    ${k}×: ${size.w} × ${size.h} px, ${png.length} bytes`);
      }
      // the view on screen is back at its own resolution and still drawn
      const after = await page.evaluate((sel) => { const c = document.querySelector(`${sel} canvas`); return { w: c.width, h: c.height, cw: c.clientWidth }; }, VIEWER);
      const dpr = await page.evaluate(() => Math.min(2, window.devicePixelRatio));
      assert(Math.abs(after.w - after.cw * dpr) <= dpr, `canvas back at the screen's resolution (${JSON.stringify(after)})`);
      const p = await pixels(page);
      assert(p.nonBg > 0.05, `still drawn after the exports (${JSON.stringify(p)})`);
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: two particles side by side stay within 30 draw calls in every mode',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await open(browser, url, '?specs=izb-ccm,uio-rbc');
      const seen = [];
      const check = async (what) => {
        await settle(page);
        const s = await stats(page);
        const dataCalls = Number(await attr(page, 'data-draw-calls'));
        assert(s && s.calls === dataCalls, `stats exposed on window and data attribute (${JSON.stringify(s)} / ${dataCalls})`);
        assert(s.calls >= 8 && s.calls <= 30, `${what}: ${s.calls} draw calls`);
        seen.push(`${what}=${s.calls}`);
      };
      await check('assembled');
      await page.screenshot({ path: join(shots, 'viewer-compare.png') });
      await page.getByRole('checkbox', { name: 'Cutaway' }).check();
      await check('cutaway');
      await page.getByRole('checkbox', { name: /Release view/ }).check();
      await check('cutaway+release');
      await page.getByRole('checkbox', { name: 'Exploded view' }).check();
      await page.getByRole('button', { name: 'Next assembly step' }).click();
      await page.getByRole('button', { name: 'Next assembly step' }).click();
      await check('exploded step 3 + cutaway');
      await page.screenshot({ path: join(shots, 'viewer-compare-exploded.png') });
      console.log(`    draw calls: ${seen.join(', ')}`);
      assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'viewer: other core shapes (liposome + PEG, dense HfO₂, bare MOF) render without errors',
    run: async ({ browser, url, shots }) => {
      for (const q of ['?specs=doxil,nbtxr3', '?specs=izb-bare&cutaway=1']) {
        const { page, errors, context } = await open(browser, url, q);
        assert((await attr(page, 'data-webgl')) === 'ok', `WebGL path for ${q}`);
        const p = await pixels(page);
        assert(p.nonBg > 0.03, `${q} draws (non-background ${(p.nonBg * 100).toFixed(1)} %)`);
        const s = await stats(page);
        assert(s.calls <= 30, `${q}: ${s.calls} draw calls`);
        await page.screenshot({ path: join(shots, `viewer-${q.slice(7).replace(/[^\w]+/g, '-')}.png`) });
        assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
        await context.close();
      }
    },
  },
  {
    name: 'viewer: without WebGL a message and a 2D SVG schematic replace the canvas',
    run: async ({ url, shots }) => {
      const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
      try {
        const { page, errors } = await open(noGl, url, '?specs=izb-ccm,nbtxr3');
        assert((await attr(page, 'data-webgl')) === 'fallback', 'fallback path');
        const msg = await page.textContent('[data-testid="viewer-fallback"] [role="status"]');
        assert(/3D view unavailable: WebGL is not available in this browser/.test(msg), `message: ${msg}`);
        assert((await page.locator(`${VIEWER} canvas`).count()) === 0, 'no canvas');
        const svg = page.locator('[data-testid="viewer-fallback"] svg');
        assert((await svg.count()) === 1, 'one SVG schematic');
        const arcs = await svg.locator('path').count();
        assert(arcs === 2, `HeLa and CAF membrane arcs (${arcs})`);
        assert((await svg.locator('circle').count()) > 50, 'payload dots drawn');
        assert(/HeLa 50 %/.test(await page.textContent('[aria-label="Legend"]')), 'legend still shown');
        await page.screenshot({ path: join(shots, 'viewer-fallback.png') });
        assert(errors.length === 0, `no page errors: ${errors.join(' | ')}`);
      } finally {
        await noGl.close();
      }
    },
  },
];
