// Main-thread long tasks of a cold load of the built app, attributed to code: records a Chrome trace (playwright-core +
// Debian Chromium, SwiftShader) from navigation until the first 3D frame (+ a settle time), then lists every main-thread
// task over the threshold with what ran inside it (script evaluation, React, layout…) and its hottest functions from the
// V8 sampling profiler. For attribution build unminified first: `npx vite build --minify false --outDir dist-trace`.
// Usage: node scripts/trace-load.mjs [--dist dist] [--runs 3] [--min 12] [--settle 3000] [--cpu 1] [--mobile] [--json out.json]
// Totals per run: blocking = Σ max(0, task − 50 ms) unthrottled, and sim4x = Σ max(0, 4·task − 50 ms), the figure
// Lighthouse's simulated mobile throttling (4× CPU) would count as Total Blocking Time for the same tasks.
/* global process, console, window, performance, PerformanceObserver */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const dist = resolve(opt('--dist', 'dist'));
const runs = Number(opt('--runs', '3'));
const minMs = Number(opt('--min', '12'));
const settleMs = Number(opt('--settle', '3000'));
const cpu = Number(opt('--cpu', '1'));
const mobile = argv.includes('--mobile');
const jsonOut = opt('--json', null);

const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler',
].join(',');

function analyse(trace) {
  const ev = trace.traceEvents ?? trace;
  // the page's renderer main thread: the one that ran the navigation's ParseHTML of our URL
  const names = new Map();
  for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const parse = ev.find((e) => e.name === 'ParseHTML' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  if (!parse) throw new Error('no ParseHTML on a renderer main thread in the trace');
  const key = `${parse.pid}:${parse.tid}`;
  const main = ev.filter((e) => `${e.pid}:${e.tid}` === key);
  const nav = main.find((e) => e.name === 'navigationStart')?.ts ?? parse.ts;
  const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur / 1000 >= minMs)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    // a task nested in another (RunTask inside ThreadControllerImpl::RunTask) counts once
    .filter((t, i, xs) => !xs.some((o, j) => j !== i && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || j < i)));
  // the V8 sampling profile of this thread
  const nodes = new Map();
  const samples = [];
  const prof = ev.find((e) => e.name === 'Profile' && e.pid === parse.pid && e.tid === parse.tid);
  if (prof) {
    let t = prof.args.data.startTime;
    for (const c of ev.filter((e) => e.name === 'ProfileChunk' && e.pid === parse.pid && e.id === prof.id)) {
      const d = c.args.data;
      for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const s = d.cpuProfile?.samples ?? [];
      const td = d.timeDeltas ?? [];
      for (let i = 0; i < s.length; i++) { t += td[i] ?? 0; samples.push([t, s[i]]); }
    }
  }
  const label = (n) => {
    const f = n.callFrame;
    const url = (f.url ?? '').replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '');
    return `${f.functionName || '(anon)'} ${url}${url ? `:${(f.lineNumber ?? 0) + 1}` : ''}`;
  };
  const out = [];
  for (const t of tasks) {
    const inside = main.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t);
    const kinds = new Map();
    for (const e of inside) {
      if (['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'v8.compileModule', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'v8.compile', 'ScheduleStyleRecalculation', 'PrePaint', 'HitTest'].includes(e.name)) {
        const u = e.args?.data?.url ?? e.args?.data?.functionName ?? '';
        const k = `${e.name}${u ? ` ${String(u).replace(/^.*\/assets\//, '')}` : ''}`;
        kinds.set(k, (kinds.get(k) ?? 0) + e.dur / 1000);
      }
    }
    const self = new Map();
    const tops = new Map();
    let prevT = null;
    for (const [ts, id] of samples) {
      if (ts < t.ts || ts > t.ts + t.dur) { prevT = ts; continue; }
      const dt = prevT === null ? 0 : Math.min(ts - prevT, 5000) / 1000;
      prevT = ts;
      const n = nodes.get(id);
      if (!n) continue;
      const l = label(n);
      self.set(l, (self.get(l) ?? 0) + dt);
      // the outermost named app frame (module or component) for a coarser view
      let p = n; const chain = [];
      while (p) { chain.push(p); p = nodes.get(p.parent); }
      const named = chain.reverse().filter((x) => /assets\/|\/src\//.test(x.callFrame.url ?? '') && x.callFrame.functionName);
      const top = named.slice(0, 2).map(label).join(' > ') || '(native/other)';
      tops.set(top, (tops.get(top) ?? 0) + dt);
    }
    const sortTop = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `${ms.toFixed(1)} ${n}`);
    out.push({ startMs: (t.ts - nav) / 1000, durMs: t.dur / 1000, inside: sortTop(kinds, 6), selfTop: sortTop(self, 8), outerTop: sortTop(tops, 5), selfAll: [...self] });
  }
  const marks = main.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('npd-')).map((e) => [e.name, (e.ts - nav) / 1000]);
  const fcp = main.find((e) => e.name === 'firstContentfulPaint');
  return { tasks: out, marks, fcpMs: fcp ? (fcp.ts - nav) / 1000 : null };
}

