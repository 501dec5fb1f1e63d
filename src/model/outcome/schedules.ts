// Clinical radiotherapy schedules as data (external beam + brachytherapy boost), their weekday calendar, overall treatment time and EQD2 per course.
import { eqd2Gy, bedGy } from '../radiobiology/lq';

/** 0 = Monday … 6 = Sunday (day 0 of a course calendar is a Monday). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Modality = 'ebrt' | 'hdr';

/** One course of a schedule: n fractions of d Gy on the given weekdays, with its beam. */
export interface Course {
  modality: Modality;
  /** Beam id of the course (contract §1 beam ids): external beam 6MV, HDR brachytherapy Ir-192 by default. */
  beam: string;
  fractions: number;
  doseGy: number;
  /** Weekdays on which fractions are given (default: Mon–Fri for external beam, Tue + Fri for HDR). */
  weekdays?: readonly Weekday[];
  /** Calendar day of the first possible fraction (default: the day after the previous course's last fraction; 0 for the first course). */
  startDay?: number;
}

export interface Schedule {
  id: string;
  label: string;
  courses: readonly Course[];
  /** Where the schedule comes from (guideline or trial), or 'custom'. */
  source: string;
}

export const DEFAULT_WEEKDAYS: Record<Modality, readonly Weekday[]> = { ebrt: [0, 1, 2, 3, 4], hdr: [1, 4] };
export const DEFAULT_BEAM: Record<Modality, string> = { ebrt: '6MV', hdr: 'Ir-192' };

const ebrt = (fractions: number, doseGy: number): Course => ({ modality: 'ebrt', beam: '6MV', fractions, doseGy });
const hdr = (fractions: number, doseGy: number): Course => ({ modality: 'hdr', beam: 'Ir-192', fractions, doseGy });

/**
 * Standard definitive chemoradiotherapy schedules of locally advanced cervical cancer: pelvic external beam 45 Gy / 25 fx
 * or 50.4 Gy / 28 fx, then an HDR brachytherapy boost (ABS guideline options 7 Gy × 4, 6 Gy × 5, 9 Gy × 2; Viswanathan
 * et al., Brachytherapy 2012 — recalled; EMBRACE/Vienna protocol 45–50.4 Gy + 7 Gy × 4, Pötter et al., Radiother Oncol
 * 2011 — read). HDR fractions twice a week after external beam unless a schedule says otherwise.
 */
export const SCHEDULES = {
  'ebrt45-hdr7x4': { id: 'ebrt45-hdr7x4', label: '45 Gy / 25 fx + HDR 7 Gy × 4', courses: [ebrt(25, 1.8), hdr(4, 7)], source: 'Pötter et al., Radiother Oncol 2011 (EBRT 45–50.4 Gy + 4 × 7 Gy HDR; read); ABS guideline (recalled)' },
  'ebrt50.4-hdr7x4': { id: 'ebrt50.4-hdr7x4', label: '50.4 Gy / 28 fx + HDR 7 Gy × 4', courses: [ebrt(28, 1.8), hdr(4, 7)], source: 'Pötter et al., Radiother Oncol 2011 (read)' },
  'ebrt45-hdr6x5': { id: 'ebrt45-hdr6x5', label: '45 Gy / 25 fx + HDR 6 Gy × 5', courses: [ebrt(25, 1.8), hdr(5, 6)], source: 'ABS guideline, Viswanathan et al., Brachytherapy 2012 (recalled)' },
  'ebrt45-hdr9x2': { id: 'ebrt45-hdr9x2', label: '45 Gy / 25 fx + HDR 9 Gy × 2', courses: [ebrt(25, 1.8), { ...hdr(2, 9), weekdays: [1] }], source: 'ABS guideline, Viswanathan et al., Brachytherapy 2012 (recalled); weekly' },
  'ebrt45-only': { id: 'ebrt45-only', label: '45 Gy / 25 fx, no boost', courses: [ebrt(25, 1.8)], source: 'external beam alone (comparison)' },
} as const satisfies Record<string, Schedule>;

export type ScheduleId = keyof typeof SCHEDULES;
export const SCHEDULE_IDS = Object.keys(SCHEDULES) as ScheduleId[];
export const DEFAULT_SCHEDULE_ID: ScheduleId = 'ebrt45-hdr7x4';

