// M5 explanations of each component score: the desirability ramp with its response, limits, shape, weight and sources,
// and what would move it (how far the response is from the limits, and how much the overall score answers to it).
import { paramRow, type Explanation, type Param } from '../param';
import type { ComponentId, Desirability } from '../scores';
import { COMPONENT_IDS } from '../scores';

/** Plain names of the responses behind each component score. */
export const COMPONENT_RESPONSE: Record<ComponentId, { label: string; response: string; direction: 'up' | 'window' }> = {
  loading: { label: 'Loading', response: 'total loading capacity', direction: 'up' },
  release: { label: 'Release', response: 'acid selectivity index (release at pH 5.0 / pH 7.4, 24 h)', direction: 'up' },
  targeting: { label: 'Targeting', response: 'tumour delivery', direction: 'up' },
  radiosensitization: { label: 'Radiosensitization', response: 'sensitizer enhancement ratio (SER)', direction: 'up' },
  safety: { label: 'Safety', response: 'hydrodynamic size, systemic metal dose and premature leakage', direction: 'window' },
};

/** Rounded to 3 significant digits for prose (no trailing zeros). */
function n3(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(3)));
}

export interface ComponentExplanationInput {
  desirability: Record<ComponentId, Desirability>;
  overall: number;
  floor: number;
  /** The limit parameters of each component, in the order they are applied (already resolved values in `values`). */
  limits: Record<ComponentId, { name: string; param: Param; value: number }[]>;
  safetyParts: { size: number; metal: number; leakage: number };
  /** Extra inputs shown for a component (e.g. the leakage response of the release score). */
  extraInputs?: Partial<Record<ComponentId, Explanation['inputs']>>;
}

/** How strongly the overall score answers to a change of d_i: ∂overall/∂d_i = overall · w_i / (Σw · d_i). */
export function overallSensitivity(desirability: Record<ComponentId, Desirability>, overall: number, id: ComponentId): number | null {
  const x = desirability[id];
  if (x.d === null || x.weight <= 0) return null;
  let wSum = 0;
  for (const k of COMPONENT_IDS) {
    const y = desirability[k];
    if (y.d !== null && y.weight > 0) wSum += y.weight;
  }
  return wSum > 0 ? (overall * x.weight) / (wSum * x.d) : null;
}

function formulaOf(id: ComponentId, d: Desirability): string {
  const ramp = d.scale === 'log' ? 'ln(y / L) / ln(U / L)' : '(y − L) / (U − L)';
  switch (id) {
    case 'loading':
      return `d = max(floor, min(1, max(0, ${ramp})) × d_EE), y = total loading capacity; d_EE = min(1, max(0, (EE − L_EE)/(U_EE − L_EE))), EE = 100·Σ loaded / Σ fed (1 when EE does not apply)`;
    case 'release':
      return `d = max(floor, min(1, ${ramp}) × (1 − ramp(R₇.₄,24h; L_leak, U_leak))), y = selectivity index`;
    case 'safety':
      return 'd = max(floor, ∛(d_size · d_metal · d_leak)); d_size = 1 inside [L, U] nm, log ramp to 0 at L/tol and U·tol; d_metal, d_leak: smaller-is-better ramps; leak = F_blood(serum, 37 °C, pH 7.4) within a fixed 24 h, the same window for every carrier';
    default:
      return `d = max(floor, min(1, max(0, ${ramp}))), y = ${COMPONENT_RESPONSE[id].response}`;
  }
}

