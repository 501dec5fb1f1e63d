// Derives the per-kind prediction-interval spreads (#27) from the calibration records' residuals and writes
// src/validation/intervals.json. One command, re-run after any model change: npx tsx scripts/derive-intervals.ts
// (src/validation/intervals.test.ts fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus } from '../src/validation/report';
import { deriveIntervalTable } from '../src/validation/intervals';

const table = deriveIntervalTable(evaluateCorpus().results);
const path = fileURLToPath(new URL('../src/validation/intervals.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(table, null, 1)}\n`);
console.log(`wrote ${path}`);
for (const [kind, spreads] of Object.entries(table.kinds)) for (const [key, s] of Object.entries(spreads ?? {})) console.log(`${kind} ${key}: s = ${s.s.toPrecision(3)} from ${s.n} ${s.from} residuals`);
