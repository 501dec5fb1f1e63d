// Radiation tab: DEF against photon energy with the chosen beam's spectrum overlaid (edges visible), cell-survival curves
// (control vs treated; oxic, hypoxic, mixed tumour) and the radiobiology figures.
import { SER_TUMOUR_LABEL, SER_TUMOUR_NOTE } from './Overview';
import { useMemo, useState } from 'react';
import type { EngineScores as Scores } from '../../engine';
import { defVersusEnergy, getBeam, absorptionEdges, csvText } from '../../engine';
import { PlotFigure } from '../../charts/PlotFigure';
import { ARM_COLORS, PALETTE } from '../../charts/palette';
import { survivalCurves, survivalInputsFromScores, type SurvivalRow } from '../../charts/survival';
import { Num } from '../Num';
import { sig } from '../format';

type ConcMode = 'model' | '1' | '10';

/** Line style per compartment: the mixed tumour bold and solid, oxic thin solid, hypoxic thin dashed. */
const COMPARTMENT_STYLE = {
  tumour: { width: 2.5, dash: undefined, label: 'tumour (oxic + hypoxic)' },
  oxic: { width: 1.2, dash: undefined, label: 'oxic compartment' },
  hypoxic: { width: 1.2, dash: '5,3', label: 'hypoxic compartment' },
} as const;
const SURVIVAL_FLOOR = 1e-4;

