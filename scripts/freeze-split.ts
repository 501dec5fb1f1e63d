// Freezes the calibration / held-out split of the validation corpus into src/validation/split.json by the rule of
// src/validation/split.ts (run once, before any model change: npx tsx scripts/freeze-split.ts --first-freeze).
// It refuses to overwrite a frozen split: records added later take their side from sideOf(), never from a new freeze.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS } from '../src/validation/corpus';
import { CALIBRATION_SHARE, SPLIT_SEED, computeSplit, type FrozenSplit } from '../src/validation/split';

const out = resolve('src/validation/split.json');
const current = JSON.parse(readFileSync(out, 'utf8')) as Partial<FrozenSplit>;
if (current.records && Object.keys(current.records).length && !process.argv.includes('--first-freeze')) {
  console.error(`${out} is frozen (${Object.keys(current.records).length} records); a new freeze would move records after the fact. Refused.`);
  process.exit(2);
}
const frozenOn = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a));
if (!frozenOn) {
  console.error('give the freeze date as YYYY-MM-DD');
  process.exit(2);
}
const split: FrozenSplit & { _: string } = {
  _: 'Frozen calibration / held-out split of the validation corpus (#27). Made by the rule in src/validation/split.ts (docs/validation.md, section Split) before any model change; never regenerate. Records added later take their side from sideOf().',
  seed: SPLIT_SEED,
  calibrationShare: CALIBRATION_SHARE,
  frozenOn,
  records: computeSplit(CORPUS),
};
writeFileSync(out, JSON.stringify(split, null, 1) + '\n');
const n = Object.values(split.records);
console.log(`wrote ${out}: ${n.length} records, ${n.filter((e) => e.side === 'calibration').length} calibration, ${n.filter((e) => e.side === 'held-out').length} held-out`);
