// Writes golden.json.gz: the complete outputs of the golden corpus with the current model (see corpus.ts for when this may run).
// Run: npx tsx src/engine/__golden__/generate.ts
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { MODEL_VERSION } from '../../model/version';
import { goldenCorpus } from './corpus';
import { FIXTURE_PATH, runCase, type GoldenFixture } from './run';

const cases = goldenCorpus();
const fixture: GoldenFixture = { modelVersion: MODEL_VERSION, cases: cases.map((c) => ({ id: c.id, out: runCase(c) })) };
const json = JSON.stringify(fixture);
writeFileSync(FIXTURE_PATH, gzipSync(json, { level: 9 }));
const errors = fixture.cases.filter((c) => (c.out as { $error?: string }).$error !== undefined);
console.log(`${cases.length} cases (${errors.length} rejected inputs), ${(json.length / 1e6).toFixed(2)} MB JSON → ${FIXTURE_PATH.pathname}`);
for (const e of errors) console.log(`  rejected: ${e.id}: ${(e.out as { $error: string }).$error}`);
