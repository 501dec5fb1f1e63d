// Bridge from the radiosensitization chain to per-fraction radiobiology: one RadiosensitizationResult for every fraction (today), one per fraction (time-resolved pharmacology), or one per course beam.
import type { Compartment } from '../radiobiology/radiosensitization';
import type { ScheduledFraction } from './schedules';
import type { FractionRadiobiology, TcpCompartment } from './tcp';

/** What the bridge reads of a RadiosensitizationResult (structural, so a pk-built result fits as is). */
export interface RadiobiologyOfFraction {
  doseEnhancementFactor: number;
  compartmentsControl: readonly Compartment[];
  compartmentsTreated: readonly Compartment[];
}

export type Arm = 'control' | 'candidate';

/**
 * The compartments one arm sees, for PHYSICAL dose: control = the cells without particle or drug; candidate = the
 * treated compartments with the macroscopic dose enhancement folded in (α'·DEF, β'·DEF², since D_eff = DEF·D).
 */
export function armCompartments(rs: RadiobiologyOfFraction, arm: Arm): TcpCompartment[] {
  if (arm === 'control') return rs.compartmentsControl.map((c) => ({ fraction: c.fraction, alphaPerGy: c.alphaPerGy, betaPerGy2: c.betaPerGy2 }));
  const def = rs.doseEnhancementFactor;
  if (!(Number.isFinite(def) && def > 0)) throw new RangeError(`doseEnhancementFactor: must be a finite number > 0, got ${def}`);
  return rs.compartmentsTreated.map((c) => ({ fraction: c.fraction, alphaPerGy: c.alphaPerGy * def, betaPerGy2: c.betaPerGy2 * def * def }));
}

/**
 * Per-fraction radiobiology of one arm. `rs`: ONE result (the same radiobiology for every fraction: today's chain) or
 * an ARRAY with one result per fraction of the calendar, in calendar order (time-resolved pharmacology: each fraction
 * sees the drug and element concentrations present at its time).
 */
export function fractionRadiobiology(cal: readonly ScheduledFraction[], rs: RadiobiologyOfFraction | readonly RadiobiologyOfFraction[], arm: Arm): FractionRadiobiology[] {
  if (Array.isArray(rs)) {
    const list = rs as readonly RadiobiologyOfFraction[];
    if (list.length !== cal.length) throw new RangeError(`radiobiology: one result per fraction expected (${cal.length}), got ${list.length}`);
    // consecutive fractions sharing one result share one compartments array (the TCP folds them into one term); so do
    // consecutive control arms built from one control-compartments array (the chain shares it between fractions)
    let prev: RadiobiologyOfFraction | null = null;
    let comps: TcpCompartment[] = [];
    return cal.map((f, i) => {
      const r = list[i];
      if (r !== prev && !(arm === 'control' && prev !== null && r.compartmentsControl === prev.compartmentsControl)) comps = armCompartments(r, arm);
      prev = r;
      return { doseGy: f.doseGy, dayOfCourse: f.day, compartments: comps };
    });
  }
  const comps = armCompartments(rs as RadiobiologyOfFraction, arm);
  return cal.map((f) => ({ doseGy: f.doseGy, dayOfCourse: f.day, compartments: comps }));
}

/** Per-fraction radiobiology when each course has its own result (its beam): rsByCourse[course index]. */
export function fractionRadiobiologyByCourse(cal: readonly ScheduledFraction[], rsByCourse: readonly RadiobiologyOfFraction[], arm: Arm): FractionRadiobiology[] {
  return fractionRadiobiology(
    cal,
    cal.map((f) => {
      const r = rsByCourse[f.course];
      if (!r) throw new RangeError(`radiobiology: no result for course ${f.course}`);
      return r;
    }),
    arm,
  );
}
