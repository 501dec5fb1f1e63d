// Oxygen modification (MODEL.md M4.5): Alper–Howard-Flanders OMF relative to full oxygenation.

/**
 * OMF(p) = (m p + K) / (p + K) / m, with m the maximum oxygen enhancement ratio and K (mmHg) the half-effect pO₂.
 * OMF → 1 when well oxygenated and 1/m under anoxia. α scales by OMF, β by OMF².
 */
export function oxygenModificationFactor(pO2MmHg: number, m = 3, kMmHg = 3): number {
  if (!Number.isFinite(pO2MmHg) || pO2MmHg < 0) throw new RangeError(`pO2: must be a finite number ≥ 0 mmHg, got ${pO2MmHg}`);
  if (!Number.isFinite(m) || m < 1) throw new RangeError(`OMF m (maximum OER): must be ≥ 1, got ${m}`);
  if (!Number.isFinite(kMmHg) || kMmHg <= 0) throw new RangeError(`OMF K: must be > 0 mmHg, got ${kMmHg}`);
  return (m * pO2MmHg + kMmHg) / (pO2MmHg + kMmHg) / m;
}
