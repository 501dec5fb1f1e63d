// #27 (pk4, pk5): a half-life-ratio record is judged on the terminal half-life of the total drug in plasma (carried + released), not the carrier's circulation half-life — properties against the model's own rates.
import { describe, expect, it } from 'vitest';
import { getAgent, getVehicle } from '../catalog';
import { resolveFormulation, scoreFormulation } from '../engine';
import { freeDrugTerminalRatePerH } from '../model/pk/terminal';
import { CORPUS } from './corpus';
import { evaluateRecord, recordDraft } from './evaluate';

const records = CORPUS.filter((r) => r.quantity.metric === 'half-life-ratio');

describe('half-life ratio: terminal half-life of the total drug', () => {
  it('there are records to judge', () => expect(records.length).toBeGreaterThanOrEqual(2));
  for (const r of records) {
    it(`${r.id}: bounded by the slower of the carrier's own t½ and the released drug's t½, never longer than either`, () => {
      const d = recordDraft(r);
      const f = resolveFormulation(d);
      const s = scoreFormulation(d);
      const a = getAgent(f.payloads[0].agent);
      const veh = f.payloads[0].freeDrugVehicle ? getVehicle(f.payloads[0].freeDrugVehicle).freeDrugPk[a.id]?.terminalHalfLifeH : undefined;
      const comparator = (veh ?? a.freeHalfLifeH).value;
      const pred = evaluateRecord(r).predicted!;
      const tTerminal = pred * comparator;
      // the released drug's terminal half-life: its two-compartment β phase where the catalog gives one (pk5), else t½_free
      const tFree = Math.LN2 / freeDrugTerminalRatePerH(a.freeHalfLifeH.value, a.freeTerminalHalfLifeH?.value);
      expect(tFree).toBeGreaterThanOrEqual(a.freeHalfLifeH.value * (1 - 1e-12));
      // a sum of exponentials ends on its slowest term: leaking only shortens the carried drug's stay, so the terminal
      // half-life is at most the carrier's circulation half-life or the free drug's, whichever is longer
      expect(tTerminal).toBeLessThanOrEqual(Math.max(s.targeting.circulationHalfLifeH, tFree) * (1 + 1e-12));
      // and at least the released drug's own half-life when the carrier leaks slower than the free drug clears
      expect(tTerminal).toBeGreaterThanOrEqual(Math.min(s.targeting.circulationHalfLifeH * (1 - s.pk.payloads[0].leakedInBloodFraction), tFree) * (1 - 1e-12));
      expect(Number.isFinite(pred)).toBe(true);
    });
  }
});