export function Radiation({ scores, beamId }: { scores: Scores; beamId: string }) {
  const rs = scores.radiosensitization;
  const [conc, setConc] = useState<ConcMode>('model');
  const elements = useMemo(() => {
    const out: Record<string, number> = {};
    for (const h of rs.highZ) out[h.element] = conc === 'model' ? h.mgPerGTumor : Number(conc);
    return out;
  }, [rs.highZ, conc]);

  const def = useMemo(() => (Object.keys(elements).length ? defVersusEnergy(elements) : []), [elements]);
  const spectrum = useMemo(() => {
    try {
      const b = getBeam(beamId);
      const s = b.spectrum;
      const rows: { energyMeV: number; psi: number }[] = [];
      for (let i = 0; i < s.energiesMeV.length; i++) rows.push({ energyMeV: s.energiesMeV[i], psi: s.energyFluence[i] });
      return { name: b.name, rows, mono: b.spec.kind === 'mono' };
    } catch {
      return null;
    }
  }, [beamId]);
  const edges = useMemo(
    () => Object.keys(elements).flatMap((el) => absorptionEdges(el).filter((e) => e.label === 'K' || e.label === 'L3').map((e) => ({ ...e, element: el }))),
    [elements],
  );

  const surv = useMemo(() => {
    try {
      const inp = survivalInputsFromScores(scores);
      return inp ? { inp, rows: survivalCurves(inp) } : null;
    } catch {
      return null;
    }
  }, [scores]);

  return (
    <div>
      <dl className="kv">
        {rs.highZ.map((h) => (
          <div key={h.element} className="kv-pair"><dt>{h.element} in tumour</dt><dd><Num value={h.mgPerGTumor} unit="mg/g" explain="radiosensitization.highZ" title={`${h.element} concentration in tumour`} /></dd></div>
        ))}
        <dt>Dose enhancement factor (macroscopic)</dt><dd><Num value={rs.doseEnhancementFactor} unit="" digits={6} explain="radiosensitization.doseEnhancementFactor" title="Dose enhancement factor" /></dd>
        <dt>Local enhancement factor (on α)</dt><dd><Num value={rs.localEnhancementFactor} unit="" digits={4} explain="radiosensitization.localEnhancementFactor" title="Local enhancement factor" /></dd>
        <dt>Hypoxic fraction after treatment</dt><dd><Num value={rs.hypoxicFraction} unit="" explain="radiosensitization.hypoxicFraction" title="Hypoxic fraction" /></dd>
        <dt>SF2 control → treated</dt><dd><Num value={rs.sf2Control} unit="" explain="radiosensitization.sf2Control" title="SF2 control" /> → <Num value={rs.sf2Treated} unit="" explain="radiosensitization.sf2Treated" title="SF2 treated" /></dd>
        <dt>{SER_TUMOUR_LABEL}<span className="muted small dt-sub">{SER_TUMOUR_NOTE}</span></dt><dd><Num value={rs.sensitizerEnhancementRatio} unit="" digits={4} explain="radiosensitization.sensitizerEnhancementRatio" title={SER_TUMOUR_LABEL} interval={{ kind: 'radiosensitization', metric: 'ser' }} intervalTestId="interval-ser" /></dd>
        <dt>EQD2 gain (α/β 10 Gy)</dt><dd><Num value={rs.eqd2GainGy} unit="Gy" explain="radiosensitization.eqd2GainGy" title="EQD2 gain" interval={{ none: 'eqd2-gain' }} /></dd>
      </dl>

      <h3>Dose enhancement against photon energy</h3>
      {def.length === 0 ? (
        <p className="empty">No high-Z element in this candidate: the macroscopic DEF is 1 at every energy. Add bismuth, gold, hafnium or platinum to see the K-edges.</p>
      ) : (
        <>
          <label className="field inline">
            <span>Element concentration for the curve</span>
            <select value={conc} onChange={(e) => setConc(e.target.value as ConcMode)}>
              <option value="model">tumour concentration from the model</option>
              <option value="1">1 mg/g (illustration)</option>
              <option value="10">10 mg/g (illustration)</option>
            </select>
          </label>
          <PlotFigure
            testId="def-chart"
            label={`Monoenergetic dose enhancement factor from 10 keV to 20 MeV with absorption edges of ${Object.keys(elements).join(', ')}, and the ${spectrum?.name ?? beamId} spectrum`}
            deps={[def, spectrum, edges]}
            table={() => csvText([
              ['series', 'photon energy (MeV)', 'DEF (monoenergetic, 1)', 'energy fluence (relative, 1)', 'edge'],
              ...def.map((d) => ['DEF', d.energyMeV, d.def, null, d.edge ? `${d.edge.element} ${d.edge.label} (${d.edge.side})` : '']),
              ...(spectrum ? spectrum.rows.map((r) => [`${spectrum.name} spectrum`, r.energyMeV, null, r.psi, '']) : []),
            ])}
            make={(Plot, width) => {
              const maxDef = Math.max(...def.map((d) => d.def));
              const span = Math.max(maxDef - 1, 1e-9);
              const maxPsi = spectrum ? Math.max(...spectrum.rows.map((r) => r.psi)) : 1;
              const spec = spectrum && !spectrum.mono
                ? spectrum.rows.filter((r) => r.energyMeV >= 0.01).map((r) => ({ energyMeV: r.energyMeV, y: 1 + (0.9 * span * r.psi) / maxPsi }))
                : [];
              return Plot.plot({
                width, height: 280, marginLeft: 64,
                x: { type: 'log', label: 'photon energy (MeV)', domain: [0.01, 20], tickFormat: '~g' },
                y: { label: 'DEF (monoenergetic)', grid: true, tickFormat: (v: number) => v.toPrecision(Math.max(4, Math.ceil(-Math.log10(span)) + 2)) },
                marks: [
                  Plot.areaY(spec, { x: 'energyMeV', y1: 1, y2: 'y', fill: PALETTE[4], fillOpacity: 0.35, curve: 'step' }),
                  Plot.line(def, { x: 'energyMeV', y: 'def', stroke: PALETTE[0], strokeWidth: 2 }),
                  Plot.ruleX(edges, { x: 'energyMeV', stroke: PALETTE[1], strokeDasharray: '3,3' }),
                  Plot.text(edges, { x: 'energyMeV', y: maxDef, text: (e: { element: string; label: string }) => `${e.element} ${e.label}`, dy: -4, fill: PALETTE[1], textAnchor: 'start', dx: 3 }),
                  ...(spectrum?.mono ? [Plot.ruleX([Number(beamId.split(':')[1])], { stroke: PALETTE[4], strokeWidth: 3 })] : []),
                  Plot.ruleY([1]),
                ],
              });
            }}
          />
          <p className="muted">Blue: DEF = 1 + Σ w (μen/ρ element ÷ μen/ρ water − 1) (NIST). Shaded: {spectrum ? `${spectrum.name} energy fluence (scaled)` : 'beam'}. Dashed: K and L3 edges. At realistic intravenous concentrations (µg/g) the macroscopic DEF stays within a few 10⁻⁴ of 1 — the radiosensitization comes from the local and biological terms.</p>
        </>
      )}

      <h3>Cell survival, control vs treated</h3>
      {surv ? (
        <>
          <SurvivalLegend />
          <PlotFigure
            testId="survival-chart"
            label={`Surviving fraction against single dose from 0 to 10 Gy (log scale), control and treated, for the oxic and hypoxic compartments and the mixed tumour. At 2 Gy the tumour survives ${sig(rs.sf2Control, 3)} (control) and ${sig(rs.sf2Treated, 3)} (treated).`}
            deps={[surv]}
            table={() => csvText([['arm', 'compartment', 'single dose (Gy)', 'surviving fraction (1)'], ...surv.rows.map((r) => [r.arm, r.compartment, r.doseGy, r.survival])])}
            make={(Plot, width) => {
              const y = (r: SurvivalRow) => Math.max(r.survival, SURVIVAL_FLOOR);
              const at2 = surv.rows.filter((r) => r.doseGy === 2 && r.compartment === 'tumour');
              return Plot.plot({
                width, height: 280, marginLeft: 56,
                x: { label: 'single dose (Gy)', domain: [0, 10] },
                y: { type: 'log', label: 'surviving fraction', domain: [SURVIVAL_FLOOR, 1], grid: true, tickFormat: '~g' },
                color: { domain: ['control', 'treated'], range: [ARM_COLORS.control, ARM_COLORS.treated] },
                marks: [
                  ...(['oxic', 'hypoxic', 'tumour'] as const).map((c) => Plot.line(surv.rows.filter((r) => r.compartment === c), {
                    x: 'doseGy', y, stroke: 'arm', z: 'arm', strokeWidth: COMPARTMENT_STYLE[c].width, strokeDasharray: COMPARTMENT_STYLE[c].dash,
                  })),
                  Plot.ruleX([2], { stroke: '#888', strokeDasharray: '2,3' }),
                  Plot.dot(at2, { x: 'doseGy', y, fill: 'arm', r: 3.5 }),
                  ...(['control', 'treated'] as const).map((arm) => Plot.text(at2.filter((r) => r.arm === arm), {
                    x: 'doseGy', y, text: (r: SurvivalRow) => `SF2 ${arm} ${sig(r.survival, 3)}`, dx: 8, dy: arm === 'control' ? -10 : 14, textAnchor: 'start', fill: ARM_COLORS[arm], stroke: 'white', strokeWidth: 4, paintOrder: 'stroke',
                  })),
                ],
              });
            }}
          />
          <p className="muted">
            Linear–quadratic survival with the Alper–Howard-Flanders oxygen factor: α' = α·OMF(p)·m, β' = β·OMF(p)², treated m = LEF·(1 + ε<sub>FAK</sub>·O) = {sig(surv.inp.localEnhancementFactor * (1 + surv.inp.epsFak * surv.inp.fakOccupancy), 4)} and dose × DEF ({sig(surv.inp.doseEnhancementFactor, 6)});
            α {sig(surv.inp.alphaPerGy, 3)} Gy⁻¹, β {sig(surv.inp.betaPerGy2, 3)} Gy⁻²; hypoxic fraction {sig(surv.inp.hypoxicFractionControl, 3)} (control) → {sig(surv.inp.hypoxicFractionTreated, 3)} (treated) at {sig(surv.inp.pO2HypoxicMmHg, 3)} mmHg, oxic cells at {sig(surv.inp.pO2OxicMmHg, 3)} mmHg.
            Values below 10⁻⁴ are drawn at the floor.
          </p>
        </>
      ) : (
        <p className="empty">No survival curve: this result does not carry the scenario's cell coefficients.</p>
      )}
    </div>
  );
}

/** HTML legend: colour per arm, line style per compartment. */
function SurvivalLegend() {
  return (
    <ul className="legend" aria-label="Survival legend">
      {(['control', 'treated'] as const).map((arm) => (
        <li key={arm}><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={ARM_COLORS[arm]} strokeWidth="2.5" /></svg>{arm}</li>
      ))}
      {(['tumour', 'oxic', 'hypoxic'] as const).map((c) => (
        <li key={c}><svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="#555" strokeWidth={COMPARTMENT_STYLE[c].width} strokeDasharray={COMPARTMENT_STYLE[c].dash} /></svg>{COMPARTMENT_STYLE[c].label}</li>
      ))}
    </ul>
  );
}