/** What would move this component: where its response sits between the limits and what the overall score gains per unit of d. */
function whatMoves(id: ComponentId, d: Desirability, floor: number, sens: number | null): string {
  if (d.d === null || d.response === null) return `${COMPONENT_RESPONSE[id].label} does not apply to this candidate (${d.note ?? 'no response'}), so it is left out of the overall score.`;
  const unit = d.unit === '1' ? '' : ` ${d.unit}`;
  const parts: string[] = [];
  if (id === 'safety') {
    parts.push(`Safety is the geometric mean of three parts; the lowest part limits it. The size window is ${n3(d.lower)}–${n3(d.upper)} nm (d_h now ${n3(d.response)} nm).`);
  } else if (d.d >= 1) {
    parts.push(`The response (${n3(d.response)}${unit}) is at or beyond the upper limit ${n3(d.upper)}${unit}: raising it further does not raise this score.`);
  } else if (d.d <= floor) {
    parts.push(`The response (${n3(d.response)}${unit}) is at or below the lower limit ${n3(d.lower)}${unit}, so d sits at the floor ${floor}; it starts to count above ${n3(d.lower)}${unit} and reaches 1 at ${n3(d.upper)}${unit}.`);
  } else {
    parts.push(`The response (${n3(d.response)}${unit}) lies between the limits ${n3(d.lower)} and ${n3(d.upper)}${unit} (${d.scale} ramp); reaching ${n3(d.upper)}${unit} gives d = 1.`);
  }
  if (d.note) parts.push(d.note.startsWith('×') ? `Release is multiplied by a leakage penalty: ${d.note.slice(1).trim()}.` : '');
  if (sens !== null) parts.push(`With weight ${n3(d.weight)}, +0.1 in this d changes the overall score by about ${n3(0.1 * sens)} points.`);
  else if (d.weight <= 0) parts.push('Its weight is 0, so it does not enter the overall score.');
  return parts.filter(Boolean).join(' ');
}

/** One explanation per component score, keyed by the score path (`score.loading`, …). */
export function componentExplanations(x: ComponentExplanationInput): Record<`score.${ComponentId}`, Explanation> {
  const out = {} as Record<`score.${ComponentId}`, Explanation>;
  for (const id of COMPONENT_IDS) {
    const d = x.desirability[id];
    const sens = overallSensitivity(x.desirability, x.overall, id);
    const inputs: Explanation['inputs'] = [];
    if (id === 'safety') {
      inputs.push({ name: 'hydrodynamic diameter d_h', value: d.response ?? 'n/a', unit: 'nm' });
      inputs.push({ name: 'd_size (size window)', value: x.safetyParts.size, unit: '1' });
      inputs.push({ name: 'd_metal (systemic high-Z dose)', value: x.safetyParts.metal, unit: '1' });
      inputs.push({ name: 'd_leak (premature leakage)', value: x.safetyParts.leakage, unit: '1' });
    } else {
      inputs.push({ name: `response y: ${COMPONENT_RESPONSE[id].response}`, value: d.response ?? 'n/a', unit: d.unit });
    }
    for (const e of x.extraInputs?.[id] ?? []) inputs.push(e);
    inputs.push({ name: 'weight w', value: d.weight, unit: '1' });
    if (sens !== null) inputs.push({ name: '∂overall/∂d (points per unit d)', value: sens, unit: '1' });
    const params = x.limits[id].map((l) => paramRow(l.name, l.param, l.value));
    out[`score.${id}`] = {
      equation: `M5.d-${id}`,
      formula: formulaOf(id, d),
      inputs,
      params,
      result: { name: `${COMPONENT_RESPONSE[id].label} score (100·d)`, value: d.d === null ? null : 100 * d.d, unit: '0–100' },
      note: `${whatMoves(id, d, x.floor, sens)} Why these limits: each is a ranking assumption of the model (MODEL.md M5), listed with its reason under Parameters; override them in the parameter panel to match your priorities.`,
    };
  }
  return out;
}

/** What would move the overall score: the component whose d, raised by 0.1, gains the most points (the weakest weighted one). */
export function overallNote(desirability: Record<ComponentId, Desirability>, overall: number): string {
  let best: ComponentId | null = null;
  let bestGain = 0;
  for (const id of COMPONENT_IDS) {
    const d = desirability[id].d;
    const s = overallSensitivity(desirability, overall, id);
    if (d === null || s === null || d >= 1) continue;
    const gain = 0.1 * s;
    if (gain > bestGain) { bestGain = gain; best = id; }
  }
  const lead = 'Limits are assumptions that rank candidates; the Score weighs the five components equally — to rank by your priorities, set component weights in the Compare tab (the ranking changes, the Score does not).';
  if (!best) return `${lead} Every applicable component is at d = 1 (or has weight 0): the overall score cannot rise further.`;
  return `${lead} The overall answers most to ${COMPONENT_RESPONSE[best].label.toLowerCase()} (d = ${n3(desirability[best].d ?? 0)}): +0.1 there adds about ${n3(bestGain)} points.`;
}
