// Loading tab: per-payload loading capacity, encapsulation efficiency and molecules per particle.
import type { Scores } from '../../model/scores';
import { Num } from '../Num';
import { agentName } from '../catalog-names';
import { payloadLoadingInterval, totalLoadingInterval } from '../interval-refs';

export function Loading({ scores }: { scores: Scores }) {
  const rows = scores.loading.payloads;
  if (!rows.length) return <p className="empty">This candidate carries no payload — add one in the builder (Payloads).</p>;
  return (
    <div>
      <table className="data" data-testid="loading-table">
        <caption>Loading at the chosen feed ratios (the drugs compete for one capacity: competitive Langmuir loading); 90 % interval (90 % prediction interval): where 90 % of measured values of such systems fell around the model in the validation corpus; click it for how it is made and how well it covered held-out measurements</caption>
        <thead>
          <tr><th scope="col">payload</th><th scope="col">loaded (mg/mg carrier)</th><th scope="col">loading capacity</th><th scope="col">encapsulation efficiency</th><th scope="col">per particle</th></tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={i}>
              <th scope="row">{agentName(p.agent)}</th>
              <td className="r"><Num value={p.loadedMgPerMgCarrier} unit="mg/mg" explain={`loading.${p.agent}`} title={`${agentName(p.agent)} loaded per carrier mass`} /></td>
              <td className="r"><Num value={p.loadingCapacityPct} unit="wt %" explain={`loading.${p.agent}`} title={`${agentName(p.agent)} loading capacity`} interval={payloadLoadingInterval(p, 'lc-pct')} intervalTestId="interval-lc" /></td>
              <td className="r"><Num value={p.encapsulationEfficiencyPct} unit="%" explain={`loading.${p.agent}`} title={`${agentName(p.agent)} encapsulation efficiency`} interval={payloadLoadingInterval(p, 'ee-pct')} intervalTestId="interval-ee" /></td>
              <td className="r"><Num value={p.moleculesPerParticle} unit="molecules" explain={`loading.${p.agent}`} title={`${agentName(p.agent)} molecules per particle`} /></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row">total</th><td /><td className="r"><Num value={scores.loading.totalLoadingPct} unit="wt %" explain="loading.totalLoadingPct" title="Total loading" interval={totalLoadingInterval(scores.loading.payloads)} intervalTestId="interval-lc-total" /></td><td /><td /></tr>
        </tfoot>
      </table>
      <p className="muted">Particle: core <Num value={scores.geometry.coreDiameterNm} unit="nm" explain="geometry" title="Core diameter" />, membrane coverage <Num value={scores.geometry.membraneCoverage * 100} unit="%" explain="geometry.membraneCoverage" title="Membrane coverage" />.</p>
    </div>
  );
}

