// issuePlace: issue paths as the builder names things (list items from 1), never "payloads.0".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { issuePlace } from './format';

describe('issuePlace', () => {
  it('names list items from 1 as the form does', () => {
    expect(issuePlace('payloads.0.feedMassRatio')).toBe('Payload 1 › feedMassRatio');
    expect(issuePlace('coating.membranes.1.fraction')).toBe('coating › Membrane 2 › fraction');
    expect(issuePlace('formulations.2.core.diameterNm')).toBe('Formulation 3 › core › diameterNm');
    expect(issuePlace('measurements.releaseCurves.0.points.11.timeH')).toBe('measurements › ReleaseCurve 1 › Point 12 › timeH');
    expect(issuePlace('core.diameterNm')).toBe('core › diameterNm');
    expect(issuePlace('')).toBe('(formulation)');
  });
  it('property: every number shown is the path index + 1, and no segment is lost', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('payloads', 'membranes', 'points'), fc.nat(50)), { minLength: 1, maxLength: 3 }), (segs) => {
      const path = segs.map(([n, i]) => `${n}.${i}`).join('.');
      const shown = issuePlace(path).split(' › ');
      expect(shown.length).toBe(segs.length);
      shown.forEach((s, k) => expect(s.endsWith(` ${segs[k][1] + 1}`)).toBe(true));
    }));
  });
});