export function isScheduleId(id: string): id is ScheduleId {
  return Object.hasOwn(SCHEDULES, id);
}

/** One fraction on the calendar. */
export interface ScheduledFraction {
  /** Calendar day (0 = the Monday the first course starts). */
  day: number;
  doseGy: number;
  /** Index of its course in schedule.courses. */
  course: number;
}

function checkCourse(c: Course, i: number): void {
  const where = `courses.${i}`;
  if (c.modality !== 'ebrt' && c.modality !== 'hdr') throw new RangeError(`${where}.modality: use 'ebrt' or 'hdr', got ${String(c.modality)}`);
  if (!Number.isInteger(c.fractions) || c.fractions < 1 || c.fractions > 60) throw new RangeError(`${where}.fractions: must be a whole number in [1, 60], got ${c.fractions}`);
  if (typeof c.doseGy !== 'number' || !Number.isFinite(c.doseGy) || c.doseGy <= 0 || c.doseGy > 30) throw new RangeError(`${where}.doseGy: must be a number in (0, 30] Gy, got ${c.doseGy}`);
  if (typeof c.beam !== 'string' || c.beam.length === 0 || c.beam.length > 64) throw new RangeError(`${where}.beam: must be a beam id, got ${String(c.beam)}`);
  const wd = c.weekdays ?? DEFAULT_WEEKDAYS[c.modality];
  if (wd.length === 0 || wd.some((w) => !Number.isInteger(w) || w < 0 || w > 6)) throw new RangeError(`${where}.weekdays: must list weekdays 0 (Mon) … 6 (Sun), got [${wd.join(', ')}]`);
  if (c.startDay !== undefined && (!Number.isInteger(c.startDay) || c.startDay < 0 || c.startDay > 365)) throw new RangeError(`${where}.startDay: must be a whole day in [0, 365], got ${c.startDay}`);
}

/** Checks a schedule (throws a RangeError naming the field). */
export function checkSchedule(s: Schedule): void {
  if (!Array.isArray(s.courses) || s.courses.length === 0 || s.courses.length > 8) throw new RangeError(`courses: must list 1–8 courses, got ${Array.isArray(s.courses) ? s.courses.length : String(s.courses)}`);
  s.courses.forEach(checkCourse);
}

/**
 * The weekday calendar: each course places its fractions on its weekdays, one a day, from its start day (default the
 * day after the previous course's last fraction). Day 0 is a Monday.
 */
export function scheduleCalendar(s: Schedule): ScheduledFraction[] {
  checkSchedule(s);
  const out: ScheduledFraction[] = [];
  let next = 0;
  s.courses.forEach((c, ci) => {
    const wd = new Set<number>(c.weekdays ?? DEFAULT_WEEKDAYS[c.modality]);
    let day = c.startDay ?? next;
    let placed = 0;
    while (placed < c.fractions) {
      if (wd.has(day % 7)) {
        out.push({ day, doseGy: c.doseGy, course: ci });
        placed++;
      }
      day++;
    }
    next = day;
  });
  out.sort((a, b) => a.day - b.day || a.course - b.course);
  return out;
}

/** Overall treatment time (days): first to last fraction, elapsed (T = t_last − t_first). */
export function overallTreatmentTimeDays(cal: readonly ScheduledFraction[]): number {
  if (cal.length === 0) return 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of cal) {
    if (f.day < lo) lo = f.day;
    if (f.day > hi) hi = f.day;
  }
  return hi - lo;
}

export interface CourseDose {
  modality: Modality;
  beam: string;
  fractions: number;
  doseGy: number;
  physicalGy: number;
  bedGy: number;
  eqd2Gy: number;
}

export interface ScheduleSummary {
  id: string;
  label: string;
  courses: CourseDose[];
  physicalGy: number;
  bedGy: number;
  eqd2Gy: number;
  overallTreatmentTimeDays: number;
  fractions: ScheduledFraction[];
}

