// The visual table covers exactly the catalog: a compile-time proof (tsc checks the @ts-expect-error lines) and run-time checks.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AGENT_IDS, AGENTS, CORE_IDS, MEMBRANE_IDS } from './index';
import {
  AGENT_VISUALS, CORE_VISUALS, HIGH_Z_COLOR, MEMBRANE_VISUALS, SHAPE_NAMES, agentColor, coreColor, membraneColor,
  type AgentVisual, type CoreVisual, type MembraneVisual,
} from './visuals';
import type { AgentId } from './agents';
import type { CoreId } from './cores';
import type { MembraneId } from './membranes';

// ── Compile-time: what happens when someone adds an id to CORE_IDS / AGENT_IDS / MEMBRANE_IDS and forgets its visual.
// `CoreId | 'new-core'` is the id union after such an addition; the existing table no longer satisfies the record type,
// so tsc fails exactly as it would on the real table. If these lines stopped being errors, tsc would report the unused
// expect-error directives instead, so the property cannot silently go away.
// @ts-expect-error a new core id without its row in CORE_VISUALS is a type error
void (CORE_VISUALS satisfies Record<CoreId | 'new-core', CoreVisual>);
// @ts-expect-error a new agent id without its row in AGENT_VISUALS is a type error
void (AGENT_VISUALS satisfies Record<AgentId | 'new-agent', AgentVisual>);
// @ts-expect-error a new membrane id without its row in MEMBRANE_VISUALS is a type error
void (MEMBRANE_VISUALS satisfies Record<MembraneId | 'new-membrane', MembraneVisual>);
// A row for an id the catalog does not have is rejected too (excess property in the literal).
// @ts-expect-error 'unobtainium' is not a CoreId
void ({ ...CORE_VISUALS, unobtainium: CORE_VISUALS.gold } satisfies Record<CoreId, CoreVisual>);

describe('catalog visuals', () => {
  it('the tables are keyed by exactly the catalog ids (types)', () => {
    expectTypeOf<keyof typeof CORE_VISUALS>().toEqualTypeOf<CoreId>();
    expectTypeOf<keyof typeof AGENT_VISUALS>().toEqualTypeOf<AgentId>();
    expectTypeOf<keyof typeof MEMBRANE_VISUALS>().toEqualTypeOf<MembraneId>();
  });
  it('every catalog id has exactly one row, and no row lacks an id', () => {
    expect(Object.keys(CORE_VISUALS).sort()).toEqual([...CORE_IDS].sort());
    expect(Object.keys(AGENT_VISUALS).sort()).toEqual([...AGENT_IDS].sort());
    expect(Object.keys(MEMBRANE_VISUALS).sort()).toEqual([...MEMBRANE_IDS].sort());
  });
  it('colours are #RRGGBB, labels non-empty, every shape kind named', () => {
    const rows: { label: string; color: string }[] = [...Object.values(CORE_VISUALS), ...Object.values(AGENT_VISUALS), ...Object.values(MEMBRANE_VISUALS)];
    for (const r of rows) {
      expect(r.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(r.label.trim()).not.toBe('');
    }
    for (const v of Object.values(CORE_VISUALS)) expect(SHAPE_NAMES[v.shape.kind]).toBeTruthy();
  });
  it('membrane sources are told apart: eight distinct colours, none the high-Z black', () => {
    const colors = Object.values(MEMBRANE_VISUALS).map((v) => v.color.toUpperCase());
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors).not.toContain(HIGH_Z_COLOR);
  });
  it('high-Z elements are drawn near black, molecules never are', () => {
    for (const id of AGENT_IDS) {
      if (AGENTS[id].kind === 'element') expect(AGENT_VISUALS[id].color).toBe(HIGH_Z_COLOR);
      else expect(AGENT_VISUALS[id].color).not.toBe(HIGH_Z_COLOR);
    }
  });
  it('swatch look-ups: catalog ids by their row, other strings get a fallback instead of throwing', () => {
    expect(coreColor('zif-8')).toBe(CORE_VISUALS['zif-8'].color);
    expect(membraneColor('hela')).toBe(MEMBRANE_VISUALS.hela.color);
    expect(agentColor('doxorubicin')).toBe(AGENT_VISUALS.doxorubicin.color);
    expect(agentColor('DOXORUBICIN')).toBe(AGENT_VISUALS.doxorubicin.color);
    expect(agentColor('in10018', true)).toBe(HIGH_Z_COLOR);
    for (const s of ['', 'toString', '__proto__', 'constructor', 'unknown']) {
      expect(coreColor(s)).toMatch(/^#[0-9A-F]{6}$/i);
      expect(membraneColor(s)).toMatch(/^#[0-9A-F]{6}$/i);
      expect(agentColor(s, false, 7)).toMatch(/^#[0-9A-F]{6}$/i);
    }
  });
});
