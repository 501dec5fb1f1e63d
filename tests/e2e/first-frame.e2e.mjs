// E2E: the workbench draws the 3D particle as soon as the results are shown, without any click — a quick low-detail frame first, then full detail with the same shader programs.
/* global document, window, performance, Image, console */
import { readFile } from 'node:fs/promises';
import { assert, openPage, settleFrames } from './harness.mjs';

const VIEWER = '[data-testid="particle-viewer"]';

/** Share of canvas pixels that differ from the viewer's background, and of the core's and membrane's colours. */
async function drawn(page) {
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
    let nonBg = 0, warm = 0, blue = 0;
    for (let o = 0; o < d.length; o += 4) {
      const [r, g, b] = [d[o], d[o + 1], d[o + 2]];
      if (Math.abs(r - 0xf7) + Math.abs(g - 0xf7) + Math.abs(b - 0xf4) > 30) nonBg++;
      if (r > g + 40 && r > b + 40) warm++;
      if (b > r + 40 && b > g + 10) blue++;
    }
    const n = d.length / 4;
    return { nonBg: nonBg / n, warm: warm / n, blue: blue / n };
  }, VIEWER);
}

export const tests = [
  {
    name: 'the particle is drawn without any click: a quick frame, then full detail with no new shader programs',
    run: async ({ browser, url, shots }) => {
      const { page, errors, context } = await openPage(browser, url);
      // no click, no scroll: the first frame arrives by itself
      await page.waitForSelector(`${VIEWER}[data-first-frame="1"]`, { timeout: 30000 });
      assert((await page.getByRole('button', { name: 'Draw it now' }).count()) === 0, 'no "Draw it now" button');
      const first = await page.evaluate(() => ({
        atMs: performance.getEntriesByName('npd-first-3d-frame')[0]?.startTime,
        stats: window.__viewerStats,
      }));
      assert(Number.isFinite(first.atMs) && first.atMs > 0, `the first frame is marked (navigation → first frame ${first.atMs} ms)`);
      const quick = await drawn(page);
      await page.screenshot({ path: `${shots}/first-frame-quick.png` });
      // whatever the quick frame shows, it shows the particle: core and membrane colours, a good part of the canvas
      assert(quick.nonBg > 0.08 && quick.warm > 0.005 && quick.blue > 0.005, `the quick frame shows the particle: ${JSON.stringify(quick)}`);
      // then full detail, with the programs the first frame linked
      await page.waitForSelector(`${VIEWER}[data-ready="1"]`, { timeout: 30000 });
      await settleFrames(page);
      const full = await page.evaluate(() => window.__viewerStats);
      const fine = await drawn(page);
      await page.screenshot({ path: `${shots}/first-frame-full.png` });
      const firstDetail = await page.getAttribute(VIEWER, 'data-first-frame-detail');
      const firstTriangles = Number(await page.getAttribute(VIEWER, 'data-first-frame-triangles'));
      assert(firstDetail === 'quick', `the first frame is the quick one (${firstDetail})`);
      // at this zoom most spheres need the lowest detail anyway: full detail draws at least as many triangles
      assert(full.triangles >= firstTriangles && firstTriangles > 0, `full detail ≥ quick detail (${firstTriangles} → ${full.triangles} triangles)`);
      assert(full.programs === first.stats.programs, `no new shader program for the refinement (${first.stats.programs} → ${full.programs})`);
      assert(Math.abs(fine.nonBg - quick.nonBg) < 0.05, `the same particle at both details: ${quick.nonBg.toFixed(3)} vs ${fine.nonBg.toFixed(3)} of the canvas`);
      console.log(`    navigation → first 3D frame ${Math.round(first.atMs)} ms (${firstTriangles} triangles), full detail ${full.triangles} triangles`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
  {
    name: 'an export asked for while only the first-frame worker has drawn waits for the interactive canvas, then downloads the view at 4×',
    run: async ({ browser, url }) => {
      const { page, errors, context } = await openPage(browser, url);
      await page.waitForSelector(`${VIEWER}[data-first-frame="1"]`, { timeout: 30000 });
      const css = await page.evaluate((sel) => { const c = document.querySelector(`${sel} canvas`); const r = c.getBoundingClientRect(); return { w: r.width, h: r.height }; }, VIEWER);
      await page.getByRole('combobox', { name: 'PNG size' }).selectOption('4');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Export PNG' }).click()]);
      const png = await readFile(await download.path());
      const size = { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
      assert(png.subarray(12, 16).toString('latin1') === 'IHDR' && size.w === Math.round(css.w * 4) && size.h === Math.round(css.h * 4), `4× export: ${size.w} × ${size.h} px for ${css.w} × ${css.h} CSS px`);
      assert(download.suggestedFilename() === 'IZB@CCM.png', `file name ${download.suggestedFilename()}`);
      console.log(`    4× export before the interactive canvas: ${size.w} × ${size.h} px, ${png.length} bytes`);
      assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    },
  },
];
