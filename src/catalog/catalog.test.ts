// Catalog: every contract id present, every value sourced, molecular weights consistent with formulas, presets well-formed.
import { describe, expect, it } from 'vitest';
import { molarMassGPerMol } from '../model/physics/composition';
import { PRESET_FACTS } from './preset-facts';
import {
  AGENTS,
  AGENT_IDS,
  AGENT_LIST,
  BEAMS,
  CORES,
  CORE_LIST,
  GLOSSARY,
  LOADING_ANCHORS,
  MEMBRANES,
  MEMBRANE_IDS,
  PRESETS,
  PRESET_IDS,
  PRESET_LIST,
  catalogProvenanceAudit,
  getAgent,
  getCore,
  getMembrane,
  getPreset,
} from './index';

// Contract §5, copied by hand.
const CONTRACT = {
  agents: ['in10018', 'bismuth', 'cisplatin', 'oxaliplatin', 'doxorubicin', 'daunorubicin', 'paclitaxel', 'docetaxel', 'irinotecan', 'sn-38', 'camptothecin', '5-fluorouracil', 'mitoxantrone', 'mrna', 'sirna'],
  membranes: ['hela', 'siha', 'caski', 'caf-cervical', 'rbc', 'platelet', 'macrophage', '4t1'],
  presets: ['izb-ccm', 'izb-bare', 'iz-ccm', 'zb-ccm', 'nbtxr3', 'doxil', 'myocet', 'onivyde', 'daunoxome', 'thermodox', 'genexol-pm', 'nk105', 'nc-6004', 'abraxane', 'xyotax', 'feraheme', 'aurolase', 'il22bp-lnp', 'free-in10018', 'cisplatin-free'],
};

// Contract §1 example, copied by hand.
const CONTRACT_EXAMPLE = {
  schema: 'nanoplatform.formulation/1',
  name: 'IZB@CCM',
  core: { material: 'zif-8', diameterNm: 120 },
  payloads: [
    { agent: 'in10018', loading: 'one-pot', feedMassRatio: 0.2 },
    { agent: 'bismuth', loading: 'one-pot', feedMassRatio: 0.3 },
  ],
  coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }], membraneToCoreMassRatio: 1.0, peg: false },
  scenario: {
    species: 'mouse', tumor: 'cervical', tumorMassG: 0.3, route: 'iv', doseMgPerKg: 10, medium: 'buffer', temperatureC: 37,
    beam: '225kVp', irradiationDelayH: 24, fractionDoseGy: 2, fractions: 1, cells: { alphaPerGy: 0.25, betaPerGy2: 0.025 },
  },
};

