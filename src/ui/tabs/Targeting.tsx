// Targeting tab: size, circulation half-life, tumour delivery of the particle and each payload, cell-uptake indices.
import type { Scores } from '../../model/scores';
import { Num } from '../Num';
import { agentName } from '../catalog-names';

export function Targeting({ scores }: { scores: Scores }) {
  const t = scores.targeting;
  return (
    <div>
      <dl className="kv">
        <dt>Hydrodynamic diameter</dt><dd><Num value={t.hydrodynamicDiameterNm} unit="nm" explain="targeting.hydrodynamicDiameterNm" title="Hydrodynamic diameter" interval={{ kind: 'size', metric: 'size-nm' }} intervalTestId="interval-size" /></dd>
        <dt>Circulation half-life (mouse)</dt><dd><Num value={t.circulationHalfLifeH} unit="h" explain="targeting.circulationHalfLifeH" title="Circulation half-life" interval={{ kind: 'pk', metric: 'half-life-h' }} intervalTestId="interval-half-life" /></dd>
        <dt>Particle dose reaching the tumour</dt><dd><Num value={t.tumorDeliveryPctID} unit="% ID" explain="targeting.tumorDeliveryPctID" title="Tumour delivery" interval={{ kind: 'pk', metric: 'tumour-pct-id' }} intervalTestId="interval-delivery" /></dd>
        <dt>Tumour-cell uptake (bare = 1)</dt><dd><Num value={t.tumorCellUptakeIndex} unit="× bare" explain="targeting.tumorCellUptakeIndex" title="Tumour-cell uptake index" /></dd>
        <dt>CAF uptake (bare = 1)</dt><dd><Num value={t.cafUptakeIndex} unit="× bare" explain="targeting.cafUptakeIndex" title="CAF uptake index" /></dd>
      </dl>
      <table className="data">
        <caption>Payload reaching the tumour (carried + leaked, % of that payload's injected dose)</caption>
        <thead><tr><th scope="col">payload</th><th scope="col">tumour delivery</th></tr></thead>
        <tbody>
          {Object.entries(t.payloadDeliveryPctID).map(([a, v]) => (
            <tr key={a}><th scope="row">{agentName(a)}</th><td className="r"><Num value={v} unit="% ID" explain="targeting.payloadDeliveryPctID" title={`${agentName(a)} tumour delivery`} /></td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Mouse, one-compartment clearance; tumour delivery calibrated to the 0.7 % ID median of Wilhelm et al. (2016). No whole-body PBPK.</p>
    </div>
  );
}
