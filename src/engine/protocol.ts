// The bench sheet (issue #20): for a scored candidate and a batch size, the reagent amounts from the recipe stoichiometry and the model's loading, cells for the membrane, and a checklist of predicted values.
// the recipe book is imported from its own module (not the catalog index), so it stays in the lazy Bench sheet / CLI chunk
import {
  CORE_ROUTES,
  CORE_STOICHIOMETRY,
  LIPOSOME_LIPIDS,
  LOADING_STEPS,
  MEMBRANE_PROTEIN_UG_PER_1E6_CELLS,
  MEMBRANE_STEPS,
  PRECURSORS,
  type RecipeProvenance,
  type RecipeStep,
} from '../catalog/recipes';
import { getAgent, getCore, getMembrane, isMembraneId } from '../catalog';
import { wholeFeedEncapsulationPct } from '../model/loading';
import type { EngineScores } from './types';

export type FrameworkSolvent = 'water' | 'methanol';

export interface ProtocolOptions {
  /** Product mass to make: mg of dry finished particles (core + loaded payloads + the membrane coat on them). */
  batchMg: number;
  /** Solvent of a framework synthesis (ZIF-8): water (Pan 2011, 1:70) or methanol (Cravillon 2009, 1:8). Default water. */
  solvent?: FrameworkSolvent;
}

/** One line of the amounts table. */
export interface ReagentLine {
  step: string;
  reagent: string;
  /** mg (solids), mL (liquids) or cells */
  amount: number;
  unit: 'mg' | 'mL' | 'cells';
  /** mmol where a molar mass is known, else null */
  mmol: number | null;
  /** how the amount was computed, with its numbers */
  equation: string;
  /** 'model': computed from the design and the model (no recipe number in it) */
  provenance: RecipeProvenance | 'model';
  source: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  unit: string;
  /** the model's prediction, null where the quantity is not modelled */
  predicted: number | null;
  method: string;
}

export interface ProtocolSheet {
  name: string;
  batchMg: number;
  core: { id: string; name: string; coreClass: string };
  solvent: FrameworkSolvent | null;
  /**
   * expected composition of the batch (mg): core + loaded payloads + membrane on the particles = batchMg. The membrane
   * protein fed (core × the design's membrane:core ratio) is larger: only c·r_geom per mg core ends up on the particles
   * (model M0), the rest is removed as free vesicles.
   */
  expected: { coreMg: number; payloadMg: Record<string, number>; membraneMg: number; membraneFedMg: number; productMg: number };
  steps: RecipeStep[];
  reagents: ReagentLine[];
  checklist: ChecklistItem[];
}

export class ProtocolError extends Error {}

const fix = (v: number, d = 4) => Number(v.toPrecision(d));

/**
 * Mass balance (mg per mg of core, from the model): product = core · (1 + Σ loaded_i + m_membrane), loaded_i = the
 * model's loadedMgPerMgCarrier and m_membrane its membraneMassPerCoreMass. So core = batch / (1 + Σ loaded_i + m_membrane).
 * Drug feed_i = loaded_i · core / EE_i (= feedMassRatio_i · core). Everything is linear in batchMg.
 */