describe('catalog ids', () => {
  it('has every contract agent, membrane and preset id', () => {
    expect([...AGENT_IDS].sort()).toEqual([...CONTRACT.agents].sort());
    expect([...MEMBRANE_IDS].sort()).toEqual([...CONTRACT.membranes].sort());
    expect([...PRESET_IDS].sort()).toEqual([...CONTRACT.presets].sort());
    for (const id of AGENT_IDS) expect(AGENTS[id].id).toBe(id);
    for (const id of MEMBRANE_IDS) expect(MEMBRANES[id].id).toBe(id);
    for (const id of PRESET_IDS) expect(PRESETS[id].id).toBe(id);
  });

  it('lookups return entries and reject unknown ids with the valid list', () => {
    expect(getCore('zif-8').formula).toBe('Zn(C4H5N2)2');
    expect(getAgent('bismuth').highZElement).toBe('Bi');
    expect(getMembrane('rbc').prolongationVsRbc.value).toBe(1);
    expect(getPreset('doxil').formulation.core.material).toBe('liposome');
    expect(() => getCore('zif-9')).toThrow(/valid ids: none, zif-8/);
    expect(() => getAgent('aspirin')).toThrow(/in10018/);
  });

  it('menus list every id with a name and description', () => {
    for (const list of [CORE_LIST, AGENT_LIST, PRESET_LIST]) for (const item of list) expect(item.name.length * item.description.length).toBeGreaterThan(0);
    expect(PRESET_LIST.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(BEAMS.map((b) => b.id)).toEqual(expect.arrayContaining(['160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV']));
  });
});

describe('provenance audit', () => {
  const audit = catalogProvenanceAudit();
  it('finds the parameters of every section', () => {
    for (const prefix of ['cores.zif-8.release.vRefNmPerH', 'agents.in10018.fakIc50CellM', 'membranes.hela.prolongationVsRbc', 'anchors.liposome-dox-remote.affinityK']) {
      expect(audit.some((a) => a.path === prefix), prefix).toBe(true);
    }
    expect(audit.length).toBeGreaterThan(400);
  });
  it('every Param has a non-empty unit and source, a provenance, a finite value and a sane spread', () => {
    for (const { path, param: p } of audit) {
      expect(p.unit.trim(), path).not.toBe('');
      expect(p.source.trim().length, path).toBeGreaterThan(3);
      expect(['data', 'published', 'fitted', 'assumption'], path).toContain(p.provenance);
      expect(Number.isFinite(p.value), path).toBe(true);
      if (p.provenance === 'assumption') expect(p.source, path).toMatch(/^assumption/);
      if (p.spread?.kind === 'lognormal') expect(p.spread.gsd, path).toBeGreaterThanOrEqual(1);
      if (p.spread?.kind === 'uniform') expect(p.spread.min <= p.value && p.value <= p.spread.max, path).toBe(true);
      if (p.min !== undefined) expect(p.value, path).toBeGreaterThanOrEqual(p.min);
      if (p.max !== undefined) expect(p.value, path).toBeLessThanOrEqual(p.max);
    }
  });
  it('recalled values are flagged verify', () => {
    for (const { path, param: p } of audit) if (/\(recalled, to verify\)/.test(p.source)) expect(p.verify, path).toBe(true);
  });
});

describe('agents', () => {
  it('molecular weights match their formulas (NIST atomic masses) within 0.1 %', () => {
    for (const id of AGENT_IDS) {
      const a = AGENTS[id];
      if (a.formula) expect(a.molecularWeightGPerMol.value / molarMassGPerMol(a.formula), id).toBeCloseTo(1, 3);
    }
  });
  it('IN10018: vendor MW flagged to verify; biochemical 1 nM and cellular 0.1 µM IC50', () => {
    expect(AGENTS.in10018.molecularWeightGPerMol.verify).toBe(true);
    expect(AGENTS.in10018.fakIc50BiochemM?.value).toBe(1e-9);
    expect(AGENTS.in10018.fakIc50CellM?.value).toBe(1e-7);
  });
  it('high-Z elements and affinity classes follow MODEL.md M1', () => {
    expect(AGENTS.cisplatin.highZElement).toBe('Pt');
    expect(AGENTS.oxaliplatin.highZElement).toBe('Pt');
    expect(AGENTS.doxorubicin.highZElement).toBeUndefined();
    expect(AGENTS.paclitaxel.affinityClass).toBe('moderate');
    expect(AGENTS.cisplatin.affinityClass).toBe('weak');
    expect(AGENTS.mrna.affinityClass).toBe('strong');
  });
});

describe('membranes', () => {
  it('prolongation: RBC 1, cancer cells 0.6, CAF 0.3 (MODEL.md M3); tumour types for homotypic targeting', () => {
    for (const id of MEMBRANE_IDS) {
      const m = MEMBRANES[id];
      if (m.cellKind === 'cancer') expect(m.prolongationVsRbc.value).toBe(0.6);
      if (m.cellKind === 'cancer' || m.cellKind === 'caf') expect(m.tumorType).not.toBeNull();
      else expect(m.tumorType).toBeNull();
    }
    expect(MEMBRANES['caf-cervical'].prolongationVsRbc.value).toBe(0.3);
    expect(MEMBRANES.rbc.prolongationVsRbc.value).toBe(1);
  });
});

describe('presets', () => {
  it('izb-ccm equals the contract §1 example exactly', () => {
    expect(PRESETS['izb-ccm'].formulation).toEqual(CONTRACT_EXAMPLE);
  });
  it('ablations differ from izb-ccm in exactly the named component', () => {
    const base = PRESETS['izb-ccm'].formulation;
    expect(PRESETS['izb-bare'].formulation.coating).toBeNull();
    expect(PRESETS['izb-bare'].formulation.payloads).toEqual(base.payloads);
    expect(PRESETS['iz-ccm'].formulation.payloads!.map((p) => p.agent)).toEqual(['in10018']);
    expect(PRESETS['zb-ccm'].formulation.payloads!.map((p) => p.agent)).toEqual(['bismuth']);
    for (const id of ['iz-ccm', 'zb-ccm'] as const) expect(PRESETS[id].formulation.coating).toEqual(base.coating);
  });
  it('ids, loading modes and feeds are consistent with the catalog and the anchors', () => {
    for (const id of PRESET_IDS) {
      const f = PRESETS[id].formulation;
      const core = CORES[f.core.material as keyof typeof CORES];
      expect(core, id).toBeDefined();
      for (const p of f.payloads ?? []) {
        expect(AGENTS[p.agent as keyof typeof AGENTS], `${id} ${p.agent}`).toBeDefined();
        expect(core.loading[p.loading as keyof typeof core.loading], `${id}: ${p.loading} into ${core.id}`).toBeDefined();
      }
      for (const m of f.coating?.membranes ?? []) expect(MEMBRANES[m.source as keyof typeof MEMBRANES]).toBeDefined();
      expect(PRESET_FACTS[id].length, id).toBeGreaterThan(0);
    }
    for (const a of LOADING_ANCHORS) {
      for (const pid of a.presets) {
        const p = PRESETS[pid as keyof typeof PRESETS].formulation.payloads!.find((x) => x.agent === a.agent)!;
        expect(p.feedMassRatio, `${pid} feed = anchor ${a.id} feed`).toBe(a.feedMassRatio);
        expect(PRESETS[pid as keyof typeof PRESETS].formulation.core.material).toBe(a.core);
      }
      for (const o of a.otherFeeds ?? []) {
        const p = PRESETS[o.preset as keyof typeof PRESETS].formulation.payloads!.find((x) => x.agent === a.agent)!;
        expect(p.feedMassRatio).toBe(o.feedMassRatio);
      }
    }
  });
  it('NBTXR3: intratumoral at 10 % of tumour volume, 50 nm HfO2; dose consistent with 53.3 g/L', () => {
    const f = PRESETS.nbtxr3.formulation;
    expect(f.core).toEqual({ material: 'hfo2', diameterNm: 50 });
    expect(f.scenario?.route).toBe('intratumoral');
    expect(f.scenario?.intratumoralVolumeFraction).toBe(0.1);
    // 53.3 mg/mL × 0.1 × 0.3 mL / 0.02 kg
    expect(f.scenario?.doseMgPerKg).toBeCloseTo((53.3 * 0.1 * 0.3) / 0.02, -1);
    expect(PRESETS['il22bp-lnp'].formulation.scenario?.route).toBe('intratumoral');
  });
  it('published targets and facts carry a source and a status', () => {
    for (const id of PRESET_IDS) {
      for (const t of PRESETS[id].published) {
        expect(t.source.length).toBeGreaterThan(2);
        expect(t.value !== undefined || t.range !== undefined, `${id} ${t.metric}`).toBe(true);
        if (t.range && t.value !== undefined) expect(t.range[0] <= t.value && t.value <= t.range[1], `${id} ${t.metric}`).toBe(true);
      }
      for (const fact of PRESET_FACTS[id]) expect(['read', 'recalled']).toContain(fact.status);
    }
    expect(PRESETS.doxil.published.find((t) => t.metric === 'targeting.hydrodynamicDiameterNm')?.value).toBe(87);
  });
});

describe('glossary', () => {
  it('defines the key terms once each', () => {
    const terms = GLOSSARY.map((g) => g.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of ['CAF', 'FAK', 'EPR', 'ZIF-8', 'OER', 'LQ', 'DEF', 'SER', 'EQD2', 'desirability', 'LEF', 'MOF', 'homotypic targeting', 'CD47', 'hypoxia', 'EE', 'LC', 't50']) expect(terms).toContain(t);
  });
});

describe('catalog descriptions (builder help) are in user words', () => {
  it('no internal document numbers ("doc 001") or model-document section names in a core, agent or membrane description', async () => {
    const { AGENTS, CORES, MEMBRANES } = await import('./index');
    for (const [id, e] of [...Object.entries(AGENTS), ...Object.entries(CORES), ...Object.entries(MEMBRANES)]) {
      const d = (e as { description?: string }).description ?? '';
      expect(d, id).not.toMatch(/\bdoc 00\d\b|MODEL\.md/);
    }
  });
});
