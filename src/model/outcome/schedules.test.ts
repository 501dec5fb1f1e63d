// Tests of schedule arithmetic: EQD2 per course, weekday calendar and overall treatment time, compact text, boost re-scaling.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleScheduleToEqd2 } from './dose-response';
import { parseSchedule, scheduleCalendar, SCHEDULE_IDS, SCHEDULES, summariseSchedule } from './schedules';

describe('schedules (EQD2, α/β 10)', () => {
  it('45 Gy / 25 fx: EQD2 = 25·1.8·11.8/12 = 44.25 Gy; HDR 7 Gy × 4: 4·7·17/12 = 39.667 Gy; total 83.917 Gy', () => {
    const s = summariseSchedule(SCHEDULES['ebrt45-hdr7x4'], 10);
    expect(s.courses[0].eqd2Gy).toBeCloseTo(44.25, 10);
    expect(s.courses[1].eqd2Gy).toBeCloseTo(39.6667, 4);
    expect(s.eqd2Gy).toBeCloseTo(83.9167, 4);
    expect(s.physicalGy).toBeCloseTo(73, 10);
  });
  it('50.4 Gy / 28 fx: 49.56 Gy; HDR 6 × 5: 40 Gy; HDR 9 × 2: 28.5 Gy', () => {
    expect(summariseSchedule(SCHEDULES['ebrt50.4-hdr7x4']).courses[0].eqd2Gy).toBeCloseTo(49.56, 10);
    expect(summariseSchedule(SCHEDULES['ebrt45-hdr6x5']).courses[1].eqd2Gy).toBeCloseTo(40, 10);
    expect(summariseSchedule(SCHEDULES['ebrt45-hdr9x2']).courses[1].eqd2Gy).toBeCloseTo(28.5, 10);
  });
});

describe('weekday calendar and OTT', () => {
  it('25 weekday fractions from Monday end on day 32; HDR Tue/Fri after: days 36, 39, 43, 46 → OTT 46 d', () => {
    const cal = scheduleCalendar(SCHEDULES['ebrt45-hdr7x4']);
    const ebrt = cal.filter((f) => f.course === 0);
    expect(ebrt).toHaveLength(25);
    expect(ebrt[24].day).toBe(32);
    expect(ebrt.every((f) => f.day % 7 < 5)).toBe(true);
    expect(cal.filter((f) => f.course === 1).map((f) => f.day)).toEqual([36, 39, 43, 46]);
    expect(summariseSchedule(SCHEDULES['ebrt45-hdr7x4']).overallTreatmentTimeDays).toBe(46);
  });
  it('28 fractions end on Wednesday day 37; HDR on days 39, 43, 46, 50 → OTT 50 d; weekly 9 Gy × 2 on Tuesdays 36, 43', () => {
    expect(summariseSchedule(SCHEDULES['ebrt50.4-hdr7x4']).overallTreatmentTimeDays).toBe(50);
    expect(scheduleCalendar(SCHEDULES['ebrt45-hdr9x2']).filter((f) => f.course === 1).map((f) => f.day)).toEqual([36, 43]);
  });
  it('an explicit startDay puts brachytherapy during external beam (concurrent boost)', () => {
    const cal = scheduleCalendar({ id: 'x', label: 'x', source: 'custom', courses: [{ modality: 'ebrt', beam: '6MV', fractions: 25, doseGy: 1.8 }, { modality: 'hdr', beam: 'Ir-192', fractions: 2, doseGy: 7, startDay: 21 }] });
    expect(cal.filter((f) => f.course === 1).map((f) => f.day)).toEqual([22, 25]);
    expect(Math.max(...cal.map((f) => f.day))).toBe(32);
  });
});

describe('compact schedule text', () => {
  it("'ebrt:25x1.8+hdr:4x7' gives the standard calendar; a preset id gives the preset", () => {
    const s = parseSchedule('ebrt:25x1.8+hdr:4x7');
    expect(scheduleCalendar(s)).toEqual(scheduleCalendar(SCHEDULES['ebrt45-hdr7x4']));
    expect(s.courses[1].beam).toBe('Ir-192');
    expect(parseSchedule('ebrt50.4-hdr7x4')).toBe(SCHEDULES['ebrt50.4-hdr7x4']);
    expect(parseSchedule('ebrt@Co-60:30x2').courses[0].beam).toBe('Co-60');
  });
  it('bad text names the course and the reason', () => {
    expect(() => parseSchedule('ebrt:25x')).toThrow(/course 1/);
    expect(() => parseSchedule('ebrt:25x1.8+proton:4x7')).toThrow(/course 2/);
    expect(() => parseSchedule('ebrt:0x2')).toThrow(/fractions/);
    expect(() => parseSchedule('hdr:2x40')).toThrow(/at most 30 Gy/);
    // the reason, not the grammar again (walkthrough 8, finding 23)
    expect(() => parseSchedule('ebrt:2500x1.8')).toThrow("schedule course 1 'ebrt:2500x1.8': 2500 fractions — a course has 1 to 60");
    expect(() => parseSchedule('ebrt:25x-1.8')).toThrow(/-1\.8 Gy per fraction — must be more than 0/);
    expect(() => parseSchedule('25x1.8 + 4x7')).toThrow(/has no modality: start it with ebrt: or hdr:/);
    expect(() => parseSchedule('xyz:2x3')).toThrow(/the modality is ebrt \(external beam\) or hdr \(brachytherapy\), got 'xyz'/);
    expect(() => parseSchedule('ebrt:25x')).toThrow(/needs the dose per fraction \(Gy\) after the 'x'/);
    expect(() => parseSchedule('ebrt:25x1.8+')).toThrow(/course 2 '' is empty/);
    expect(() => parseSchedule('ebrt:2.5x2')).toThrow(/whole number, got '2\.5'/);
  });
  it('lenient form: a decimal comma, spaces around the parts, capitals and × give the same calendar', () => {
    const ref = scheduleCalendar(parseSchedule('ebrt:25x1.8+hdr:4x7'));
    for (const t of ['ebrt:25x1,8+hdr:4x7', ' EBRT:25X1.8 + HDR:4X7 ', 'ebrt : 25 x 1.8 + hdr : 4 × 7', 'Ebrt:25x1.80+hdr:4x7.0']) expect(scheduleCalendar(parseSchedule(t)), t).toEqual(ref);
  });
});

describe('re-scaling to a total EQD2', () => {
  it('scales the boost only (EBRT kept), for every preset and any target above the EBRT EQD2 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEDULE_IDS), fc.double({ min: 50, max: 140, noNaN: true }), (id, D) => {
        const s = SCHEDULES[id];
        const scaled = summariseSchedule(scaleScheduleToEqd2(s, D, 10), 10);
        expect(scaled.eqd2Gy).toBeCloseTo(D, 8);
        expect(scaled.overallTreatmentTimeDays).toBe(summariseSchedule(s).overallTreatmentTimeDays);
        if (s.courses.some((c) => c.modality === 'hdr')) expect(scaled.courses[0].doseGy).toBe(s.courses[0].doseGy);
      }),
      { numRuns: 100 },
    );
  });
});
