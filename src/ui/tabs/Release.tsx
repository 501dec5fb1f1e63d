// Release tab: cumulative release at pH 7.4 / 6.5 / 5.0 per payload (0–72 h), measured data and the Monte Carlo 5–95 %
// band (after an Uncertainty run of this version of the candidate) overlaid, and the key figures.
import type { PhKey } from '../../model/scores';
import { PH_KEYS, csvText, type EngineScores as Scores } from '../../engine';
import type { MeasuredRelease } from '../../state/types';
import { measurementsOf } from '../../state/measurements';
import type { ReleaseBand } from '../../workers/protocol';
import { PlotFigure } from '../../charts/PlotFigure';
import { PH_COLORS, PH_DASH } from '../../charts/palette';
import { releaseRows, measuredRows } from '../../charts/series';
import { Num } from '../Num';
import { RELEASED_PCT_DECIMALS } from '../format';
import { agentName } from '../catalog-names';
import { AGENTS } from '../../catalog';

/**
 * `measured` defaults to the scored formulation's own measurements (formulation.measurements.release), so the overlay is
 * whatever the candidate — and a link to it — carries.
 */
export function Release({ scores, measured: given, bands, bandDraws }: { scores: Scores; measured?: MeasuredRelease[]; bands?: ReleaseBand[]; bandDraws?: number }) {
  const measured = given?.length ? given : measurementsOf(scores.formulation).release;
  const r = scores.release;
  const groups = r.byPayload.length ? r.byPayload : [{ agent: 'payload', curves: r.curves, releasedAt24hPct: r.releasedAt24hPct, t50h: r.t50h, selectivityIndex: r.selectivityIndex }];
  if (!groups.length || !groups[0].curves.length) return <p className="empty">No drug payload to release — add one in the builder.</p>;
  return (
    <div>
      <PhLegend measured={measured.reduce((n, m) => n + m.points.length, 0)} band={bands?.length ? bandDraws ?? 0 : null} />
      <div className="chart-grid">
        {groups.map((g) => {
          const rows = releaseRows(g.curves);
          // points without an agent belong to the drug (the first payload that is not a high-Z element), not to every chart
          const drug = groups.find((x) => (AGENTS as Record<string, { kind: string }>)[x.agent]?.kind !== 'element')?.agent ?? groups[0]?.agent;
          const meas = measuredRows((measured ?? []).filter((m) => (m.agent ? m.agent === g.agent : g.agent === drug)));
          const band = (bands ?? []).filter((b) => b.agent === g.agent).flatMap((b) => b.points.map((p) => ({ ...p, pH: b.pH })));
          return (
            <div key={g.agent}>
              <h3>{agentName(g.agent)}</h3>
              <PlotFigure
                testId={`release-chart-${g.agent}`}
                label={`Cumulative release of ${agentName(g.agent)} over 72 h at pH 7.4, 6.5 and 5.0${meas.length ? ', with measured points' : ''}${band.length ? ', with the 5–95 % Monte Carlo band' : ''}`}
                deps={[rows, meas, band]}
                name={`release-${g.agent}`}
                table={() => csvText([
                  ['series', 'pH', 'time (h)', 'released (%)', 'band 5 % (%)', 'band 50 % (%)', 'band 95 % (%)'],
                  ...rows.map((d) => ['model', d.pH, d.t, d.pct, null, null, null]),
                  ...meas.map((d) => ['measured', d.pH, d.t, d.pct, null, null, null]),
                  ...band.map((d) => ['Monte Carlo band', d.pH, d.t, null, d.p5, d.p50, d.p95]),
                ])}
                make={(Plot, width) => Plot.plot({
                  width, height: 260, marginLeft: 48,
                  x: { label: 'time (h)', domain: [0, 72] },
                  y: { label: 'released (%)', domain: [0, 100], grid: true },
                  color: { domain: ['7.4', '6.5', '5.0'], range: [PH_COLORS['7.4'], PH_COLORS['6.5'], PH_COLORS['5.0']] },
                  marks: [
                    Plot.areaY(band, { x: 't', y1: 'p5', y2: 'p95', z: 'pH', fill: 'pH', fillOpacity: 0.18 }),
                    ...(['7.4', '6.5', '5.0'] as const).map((ph) =>
                      Plot.line(rows.filter((d) => d.pH === ph), { x: 't', y: 'pct', stroke: 'pH', strokeWidth: 2, strokeDasharray: PH_DASH[ph] })),
                    Plot.dot(meas, { x: 't', y: 'pct', stroke: 'pH', fill: 'white', symbol: 'square', r: 3.5 }),
                    Plot.ruleY([0]),
                  ],
                })}
              />
            </div>
          );
        })}
      </div>
      <table className="data">
        <caption>Release at 24 h and time to 50 % (t50); beside each 24 h value its 90 % prediction interval (where 90 % of measurements of such systems fell around the model in the validation corpus — not a Monte Carlo band, not your data; click it for how it is made and how well it covered held-out measurements)</caption>
        <thead>
          <tr><th scope="col">payload</th>{PH_KEYS.map((k) => <th key={k} scope="col">24 h, pH {k}</th>)}{PH_KEYS.map((k) => <th key={`t${k}`} scope="col">t50, pH {k}</th>)}<th scope="col">selectivity</th></tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.agent}>
              <th scope="row">{agentName(g.agent)}</th>
              {PH_KEYS.map((k: PhKey) => <td key={k} className="r"><Num value={g.releasedAt24hPct[k]} unit="%" decimals={RELEASED_PCT_DECIMALS} explain="release.releasedAt24hPct" title={`${agentName(g.agent)} released at 24 h, pH ${k}`} interval={{ kind: 'release', metric: 'release-pct' }} intervalTestId="interval-release" /></td>)}
              {PH_KEYS.map((k: PhKey) => <td key={`t${k}`} className="r">{g.t50h[k] === null ? <span className="muted" title="50 % not reached within 72 h">&gt; 72 h</span> : <Num value={g.t50h[k]} unit="h" explain="release.t50h" title={`${agentName(g.agent)} t50 at pH ${k}`} />}</td>)}
              <td className="r"><Num value={g.selectivityIndex} unit="" explain="release.selectivityIndex" title="Selectivity index (24 h, pH 5.0 / 7.4)" interval={{ none: 'selectivity' }} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Premature leakage (in blood: serum, 37 °C, pH 7.4, within 24 h): <Num value={r.prematureLeakagePct} unit="%" decimals={RELEASED_PCT_DECIMALS} explain="release.prematureLeakagePct" title="Premature leakage" /></p>
    </div>
  );
}

/** HTML legend (cheaper than a Plot legend on every edit): colour and dash per pH, square markers for measured data. */
function PhLegend({ measured, band }: { measured: number; band: number | null }) {
  return (
    <ul className="legend" aria-label="Legend">
      {(['7.4', '6.5', '5.0'] as const).map((ph) => (
        <li key={ph}>
          <svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke={PH_COLORS[ph]} strokeWidth="2.5" strokeDasharray={PH_DASH[ph]} /></svg>
          pH {ph} {ph === '7.4' ? '(blood)' : ph === '6.5' ? '(tumour interstitium)' : '(endolysosome)'}
        </li>
      ))}
      {band !== null && <li data-testid="release-band-legend"><svg width="28" height="10" aria-hidden="true"><rect x="0" y="1" width="28" height="8" fill="#0072B2" fillOpacity="0.25" /></svg> shaded: 5–95 % Monte Carlo band ({band} draws)</li>}
      {measured > 0 && <li data-testid="release-measured-legend"><svg width="12" height="12" aria-hidden="true"><rect x="2" y="2" width="8" height="8" fill="white" stroke="#333" /></svg> measured (<span data-testid="release-measured-count">{measured}</span> points)</li>}
    </ul>
  );
}
