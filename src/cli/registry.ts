// The CLI's command table: each command lives in src/cli/commands/<name>.ts and is registered here.
import type { ParsedArgs } from './args';
import { doseEnhancementCommand } from './commands/dose-enhancement';
import { fitCommand } from './commands/fit';
import { fitSurvivalCommand } from './commands/fit-survival';
import { linkCommand } from './commands/link';
import { presetsCommand } from './commands/presets';
import { scoreCommand } from './commands/score';
import { survivalCommand } from './commands/survival';
import { sweepCommand } from './commands/sweep';

export const commands: Record<string, (args: ParsedArgs) => unknown | Promise<unknown>> = {
  score: scoreCommand,
  presets: presetsCommand,
  sweep: sweepCommand,
  'dose-enhancement': doseEnhancementCommand,
  survival: survivalCommand,
  'fit-survival': fitSurvivalCommand,
  fit: fitCommand,
  link: linkCommand,
};
