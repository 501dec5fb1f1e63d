// The gate before a fit is applied: a fit that is not identifiable or not plausible can only be applied after an
// explicit, labelled override (the reasons are listed, and the override is recorded with the applied values).
import { useId, useState, type ReactNode } from 'react';
import type { FitTrust } from '../engine/fitting';

export function FitTrustGate({ trust, children }: { trust: FitTrust; children: (allowed: boolean, overridden: boolean) => ReactNode }) {
  const [override, setOverride] = useState(false);
  const id = useId();
  if (trust.trusted) return <>{children(true, false)}</>;
  return (
    <div className="banner warn fit-trust" data-testid="fit-untrusted">
      <strong>This fit should not be applied as it is:</strong>
      <ul>{trust.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
      <p className="small">Fit fewer parameters, add data (more time points or pH values), or keep the literature values.</p>
      <label htmlFor={id} className="check-inline">
        <input id={id} type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} data-testid="fit-override" />
        {trust.unpinned.length > 0 ? `Apply anyway — the fit cannot pin down ${trust.unpinned.join(' and ')}` : 'Apply anyway — the fit failed the checks above'} (I understand these values are not determined by my data; the override and its reasons are recorded with them)
      </label>
      <div className="row">{children(override, override)}</div>
    </div>
  );
}