const server = await serveDist(dist, { staticHost: true });
const browser = await launchBrowser();
const all = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext(mobile ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : { viewport: { width: 1350, height: 940 } });
    const page = await context.newPage();
    if (cpu > 1) { const s = await context.newCDPSession(page); await s.send('Emulation.setCPUThrottlingRate', { rate: cpu }); }
    await page.addInitScript(() => {
      window.__first3d = null;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'npd-first-3d-frame') window.__first3d = e.startTime; }).observe({ type: 'mark', buffered: true });
    });
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(server.url);
    // desktop: until the first 3D frame; a phone (the 3D pane hidden at start): until the first scores are shown
    if (mobile) await page.waitForFunction(() => /\d/.test(document.querySelector('button.num.overall-value')?.textContent ?? ''), null, { timeout: 30000 }).catch(() => undefined);
    else await page.waitForFunction(() => window.__first3d !== null || performance.now() > 15000, null, { timeout: 30000 }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const first3d = await page.evaluate(() => window.__first3d);
    const buf = await browser.stopTracing();
    await context.close();
    const a = analyse(JSON.parse(buf.toString('utf8')));
    const blocking = a.tasks.reduce((s, t) => s + Math.max(0, t.durMs - 50), 0);
    const sim4x = a.tasks.reduce((s, t) => s + Math.max(0, 4 * t.durMs - 50), 0);
    all.push({ run: r, first3dMs: first3d, fcpMs: a.fcpMs, blocking, sim4x, tasks: a.tasks, marks: a.marks });
    console.log(`run ${r}: FCP ${a.fcpMs?.toFixed(0)} ms, first 3D frame ${first3d?.toFixed(0)} ms; tasks ≥ ${minMs} ms: ${a.tasks.length}; Σmax(0,t−50) = ${blocking.toFixed(0)} ms; Σmax(0,4t−50) = ${sim4x.toFixed(0)} ms`);
    for (const t of a.tasks) {
      console.log(`  @${t.startMs.toFixed(0).padStart(5)} ms  ${t.durMs.toFixed(1).padStart(6)} ms | ${t.inside.join('; ')}`);
      if (argv.includes('--detail')) {
        for (const s of t.outerTop) console.log(`        outer ${s}`);
        for (const s of t.selfTop) console.log(`        self  ${s}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
console.log(`median of ${all.length}: Σmax(0,t−50) ${med(all.map((x) => x.blocking)).toFixed(0)} ms; Σmax(0,4t−50) ${med(all.map((x) => x.sim4x)).toFixed(0)} ms; longest task ${med(all.map((x) => Math.max(0, ...x.tasks.map((t) => t.durMs)))).toFixed(0)} ms; first 3D frame ${med(all.map((x) => x.first3dMs ?? NaN)).toFixed(0)} ms`);
if (jsonOut) await writeFile(jsonOut, JSON.stringify(all, null, 1));
