// Interleaved A/B of the first 3D frame (issue 21): two built apps served side by side, cold loads alternated (A, B, A,
// B …), navigation → `npd-first-3d-frame` per load with the steps on the way (chunks fetched, worker marks, results
// shown) and the load average. For a shared, noisy machine, where only builds measured in the same minutes compare.
// Usage: node scripts/bench-first-frame-ab.mjs --a /tmp/frame-old/dist --b dist [--loads 7] [--json out.json]
/* global console, process, window, document, performance, MutationObserver, location -- page.evaluate bodies run in the browser */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

function parseArgs(argv) {
  const o = { a: null, b: 'dist', loads: 7, json: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[++i];
    if (v === undefined) throw new Error(`${k}: needs a value`);
    if (k === '--a') o.a = v;
    else if (k === '--b') o.b = v;
    else if (k === '--loads') o.loads = Math.max(1, Number(v));
    else if (k === '--json') o.json = v;
    else throw new Error(`${k}: unknown option (see the header of scripts/bench-first-frame-ab.mjs)`);
  }
  if (!o.a) throw new Error('--a <dist dir> is required');
  return o;
}

/** Installed before any page script: when the results first show. */
function instrument() {
  const fl = { scores: null };
  window.__abFL = fl;
  const mo = new MutationObserver(() => {
    const el = document.querySelector('button.num.overall-value');
    if (el && /\d/.test(el.textContent ?? '')) { fl.scores = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
}

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'commit' });
  const first = await page.waitForFunction(() => performance.getEntriesByName('npd-first-3d-frame')[0]?.startTime, null, { timeout: 60000, polling: 10 })
    .then((h) => h.jsonValue()).catch(() => null);
  await page.waitForTimeout(200);
  const detail = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('npd-')).map((m) => [m.name.replace(/^npd-/, ''), Math.round(m.startTime)]));
    // chunk → fetch end (ms from navigation), by the file name before its hash
    const chunks = Object.fromEntries(performance.getEntriesByType('resource').filter((r) => /\.js(\?|$)/.test(r.name))
      .map((r) => [r.name.replace(location.origin, '').replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''), `${Math.round(r.startTime)}–${Math.round(r.responseEnd)}`]));
    return { scores: window.__abFL.scores, marks, chunks, first: mark('npd-first-3d-frame') };
  });
  await context.close();
  return { firstMs: first, scoresMs: detail.scores, marks: detail.marks, chunks: detail.chunks, errors };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((p, q) => p - q);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const servers = { A: await serveDist(resolve(o.a), { staticHost: true }), B: await serveDist(resolve(o.b), { staticHost: true }) };
  const browser = await launchBrowser();
  const out = { when: new Date().toISOString(), a: resolve(o.a), b: resolve(o.b), loadBefore: loadavg().map((x) => +x.toFixed(2)), samples: { A: [], B: [] } };
  try {
    // one warm-up load each (the browser process and the servers' gzip caches), not counted
    for (const k of ['A', 'B']) await coldLoad(browser, servers[k].url);
    for (let i = 0; i < o.loads; i++) {
      for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) {
        const s = await coldLoad(browser, servers[k].url);
        s.load1 = +loadavg()[0].toFixed(2);
        out.samples[k].push(s);
        console.log(`${k} #${i + 1}: first 3D frame ${s.firstMs?.toFixed(0) ?? '—'} ms, scores ${s.scoresMs?.toFixed(0) ?? '—'} ms, load ${s.load1}; marks ${JSON.stringify(s.marks)}${s.errors.length ? `; errors ${s.errors.join(' | ')}` : ''}`);
      }
    }
  } finally {
    await browser.close();
    await servers.A.close();
    await servers.B.close();
  }
  out.loadAfter = loadavg().map((x) => +x.toFixed(2));
  for (const k of ['A', 'B']) {
    const xs = out.samples[k].map((s) => s.firstMs);
    out[`median${k}`] = median(xs);
    console.log(`${k} (${k === 'A' ? o.a : o.b}): first 3D frame median ${median(xs)?.toFixed(0)} ms [${xs.map((x) => x?.toFixed(0) ?? '—').join(', ')}], scores shown median ${median(out.samples[k].map((s) => s.scoresMs))?.toFixed(0)} ms`);
    console.log(`   chunks (last load): ${JSON.stringify(out.samples[k].at(-1)?.chunks)}`);
  }
  console.log(`load average before ${out.loadBefore.join(' ')}, after ${out.loadAfter.join(' ')}`);
  if (o.json) await writeFile(o.json, JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  console.error(`bench-first-frame-ab: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});
