// `cli protocol`: the CSV round-trips through the one reader to the sheet's amounts; bad arguments name the option.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { protocolCommand } from './protocol';
import { readCsv } from '../../model/csv';
import type { ProtocolSheet } from '../../engine/protocol';

const run = (...a: string[]) => protocolCommand(parseArgs(a));

describe('cli protocol', () => {
  it('csv amounts equal the JSON sheet amounts (4 significant digits) and scale ×3 with --batch-mg', () => {
    const sheet = run('--preset', 'izb-ccm', '--batch-mg', '10') as ProtocolSheet;
    const t = readCsv(run('--preset', 'izb-ccm', '--batch-mg', '30', '--format', 'csv') as string);
    if (!t.ok) throw new Error('csv refused');
    const [head, ...rows] = t.records.map((r) => r.cells);
    const ai = head.indexOf('amount');
    expect(rows.length).toBe(sheet.reagents.length);
    rows.forEach((r, i) => expect(Number(r[ai]) / (3 * sheet.reagents[i].amount)).toBeCloseTo(1, 2));
  });
  it('methanol changes the ligand amount by 8/70', () => {
    const w = run('--preset', 'izb-ccm') as ProtocolSheet;
    const m = run('--preset', 'izb-ccm', '--solvent', 'methanol') as ProtocolSheet;
    const lig = (s: ProtocolSheet) => s.reagents.find((r) => r.reagent.startsWith('2-Methyl'))!.amount;
    expect(lig(m) / lig(w)).toBeCloseTo(8 / 70, 12);
  });
  it('names the bad option', () => {
    expect(() => run('--preset', 'nope')).toThrow(/--preset/);
    expect(() => run('--preset', 'izb-ccm', '--batch-mg', '0')).toThrow(CliError);
    expect(() => run('--preset', 'izb-ccm', '--format', 'pdf')).toThrow(/--format/);
    expect(() => run('--preset', 'izb-ccm', '--solvent', 'dmf')).toThrow(/--solvent/);
    expect(() => run()).toThrow(/missing file/);
  });
});
