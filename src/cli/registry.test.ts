// The command table: every command with a usage text loads (dynamic import) to a handler; only own keys are commands.
import { describe, expect, it } from 'vitest';
import { commands, generalUsage, isCommand, USAGE } from './registry';

describe('CLI registry', () => {
  it('every command has a usage text and its module loads to a function', async () => {
    expect(Object.keys(USAGE).sort()).toEqual(Object.keys(commands).sort());
    for (const name of Object.keys(commands)) {
      const handler = await commands[name]();
      expect([name, typeof handler]).toEqual([name, 'function']);
    }
  }, 120_000);

  it('isCommand: the table\'s names only (no inherited keys)', () => {
    expect(isCommand('sweep')).toBe(true);
    expect(isCommand('constructor')).toBe(false);
    expect(isCommand('toString')).toBe(false);
    expect(isCommand('')).toBe(false);
  });

  it('the general usage names every command, outcome with its schedules', () => {
    const u = generalUsage();
    for (const name of Object.keys(commands)) expect(u).toContain(USAGE[name]);
    expect(USAGE.outcome).toMatch(/--schedule: a schedule id \(/);
  });
});
