// Solves the terminal (β) half-life of unformulated paclitaxel (agent.freeTerminalHalfLifeH, src/catalog/agents.ts) on the calibration-side record(s) that set it (setsCatalogParameter, side calibration, metric half-life-ratio): `npx tsx scripts/fit-free-terminal-half-life.ts` prints t½β; it never reads a held-out record.
import { AGENTS, getVehicle } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted } from '../src/engine';
import { freeDrugTerminalRatePerH, totalDrugTerminalHalfLifeH } from '../src/model/pk/terminal';
import { CORPUS, recordDraft, sideOf } from '../src/validation';

const records = CORPUS.filter((r) => r.setsCatalogParameter && r.quantity.metric === 'half-life-ratio');
for (const r of records) if (sideOf(r) !== 'calibration') throw new Error(`${r.id} is not on the calibration side`);
if (records.length === 0) throw new Error('no calibration record sets a free drug\'s terminal half-life');

/** The model's t½β ratio of record r (as the evaluator computes it) with the unformulated drug's t½β set to t (h). */
function ratioAt(r: (typeof records)[number], t: number): number {
  const f = resolveFormulation(recordDraft(r));
  const s = scoreCompleted(f, CATALOG_LOOKUP);
  const agent = AGENTS[f.payloads[0].agent as keyof typeof AGENTS];
  const veh = f.payloads[0].freeDrugVehicle;
  const comparator = (veh ? getVehicle(veh).freeDrugPk[agent.id]?.terminalHalfLifeH : undefined) ?? agent.freeHalfLifeH;
  const kc = Math.LN2 / s.targeting.circulationHalfLifeH;
  const L = s.pk.payloads[0]?.leakedInBloodFraction ?? 0;
  return totalDrugTerminalHalfLifeH(kc, L, freeDrugTerminalRatePerH(agent.freeHalfLifeH.value, t)) / comparator.value;
}

const agents = new Set(records.map((r) => resolveFormulation(recordDraft(r)).payloads[0].agent));
if (agents.size !== 1) throw new Error(`one drug per fit: ${[...agents].join(', ')}`);
// the ratio rises with t until the carried drug's exit limits it: bisection on ln t ∈ [ln t½_free, ln 1000 h] of the mean log residual
const t0 = AGENTS[[...agents][0] as keyof typeof AGENTS].freeHalfLifeH.value;
const resid = (lnt: number) => records.reduce((s, r) => s + Math.log(ratioAt(r, Math.exp(lnt)) / r.value), 0) / records.length;
let a = Math.log(t0);
let b = Math.log(1000);
if (!(resid(a) < 0 && resid(b) > 0)) throw new Error('the records are not bracketed by t½β ∈ [t½_free, 1000 h] (the carrier limits the terminal phase)');
for (let i = 0; i < 60; i++) {
  const m = (a + b) / 2;
  if (resid(m) < 0) a = m;
  else b = m;
}
const t = Math.exp((a + b) / 2);
console.log(`records: ${records.map((r) => `${r.id} (${r.value})`).join(', ')}`);
console.log(`${[...agents][0]} t½β (unformulated) = ${t.toPrecision(9)} h (catalog now ${AGENTS[[...agents][0] as keyof typeof AGENTS].freeTerminalHalfLifeH?.value}); model ratios at the fit: ${records.map((r) => ratioAt(r, t).toPrecision(9)).join(', ')}`);
