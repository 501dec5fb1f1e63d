// The parameter ranges the one plausibility rule (trust.ts plausibilityFlags) checks, for any release fit: a built-in
// model's declared physical ranges and fitting bounds, or your own model's typed bounds (range and bounds alike).
import { RELEASE_MODELS, isReleaseModelId } from './release-models';
import { plausibilityFlags, type ParamRange } from './trust';
import type { CompiledCustomModel } from './custom-model';

/** Ranges by parameter for the fit of `model` (a built-in id, or 'custom' with your compiled model). */
export function parameterRanges(model: string, own?: Pick<CompiledCustomModel, 'names' | 'lower' | 'upper'> | null): Record<string, ParamRange> {
  const out: Record<string, ParamRange> = {};
  if (isReleaseModelId(model)) {
    const m = RELEASE_MODELS[model];
    m.keys.forEach((k, i) => { out[k] = { plausible: m.plausible[i], bounds: [m.lower[i], m.upper[i]] }; });
  } else if (own) {
    own.names.forEach((k, i) => {
      const b: [number, number] = [own.lower[i], own.upper[i]];
      out[k] = { plausible: b, bounds: b };
    });
  }
  return out;
}

/** The plausibility flags of one fit (the same rule for every model). */
export function fitPlausibility(fit: { model: string; params: Record<string, number> }, own?: Pick<CompiledCustomModel, 'names' | 'lower' | 'upper'> | null): string[] {
  return plausibilityFlags(fit.params, parameterRanges(fit.model, own));
}