export function protocolSheet(scores: EngineScores, opts: ProtocolOptions): ProtocolSheet {
  const { batchMg } = opts;
  if (!Number.isFinite(batchMg) || batchMg <= 0) throw new ProtocolError(`batchMg: must be a positive number of mg (got ${batchMg})`);
  if (batchMg > 1e6) throw new ProtocolError(`batchMg: at most 1e6 mg (1 kg) (got ${batchMg})`);
  const f = scores.formulation;
  const core = getCore(f.core.material);
  const coated = f.coating !== null && f.coating.membranes.length > 0;
  const memPerCore = coated ? scores.geometry.membraneMassPerCoreMass : 0;
  const loads = scores.loading.payloads;
  const sumLoaded = loads.reduce((s, p) => s + p.loadedMgPerMgCarrier, 0);
  const isFree = core.coreClass === 'free-drug';
  // a free drug has no carrier: the batch is the drug feed itself
  const coreMg = isFree ? 0 : batchMg / (1 + sumLoaded + memPerCore);
  const membraneMg = coreMg * memPerCore;
  const payloadMg: Record<string, number> = {};
  for (const p of loads) payloadMg[p.agent] = isFree ? batchMg / loads.length : coreMg * p.loadedMgPerMgCarrier;

  const steps: RecipeStep[] = [...CORE_ROUTES[core.coreClass].steps];
  const reagents: ReagentLine[] = [];
  const stoich = CORE_STOICHIOMETRY[f.core.material as keyof typeof CORE_STOICHIOMETRY];
  let solvent: FrameworkSolvent | null = null;

  if (stoich) {
    solvent = opts.solvent ?? 'water';
    const sv = stoich.solvents[solvent];
    const y = stoich.metalYield.value;
    const nZn = coreMg / stoich.productMolarMassGPerMol.value / y; // mg / (g/mol) = mmol
    reagents.push({
      step: 'metal-solution', reagent: stoich.metalSalt.name, amount: nZn * stoich.metalSalt.molarMassGPerMol.value, unit: 'mg', mmol: nZn,
      equation: `n_Zn = core ${fix(coreMg)} mg / ${stoich.productMolarMassGPerMol.value} g/mol / yield ${y} = ${fix(nZn)} mmol; × ${stoich.metalSalt.molarMassGPerMol.value} g/mol`,
      provenance: 'assumption', source: stoich.metalYield.source,
    });
    const nL = nZn * sv.ligandPerMetal.value;
    reagents.push({
      step: 'ligand-solution', reagent: stoich.ligand.name, amount: nL * stoich.ligand.molarMassGPerMol.value, unit: 'mg', mmol: nL,
      equation: `n_Zn ${fix(nZn)} mmol × ${sv.ligandPerMetal.value} mol/mol × ${stoich.ligand.molarMassGPerMol.value} g/mol`,
      provenance: sv.ligandPerMetal.provenance, source: sv.ligandPerMetal.source,
    });
    reagents.push({
      step: 'mix', reagent: solvent === 'water' ? 'Water (deionised), total' : 'Methanol, total', amount: nZn / sv.metalConcentrationM.value, unit: 'mL', mmol: null,
      equation: `n_Zn ${fix(nZn)} mmol / [Zn] ${sv.metalConcentrationM.value} mol/L`,
      provenance: sv.metalConcentrationM.provenance, source: sv.metalConcentrationM.source,
    });
  } else if (core.coreClass === 'liposome') {
    for (const c of LIPOSOME_LIPIDS.components) {
      reagents.push({
        step: 'film', reagent: c.name, amount: coreMg * c.massFraction, unit: 'mg', mmol: null,
        equation: `lipid (core) ${fix(coreMg)} mg × mass fraction ${fix(c.massFraction)}`, provenance: LIPOSOME_LIPIDS.provenance, source: LIPOSOME_LIPIDS.source,
      });
    }
    // label: 15.96 mg lipid per mL; 250 mM ammonium sulfate (132.14 g/mol) to hydrate
    const vMl = coreMg / 15.96;
    reagents.push({ step: 'hydrate', reagent: '250 mM ammonium sulfate', amount: vMl, unit: 'mL', mmol: 0.25 * vMl, equation: `lipid ${fix(coreMg)} mg / 15.96 mg/mL (label lipid concentration)`, provenance: 'published', source: LIPOSOME_LIPIDS.source });
  } else if (!isFree) {
    reagents.push({
      step: 'core', reagent: `${core.name} (core material)`, amount: coreMg, unit: 'mg', mmol: null,
      equation: `batch ${batchMg} mg / (1 + Σ loaded ${fix(sumLoaded)} + membrane ${fix(memPerCore)}) mg/mg core`,
      provenance: 'assumption', source: 'no published stoichiometry for this core here: the mass of finished core to start from',
    });
  }

  const modes = new Set<string>();
  for (const [i, p] of f.payloads.entries()) {
    const lp = loads[i];
    if (!modes.has(p.loading)) { modes.add(p.loading); steps.push(LOADING_STEPS[p.loading]); }
    const agent = getAgent(p.agent);
    const ee = lp.encapsulationEfficiencyPct / 100;
    const feedMg = isFree ? payloadMg[p.agent] : ee > 0 ? payloadMg[p.agent] / ee : coreMg * p.feedMassRatio;
    const mw = agent.molecularWeightGPerMol.value;
    const pre = PRECURSORS[p.agent];
    const eq = isFree ? 'free drug: the batch shared among the payloads' : `loaded ${fix(payloadMg[p.agent])} mg / EE ${fix(lp.encapsulationEfficiencyPct)} % (model M1)`;
    if (pre) {
      const n = feedMg / mw;
      reagents.push({
        step: p.loading, reagent: pre.name, amount: n * pre.molarMassGPerMol.value, unit: 'mg', mmol: n,
        equation: `${agent.name} feed ${fix(feedMg)} mg = ${eq}; / ${fix(mw)} g/mol × ${pre.molarMassGPerMol.value} g/mol`,
        provenance: 'published', source: pre.molarMassGPerMol.source,
      });
    } else {
      reagents.push({ step: p.loading, reagent: agent.name, amount: feedMg, unit: 'mg', mmol: feedMg / mw, equation: `feed = ${eq}`, provenance: 'model', source: 'model M1 loading (docs/model/loading.md)' });
    }
  }

  if (coated && f.coating) {
    steps.push(MEMBRANE_STEPS.vesicles, MEMBRANE_STEPS.proteinAsMembrane);
    if (f.coating.membranes.length > 1) steps.push(MEMBRANE_STEPS.fusion);
    steps.push(MEMBRANE_STEPS.coating);
    const feedMembraneMg = coreMg * f.coating.membraneToCoreMassRatio;
    for (const m of f.coating.membranes) {
      if (!isMembraneId(m.source)) throw new ProtocolError(`coating.membranes: unknown source "${m.source}"`);
      const protMg = feedMembraneMg * m.fraction;
      const per = MEMBRANE_PROTEIN_UG_PER_1E6_CELLS[m.source];
      const cells = ((protMg * 1000) / per.value) * 1e6;
      const name = getMembrane(m.source).name.replace(/ membrane$/, '');
      reagents.push({
        step: 'vesicles', reagent: `${name} membrane protein`, amount: protMg, unit: 'mg', mmol: null,
        equation: `core ${fix(coreMg)} mg × membrane:core ${f.coating.membraneToCoreMassRatio} × fraction ${m.fraction}`,
        provenance: 'model', source: 'the design (coating.membraneToCoreMassRatio, fractions); ratio read as membrane protein (assumption)',
      });
      reagents.push({
        step: 'vesicles', reagent: `${name} cells`, amount: cells, unit: 'cells', mmol: null,
        equation: `${fix(protMg * 1000)} µg protein / ${per.value} µg per 10^6 cells × 10^6`, provenance: per.provenance, source: per.source,
      });
    }
  }

  const checklist: ChecklistItem[] = [
    { id: 'yield', label: 'Product mass (dry, after washing)', unit: 'mg', predicted: batchMg, method: 'freeze-dry an aliquot and weigh' },
    { id: 'dh', label: 'Hydrodynamic diameter', unit: 'nm', predicted: scores.geometry.hydrodynamicDiameterNm, method: 'DLS (Z-average, PBS, 25 °C)' },
    { id: 'zeta', label: 'Zeta potential', unit: 'mV', predicted: null, method: 'ELS in 1 mM KCl (not modelled: record it for comparison)' },
  ];
  for (const p of loads) {
    const n = getAgent(p.agent).name;
    checklist.push({ id: `lc.${p.agent}`, label: `${n} loading capacity (LC, this payload)`, unit: '%', predicted: p.loadingCapacityPct, method: 'dissolve in acid (pH 5 buffer or dilute HCl), HPLC/UV or ICP-MS for elements' });
    checklist.push({ id: `ee.${p.agent}`, label: `${n} encapsulation efficiency (EE, this payload)`, unit: '%', predicted: p.encapsulationEfficiencyPct, method: 'unloaded drug in the supernatants vs feed' });
  }
  // the EE the Overview's loading score uses: one function (model/loading wholeFeedEncapsulationPct) for both
  const wholeEE = isFree ? null : wholeFeedEncapsulationPct(f.payloads.map((p, i) => ({ feedMassRatio: p.feedMassRatio, loadedMgPerMgCarrier: loads[i].loadedMgPerMgCarrier })));
  if (loads.length > 1 && wholeEE !== null)
    checklist.push({ id: 'ee.total', label: 'Encapsulation efficiency of the whole feed (Σ loaded / Σ fed; the EE of the Overview\'s loading score)', unit: '%', predicted: wholeEE, method: 'sum of the payloads loaded / sum fed, from the rows above' });
  for (const ph of ['7.4', '6.5', '5.0'] as const) {
    checklist.push({ id: `release.${ph}`, label: `Release at 24 h, pH ${ph}`, unit: '%', predicted: scores.release.releasedAt24hPct[ph], method: `dialysis at 37 °C in pH ${ph} buffer` });
  }
  return { name: f.name ?? 'Untitled', batchMg, core: { id: f.core.material, name: core.name, coreClass: core.coreClass }, solvent, expected: { coreMg, payloadMg, membraneMg, membraneFedMg: coated && f.coating ? coreMg * f.coating.membraneToCoreMassRatio : 0, productMg: coreMg + Object.values(payloadMg).reduce((s, v) => s + v, 0) + membraneMg }, steps, reagents, checklist };
}