/** EQD2 and BED per course and in total (α/β in Gy, e.g. 10 for tumour), the calendar and the overall treatment time. */
export function summariseSchedule(s: Schedule, alphaBetaGy = 10): ScheduleSummary {
  const fractions = scheduleCalendar(s);
  const courses = s.courses.map((c) => ({
    modality: c.modality,
    beam: c.beam,
    fractions: c.fractions,
    doseGy: c.doseGy,
    physicalGy: c.fractions * c.doseGy,
    bedGy: bedGy(c.fractions, c.doseGy, alphaBetaGy),
    eqd2Gy: eqd2Gy(c.fractions, c.doseGy, alphaBetaGy),
  }));
  let physicalGy = 0;
  let bed = 0;
  let eqd2 = 0;
  for (const c of courses) {
    physicalGy += c.physicalGy;
    bed += c.bedGy;
    eqd2 += c.eqd2Gy;
  }
  return { id: s.id, label: s.label, courses, physicalGy, bedGy: bed, eqd2Gy: eqd2, overallTreatmentTimeDays: overallTreatmentTimeDays(fractions), fractions };
}

/** One course of the compact text, leniently: any case for the modality, spaces around the parts, 'x', 'X' or '×', a decimal comma or point. */
const COURSE_TEXT = /^([A-Za-z]+)\s*(?:@\s*([A-Za-z0-9:.+-]{1,40}))?\s*:\s*(\S+?)\s*[xX×]\s*(\S+)$/;

/** The compact schedule text grammar, for messages. */
export const SCHEDULE_TEXT_HELP = "a schedule id (" + Object.keys(SCHEDULES).join(', ') + ") or courses joined by '+', each 'ebrt|hdr[@beam]:NxD' (e.g. ebrt:25x1.8+hdr:4x7, ebrt:28x1.8+hdr@Ir-192:3x8; any case, spaces allowed, decimal point or comma)";

/**
 * A schedule from a preset id or the compact text 'ebrt:25x1.8+hdr:4x7' (course 'modality[@beam]:fractions x dose';
 * default weekdays and beams by modality). Throws a RangeError naming what is wrong.
 */
export function parseSchedule(text: string): Schedule {
  const t = text.trim();
  if (isScheduleId(t)) return SCHEDULES[t];
  if (t.length === 0 || t.length > 200) throw new RangeError(`schedule: expected ${SCHEDULE_TEXT_HELP}`);
  const courses: Course[] = t.split('+').map((raw, i) => {
    const part = raw.trim();
    const at = `schedule course ${i + 1} '${part}'`;
    const m = COURSE_TEXT.exec(part);
    if (!m) {
      // say what is missing rather than repeat the grammar
      const why = part === ''
        ? "is empty (a '+' with nothing after it?)"
        : !/:/.test(part)
          ? `has no modality: start it with ebrt: or hdr: (e.g. ebrt:${part.replace(/\s+/g, '')})`
          : !/[xX×]/.test(part.slice(part.indexOf(':') + 1))
            ? "needs fractions × dose after the ':' (e.g. ebrt:25x1.8)"
            : /[xX×]\s*$/.test(part)
              ? "needs the dose per fraction (Gy) after the 'x' (e.g. ebrt:25x1.8)"
              : "expected 'ebrt|hdr[@beam]:NxD' (e.g. ebrt:25x1.8)";
      throw new RangeError(`${at} ${why}`);
    }
    const modality = m[1].toLowerCase();
    if (modality !== 'ebrt' && modality !== 'hdr') throw new RangeError(`${at}: the modality is ebrt (external beam) or hdr (brachytherapy), got '${m[1]}'`);
    const nText = m[3];
    const dText = m[4].replace(',', '.');
    if (!/^\d+$/.test(nText)) throw new RangeError(`${at}: the number of fractions must be a whole number, got '${nText}'`);
    const fractions = Number(nText);
    if (fractions < 1 || fractions > 60) throw new RangeError(`${at}: ${fractions} fractions — a course has 1 to 60`);
    if (!/^-?\d+(\.\d+)?$/.test(dText)) throw new RangeError(`${at}: the dose per fraction must be a number in Gy (decimal point or comma), got '${m[4]}'`);
    const doseGy = Number(dText);
    if (!(doseGy > 0 && doseGy <= 30)) throw new RangeError(`${at}: ${doseGy} Gy per fraction — must be more than 0 and at most 30 Gy`);
    return { modality, beam: m[2] ?? DEFAULT_BEAM[modality], fractions, doseGy };
  });
  const s: Schedule = { id: t, label: courses.map((c) => `${c.modality === 'ebrt' ? 'EBRT' : 'HDR'} ${c.fractions} × ${c.doseGy} Gy`).join(' + '), courses, source: 'custom' };
  checkSchedule(s);
  return s;
}
