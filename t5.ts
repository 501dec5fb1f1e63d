import { completeFormulation, parseFormulation } from './src/schema';
import { CATALOG_LOOKUP, invitroForFormulation } from './src/engine';
import { getPreset } from './src/catalog';
function run(doc: unknown, sc = {}) {
  const r = parseFormulation(doc); if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const t0 = performance.now();
  const x = invitroForFormulation(r.value, CATALOG_LOOKUP, sc);
  const ms = performance.now() - t0;
  return { ms, c: x.conditions, f: x.dosimetry.deliveredFraction.at(-1), up: x.uptake, ser: x.clonogenic.ser, def: x.clonogenic.doseEnhancementFactor, lef: x.clonogenic.localEnhancementFactor, v: x.cytotoxicity.viabilityLoaded };
}
const gold = { schema: 'nanoplatform.formulation/1', core: { material: 'gold', diameterNm: 50 }, payloads: [], scenario: { beam: 'kvp:105:2mmAl' } };
console.log(JSON.stringify(run(gold), null, 0));
console.log(JSON.stringify(run(getPreset('izb-ccm').formulation), null, 0));
for (let i=0;i<3;i++) console.log(run(gold).ms);
