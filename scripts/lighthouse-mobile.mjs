// Lighthouse 12 mobile (simulated 4× CPU, slow 4G) on the built app, N runs: performance score, TBT, FCP/LCP/CLS and the
// long tasks Lighthouse saw, per run, with the median — for comparing start-up changes on a noisy machine (#21).
// Usage: node scripts/lighthouse-mobile.mjs [--dist dist] [--runs 3] [--preset mobile|desktop]
/* global process, console */
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, serveDist } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const dist = resolve(opt('--dist', 'dist'));
const runs = Number(opt('--runs', '3'));
const preset = opt('--preset', 'mobile');
const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
  import('lighthouse'), import('chrome-launcher'), import('lighthouse/core/config/desktop-config.js'),
]);
const server = await serveDist(dist, { staticHost: true });
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
    try {
      const res = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, preset === 'desktop' ? desktopConfig : undefined);
      const l = res.lhr;
      const a = (id) => l.audits[id]?.numericValue;
      const lt = (l.audits['long-tasks']?.details?.items ?? []).map((t) => `${Math.round(t.duration)}@${Math.round(t.startTime)} ${String(t.url).replace(/^.*\/assets\//, '').replace(/^http:\/\/[^/]+\//, '/')}`);
      const row = { score: Math.round(l.categories.performance.score * 100), tbt: Math.round(a('total-blocking-time')), fcp: Math.round(a('first-contentful-paint')), lcp: Math.round(a('largest-contentful-paint')), cls: a('cumulative-layout-shift'), tti: Math.round(a('interactive')), benchmarkIndex: l.environment?.benchmarkIndex };
      rows.push(row);
      console.log(`run ${i}: ${preset} ${row.score}, TBT ${row.tbt} ms, FCP ${row.fcp}, LCP ${row.lcp}, CLS ${row.cls}, TTI ${row.tti}, benchmarkIndex ${row.benchmarkIndex}`);
      console.log(`   long tasks: ${lt.join('; ')}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}
const med = (k) => { const s = rows.map((r) => r[k]).sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
console.log(`median of ${rows.length}: ${preset} ${med('score')}, TBT ${med('tbt')} ms, FCP ${med('fcp')}, LCP ${med('lcp')}`);
