// M3.t benchmark (#16 budget: a full outcome with curves ≤ 1 ms per candidate in Node): full scores with PK curves and per-fraction exposures, and the compartment model alone.
import { PRESET_IDS, PRESETS } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted } from '../src/engine';
import { pharmacokinetics, fractionExposures, type PkInput } from '../src/model/pk';

const forms = PRESET_IDS.map((id) => resolveFormulation(PRESETS[id].formulation));
// a 25-fraction course: every fraction's exposure is computed
const course = forms.map((f) => ({ ...f, scenario: { ...f.scenario, fractions: 25, fractionDoseGy: 1.8 } }));

function perCandidateMs(list: typeof forms, lean: boolean, seconds = 1.5): number {
  for (const f of list) scoreCompleted(f, CATALOG_LOOKUP, { lean });
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000)
    for (const f of list) {
      scoreCompleted(f, CATALOG_LOOKUP, { lean });
      n++;
    }
  return (performance.now() - t0) / n;
}

const pkInput: PkInput = {
  route: 'iv',
  freeDrug: false,
  carrierExitRatePerH: Math.LN2 / 15.8,
  carrierTumorRatePerH: 0.007 * (Math.LN2 / 15.8),
  intratumoralRetention: 0.8,
  particleDoseMg: 0.2,
  particleHighZ: { Bi: 0.3 },
  payloads: [{ agent: 'in10018', doseMg: 0.02, molecularWeightGPerMol: 464.6, leakedInBloodFraction: 0.2, releasedInTumorFraction: 0.9, freeHalfLifeH: 1, freeTumorDeliveryPctID: 0.1, highZ: {} }],
  tumorMassG: 0.3,
  bodyMassKg: 0.02,
};
const times = Array.from({ length: 25 }, (_, k) => 24 + 24 * k);
let m = 0;
const t0 = performance.now();
while (performance.now() - t0 < 1000) {
  const pk = pharmacokinetics(pkInput);
  fractionExposures({ pk, fractionTimesH: times, intracellularShare: 0.5, cellMassNg: 3, fakPayload: [true], ic50M: 1e-7 });
  m++;
}
const pkMs = (performance.now() - t0) / m;

const rows = [
  ['full score with PK curves, 1 fraction (20 presets)', perCandidateMs(forms, false)],
  ['full score with PK curves, 25 fractions (20 presets)', perCandidateMs(course, false)],
  ['lean score, 25 fractions (20 presets)', perCandidateMs(course, true)],
  ['compartments + curves + 25 fraction exposures (one payload)', pkMs],
] as const;
for (const [name, ms] of rows) process.stdout.write(`${name.padEnd(62)} ${ms.toFixed(3).padStart(8)} ms per candidate${ms <= 1 ? '' : '  (over the 1 ms budget)'}\n`);
