// The app starts with the NIST tables of only some elements (model/physics/data/elements.ts; the rest load after the
// first paint): every element a catalog core or agent or a named beam's filter reaches must be among them.
import { describe, expect, it } from 'vitest';
import { ELEMENT_TABLES } from '../model/physics/data/elements';
import { ELEMENT_TABLES_REST } from '../model/physics/data/elements-rest';
import { parseFormula } from '../model/physics/composition';
import { DEFAULT_FILTERS } from '../model/physics/beams';
import { elementInfo } from '../model/physics/photon';
import { TARGETING_PARAMS } from '../model/targeting/params';
import { AGENTS, AGENT_IDS, CORES, CORE_IDS } from '.';

describe('the elements loaded with the app', () => {
  it('hold every high-Z element of a catalog core or agent and every default beam filter', () => {
    const minZ = TARGETING_PARAMS['targeting.highZMinZ'].value;
    const needed = new Set<string>();
    const formulas = [...CORE_IDS.map((id) => CORES[id].formula), ...AGENT_IDS.map((id) => AGENTS[id].formula)];
    for (const f of formulas) if (f) for (const el of Object.keys(parseFormula(f))) if (elementInfo(el).Z >= minZ) needed.add(el);
    for (const filters of Object.values(DEFAULT_FILTERS)) for (const f of filters) needed.add(f.element);
    expect(needed.size).toBeGreaterThan(3);
    for (const el of needed) expect(ELEMENT_TABLES[el], `${el} is reached by the catalog but not in data/elements.ts (scripts/gen-nist.mjs EAGER)`).toBeDefined();
  });

  it('the two files together are Z = 1…92, each element once', () => {
    const a = Object.keys(ELEMENT_TABLES);
    const b = Object.keys(ELEMENT_TABLES_REST);
    expect(a.filter((x) => b.includes(x))).toEqual([]);
    expect(new Set([...a, ...b]).size).toBe(92);
  });
});