/** The amounts table as rows of strings (CSV and Markdown use the same columns). */
export const PROTOCOL_COLUMNS = ['step', 'reagent', 'amount', 'unit', 'mmol', 'provenance', 'equation', 'source'] as const;

export function protocolRows(sheet: ProtocolSheet): Record<(typeof PROTOCOL_COLUMNS)[number], string>[] {
  return sheet.reagents.map((r) => ({
    step: r.step,
    reagent: r.reagent,
    amount: String(r.unit === 'cells' ? Number(r.amount.toPrecision(2)) : fix(r.amount)),
    unit: r.unit,
    mmol: r.mmol === null ? '' : String(fix(r.mmol)),
    provenance: r.provenance,
    equation: r.equation,
    source: r.source,
  }));
}

/**
 * Cite once, refer after: the distinct references of the steps, numbered in order of first use, and the numbers each
 * step cites. A step's source is split at top-level '; ' (not inside parentheses) into its references.
 */
export function stepReferences(steps: readonly RecipeStep[]): { references: string[]; byStep: number[][] } {
  const references: string[] = [];
  const byStep = steps.map((s) => {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < s.source.length; i++) {
      const ch = s.source[i];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (ch === ';' && depth === 0) { parts.push(s.source.slice(start, i)); start = i + 1; }
    }
    parts.push(s.source.slice(start));
    const nums: number[] = [];
    for (const raw of parts) {
      const ref = raw.trim();
      if (!ref) continue;
      let k = references.indexOf(ref);
      if (k < 0) { references.push(ref); k = references.length - 1; }
      if (!nums.includes(k + 1)) nums.push(k + 1);
    }
    return nums;
  });
  return { references, byStep };
}

