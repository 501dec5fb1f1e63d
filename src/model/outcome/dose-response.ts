// Local control against total EQD2: a schedule re-scaled to a target EQD2 (boost dose per fraction, calendar kept) and the population TCP along a dose grid.
import { eqd2Gy } from '../radiobiology/lq';
import { scheduleCalendar, type Schedule, type ScheduledFraction } from './schedules';
import { populationTcp, populationTcpOverDoses, type FractionRadiobiology, type TcpParams } from './tcp';

/** k with Σ n (k d)(k d + a/b)/(2 + a/b) = target over the given courses: A k² + B k − C = 0. */
function scaleFactor(courses: Schedule['courses'], targetEqd2: number, ab: number): number {
  let A = 0;
  let B = 0;
  for (const c of courses) {
    A += c.fractions * c.doseGy * c.doseGy;
    B += ab * c.fractions * c.doseGy;
  }
  const C = targetEqd2 * (2 + ab);
  return A > 0 ? (-B + Math.sqrt(B * B + 4 * A * C)) / (2 * A) : C / B;
}

/**
 * The dose factor of each course that brings the total EQD2 (α/β = ab) to `targetEqd2Gy`: the brachytherapy courses'
 * dose per fraction is scaled by one factor (how D90 escalation is done clinically; the external beam and the calendar
 * stay); when the target is below the external beam's own EQD2, or there is no brachytherapy course, every course is scaled.
 */
export function courseScaleFactors(s: Schedule, targetEqd2Gy: number, ab: number): number[] {
  if (!(Number.isFinite(targetEqd2Gy) && targetEqd2Gy > 0)) throw new RangeError(`target EQD2: must be a number > 0 Gy, got ${targetEqd2Gy}`);
  const boost = s.courses.filter((c) => c.modality === 'hdr');
  let fixed = 0;
  for (const c of s.courses) if (c.modality !== 'hdr') fixed += eqd2Gy(c.fractions, c.doseGy, ab);
  const scaleBoostOnly = boost.length > 0 && targetEqd2Gy > fixed + 1e-9;
  const k = scaleBoostOnly ? scaleFactor(boost, targetEqd2Gy - fixed, ab) : scaleFactor(s.courses, targetEqd2Gy, ab);
  return s.courses.map((c) => (!scaleBoostOnly || c.modality === 'hdr' ? k : 1));
}

/** The schedule with total EQD2 (α/β = ab) equal to `targetEqd2Gy` (courseScaleFactors applied). */
export function scaleScheduleToEqd2(s: Schedule, targetEqd2Gy: number, ab: number): Schedule {
  const k = courseScaleFactors(s, targetEqd2Gy, ab);
  return { ...s, courses: s.courses.map((c, i) => (k[i] !== 1 ? { ...c, doseGy: c.doseGy * k[i] } : c)) };
}

export interface DoseResponsePoint {
  eqd2Gy: number;
  tcp: number;
}

/** The calendar of `s` re-scaled to total EQD2 `D`: the same days, each fraction's dose multiplied by its course's factor. */
function scaledCalendar(s: Schedule, cal: readonly ScheduledFraction[], D: number, ab: number): ScheduledFraction[] {
  const k = courseScaleFactors(s, D, ab);
  return cal.map((f) => ({ day: f.day, course: f.course, doseGy: f.doseGy * k[f.course] }));
}

/**
 * Population TCP at each total EQD2 of the grid. `build` gives the fractions' radiobiology for the schedule's calendar,
 * one entry per fraction in calendar order; it is called once and must not depend on the doses (the compartments a
 * fraction sees do not): each grid point takes those compartments with the re-scaled doses, so the ln S of fractions
 * whose dose does not move (the external beam when only the boost is scaled) is computed once (populationTcpOverDoses).
 */
export function doseResponse(s: Schedule, eqd2GridGy: readonly number[], ab: number, build: (cal: ScheduledFraction[]) => FractionRadiobiology[], p: TcpParams): DoseResponsePoint[] {
  const cal = scheduleCalendar(s);
  const base = build(cal);
  if (base.length !== cal.length) throw new RangeError(`doseResponse: build must give one entry per fraction (${cal.length}), got ${base.length}`);
  const tcp = populationTcpOverDoses(
    base,
    eqd2GridGy.map((D) => {
      const k = courseScaleFactors(s, D, ab);
      return cal.map((f) => f.doseGy * k[f.course]);
    }),
    p,
  );
  return eqd2GridGy.map((D, i) => ({ eqd2Gy: D, tcp: tcp[i] }));
}

/** Total EQD2 (Gy) at which the dose–response reaches `level` (bisection on [lo, hi]); null when not bracketed. */
export function doseForTcp(s: Schedule, level: number, ab: number, build: (cal: ScheduledFraction[]) => FractionRadiobiology[], p: TcpParams, lo = 20, hi = 200): number | null {
  const cal = scheduleCalendar(s);
  const f = (D: number) => populationTcp(build(scaledCalendar(s, cal, D, ab)), p).tcp - level;
  let a = lo;
  let b = hi;
  if (f(a) > 0 || f(b) < 0) return null;
  for (let i = 0; i < 60 && b - a >= 1e-4; i++) {
    const m = 0.5 * (a + b);
    if (f(m) < 0) a = m;
    else b = m;
  }
  return 0.5 * (a + b);
}

/** Evenly spaced grid from lo to hi (n points). */
export function linearGrid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}
