// Radiation tab: DEF against photon energy with the chosen beam's spectrum overlaid (edges visible), survival curves and the radiobiology figures.
import { useMemo, useState } from 'react';
import type { Scores } from '../../model/scores';
import { defVersusEnergy, getBeam, absorptionEdges } from '../../model/physics';
import { PlotFigure } from '../../charts/PlotFigure';
import { ARM_COLORS, PALETTE } from '../../charts/palette';
import { survivalRows } from '../../charts/series';
import { Num } from '../Num';

type ConcMode = 'model' | '1' | '10';

interface CompartmentLike { name: string; fraction: number; alphaPerGy: number; betaPerGy2: number }

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

  const compartments = rs as unknown as { compartmentsControl?: CompartmentLike[]; compartmentsTreated?: CompartmentLike[] };
  const surv = useMemo(() => {
    if (!compartments.compartmentsControl || !compartments.compartmentsTreated) return null;
    return [
      ...survivalRows(compartments.compartmentsControl, 1, 'control'),
      ...survivalRows(compartments.compartmentsTreated, rs.doseEnhancementFactor, 'treated'),
    ];
  }, [compartments.compartmentsControl, compartments.compartmentsTreated, rs.doseEnhancementFactor]);

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
        <dt>Sensitizer enhancement ratio</dt><dd><Num value={rs.sensitizerEnhancementRatio} unit="" digits={4} explain="radiosensitization.sensitizerEnhancementRatio" title="Sensitizer enhancement ratio" /></dd>
        <dt>EQD2 gain (α/β 10 Gy)</dt><dd><Num value={rs.eqd2GainGy} unit="Gy" explain="radiosensitization.eqd2GainGy" title="EQD2 gain" /></dd>
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
            make={(Plot, width) => {
              const maxDef = Math.max(...def.map((d) => d.def));
              const span = Math.max(maxDef - 1, 1e-9);
              const maxPsi = spectrum ? Math.max(...spectrum.rows.map((r) => r.psi)) : 1;
              const spec = spectrum && !spectrum.mono
                ? spectrum.rows.filter((r) => r.energyMeV >= 0.01).map((r) => ({ energyMeV: r.energyMeV, y: 1 + (0.9 * span * r.psi) / maxPsi }))
                : [];
              return Plot.plot({
                width, height: 280, marginLeft: 64,
                x: { type: 'log', label: 'photon energy (MeV)', domain: [0.01, 20] },
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
        <PlotFigure
          testId="survival-chart"
          label="Surviving fraction against dose for control and treated cells, oxic and hypoxic compartments"
          deps={[surv]}
          make={(Plot, width) => Plot.plot({
            width, height: 260, marginLeft: 56,
            x: { label: 'dose (Gy)' },
            y: { type: 'log', label: 'surviving fraction', domain: [1e-4, 1], grid: true },
            color: { domain: ['control', 'treated'], range: [ARM_COLORS.control, ARM_COLORS.treated], legend: true },
            marks: [
              Plot.line(surv.filter((r) => r.compartment === 'oxic'), { x: 'doseGy', y: (r: { survival: number }) => Math.max(r.survival, 1e-4), stroke: 'arm', z: 'arm', strokeWidth: 2 }),
              Plot.line(surv.filter((r) => r.compartment === 'hypoxic'), { x: 'doseGy', y: (r: { survival: number }) => Math.max(r.survival, 1e-4), stroke: 'arm', z: 'arm', strokeWidth: 2, strokeDasharray: '5,3' }),
            ],
          })}
        />
      ) : (
        <p className="empty">Survival curves appear when the engine reports the per-compartment α and β.</p>
      )}
      <p className="muted">Solid: oxic compartment; dashed: hypoxic. Linear–quadratic model with the Alper–Howard-Flanders oxygen factor (MODEL.md M4).</p>
    </div>
  );
}