/** A Markdown bench sheet (steps, amounts, checklist with the predicted value and a blank for the measured one). */
export function protocolMarkdown(sheet: ProtocolSheet): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`# Bench sheet: ${sheet.name}, ${sheet.batchMg} mg batch`, '', `Core: ${sheet.core.name} (${sheet.core.coreClass})${sheet.solvent ? `, solvent ${sheet.solvent}` : ''}.`, '', '## Steps', ''];
  const { references, byStep } = stepReferences(sheet.steps);
  sheet.steps.forEach((s, i) => lines.push(`${i + 1}. ${s.text} _[${s.provenance}; ref. ${byStep[i].join(', ')}]_`));
  lines.push('', 'References of the steps:', '');
  references.forEach((r, i) => lines.push(`[${i + 1}] ${r}`));
  lines.push('', `Batch: ${sheet.batchMg} mg of dry finished particles = core ${fix(sheet.expected.coreMg)} mg + loaded payloads ${fix(Object.values(sheet.expected.payloadMg).reduce((a, b) => a + b, 0))} mg + membrane on the particles ${fix(sheet.expected.membraneMg)} mg${sheet.expected.membraneFedMg > 0 ? ` (membrane protein fed ${fix(sheet.expected.membraneFedMg)} mg at the design ratio; the rest is removed as free vesicles)` : ''}.`);
  lines.push('', '## Amounts', '', `| ${PROTOCOL_COLUMNS.join(' | ')} |`, `|${PROTOCOL_COLUMNS.map(() => '---').join('|')}|`);
  for (const r of protocolRows(sheet)) lines.push(`| ${PROTOCOL_COLUMNS.map((c) => esc(r[c])).join(' | ')} |`);
  lines.push('', '## Checklist', '', '| measurement | unit | predicted | measured | method |', '|---|---|---|---|---|');
  for (const c of sheet.checklist) lines.push(`| ${esc(c.label)} | ${c.unit} | ${c.predicted === null ? 'not modelled' : fix(c.predicted, 3)} |  | ${esc(c.method)} |`);
  return lines.join('\n') + '\n';
}
