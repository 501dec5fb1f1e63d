// Solves the Pluronic serum-extraction rate k_ex (src/catalog/copolymers.ts) on the calibration-side record(s) that set it (setsCatalogParameter, side calibration): `npx tsx scripts/fit-micelle-extraction.ts` prints k_ex; it never reads a held-out record.
import { COPOLYMERS, getCopolymer } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted } from '../src/engine';
import { param } from '../src/model/param';
import { CORPUS, recordDraft, sideOf } from '../src/validation';

const records = CORPUS.filter((r) => r.setsCatalogParameter && r.quantity.metric === 'plasma-auc-ratio' && 'formulation' in r.system && /^pluronic/.test(String((r.system.formulation as { core?: { copolymer?: string } }).core?.copolymer ?? '')));
for (const r of records) if (sideOf(r) !== 'calibration') throw new Error(`${r.id} is not on the calibration side`);
if (records.length === 0) throw new Error('no calibration record sets the Pluronic extraction rate');

/** The model's plasma AUC ratio of record r with the Pluronic k_ex set to k. */
function ratioAt(r: (typeof records)[number], k: number): number {
  // the record's system with its comparator vehicle (#27: p105-auc compares with Taxol, Cremophor EL/ethanol)
  const f = resolveFormulation(recordDraft(r));
  const lookup = { ...CATALOG_LOOKUP, copolymer: (id: string) => { const c = getCopolymer(id); return c.serumExtractionPerH ? { ...c, serumExtractionPerH: param(k, 'h⁻¹', 'fit', 'fitted') } : c; } };
  return scoreCompleted(f, lookup).pk.payloads[0].plasmaAucRatioVsFreeDrug ?? NaN;
}

// the ratio falls monotonically with k (more extraction, less carried drug): bisection on ln k ∈ [ln 1e-3, ln 100] of the
// mean log residual over the records
const resid = (lnk: number) => records.reduce((s, r) => s + Math.log(ratioAt(r, Math.exp(lnk)) / r.value), 0) / records.length;
let a = Math.log(1e-3);
let b = Math.log(100);
if (!(resid(a) > 0 && resid(b) < 0)) throw new Error('the records are not bracketed by k_ex ∈ [1e-3, 100] h⁻¹');
for (let i = 0; i < 60; i++) {
  const m = (a + b) / 2;
  if (resid(m) > 0) a = m;
  else b = m;
}
const k = Math.exp((a + b) / 2);
console.log(`records: ${records.map((r) => `${r.id} (${r.value})`).join(', ')}`);
console.log(`Pluronic k_ex = ${k.toPrecision(9)} h⁻¹ (catalog now ${COPOLYMERS['pluronic-p105'].serumExtractionPerH?.value}); model ratios at the fit: ${records.map((r) => ratioAt(r, k).toPrecision(9)).join(', ')}`);
