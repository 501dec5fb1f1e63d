// Demo fixtures for the viewer's standalone page and e2e test. Counts are derived below from stated assumptions;
// release states are fixture inputs standing in for what the app passes from the model (not model output).
import type { ParticleSpec } from '../spec';

const AVOGADRO = 6.02214076e23;
/** Mass of a sphere of diameter d (nm) and density rho (g/cm³), in g (1 nm³ = 1e-21 cm³). */
const sphereMassG = (dNm: number, rhoGcm3: number) => (Math.PI / 6) * dNm ** 3 * 1e-21 * rhoGcm3;
const count = (massG: number, molarMassGmol: number) => Math.round((massG / molarMassGmol) * AVOGADRO);

/** ZIF-8 framework density ≈ 0.95 g/cm³ (published, Park et al. PNAS 2006). */
const ZIF8_DENSITY = 0.95;
/** IN10018 molar mass 464.6 g/mol (vendor value, unverified — MODEL.md). */
const IN10018_MW = 464.6;
/** Loadings of the demo: IN10018 10 wt %, Bi 5 wt % of a 100 nm ZIF-8 core (assumptions for the demo). */
const zifMass = sphereMassG(100, ZIF8_DENSITY);
const in10018 = count(0.1 * zifMass, IN10018_MW);
const bismuthAtoms = count(0.05 * zifMass, 208.98);

export const DEMO_SPECS: Record<string, ParticleSpec> = {
  'izb-ccm': {
    id: 'izb-ccm', label: 'IZB@CCM', coreMaterial: 'zif-8', coreDiameterNm: 100, hydrodynamicDiameterNm: 120,
    payloads: [
      { agent: 'in10018', label: 'IN10018', moleculesPerParticle: in10018, highZ: false },
      { agent: 'bismuth', label: 'Bismuth', moleculesPerParticle: bismuthAtoms, highZ: true },
    ],
    membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }],
    coverage: 0.95, peg: false,
    release: { pH: 5.0, timeH: 12, coreRemainingFraction: 0.45, releasedFraction: { in10018: 0.7, bismuth: 0.55 } },
  },
  'izb-bare': {
    id: 'izb-bare', label: 'IZB (no membrane)', coreMaterial: 'zif-8', coreDiameterNm: 100, hydrodynamicDiameterNm: 105,
    payloads: [
      { agent: 'in10018', label: 'IN10018', moleculesPerParticle: in10018, highZ: false },
      { agent: 'bismuth', label: 'Bismuth', moleculesPerParticle: bismuthAtoms, highZ: true },
    ],
    membranes: [], coverage: 0, peg: false,
  },
  nbtxr3: {
    id: 'nbtxr3', label: 'NBTXR3 (HfO₂)', coreMaterial: 'hfo2', coreDiameterNm: 50, hydrodynamicDiameterNm: 50,
    payloads: [], membranes: [], coverage: 0, peg: false,
  },
  doxil: {
    id: 'doxil', label: 'Doxil', coreMaterial: 'liposome', coreDiameterNm: 80, hydrodynamicDiameterNm: 87,
    // ≈ 10^4 doxorubicin molecules per 85 nm liposome (order of magnitude reported for remote loading)
    payloads: [{ agent: 'doxorubicin', label: 'Doxorubicin', moleculesPerParticle: 12000, highZ: false }],
    membranes: [], coverage: 0, peg: true,
  },
  'uio-rbc': {
    id: 'uio-rbc', label: 'UiO-66 @ RBC (3:1 with macrophage)', coreMaterial: 'uio-66', coreDiameterNm: 90, hydrodynamicDiameterNm: 110,
    payloads: [{ agent: 'cisplatin', label: 'Cisplatin', moleculesPerParticle: 20000, highZ: false }],
    membranes: [{ source: 'rbc', fraction: 0.75 }, { source: 'macrophage', fraction: 0.25 }], coverage: 0.8, peg: true,
  },
};
