// The CLI's command table: each command lives in src/cli/commands/<name>.ts and is registered here with its usage text.
import type { ParsedArgs } from './args';
import { SCHEDULE_TEXT_HELP } from '../model/outcome/schedules';

/** A command: parsed arguments → JSON value or text for stdout (errors as CliError). */
export type CommandHandler = (args: ParsedArgs) => unknown | Promise<unknown>;

/**
 * Each command's module, loaded on use (a dynamic import: the compiled CLI is split into chunks, so a `sweep` neither
 * parses nor initialises the fitter, mathjs, the validation corpus or the optimizer).
 */
export const commands: Record<string, () => Promise<CommandHandler>> = {
  score: () => import('./commands/score').then((m) => m.scoreCommand),
  presets: () => import('./commands/presets').then((m) => m.presetsCommand),
  sweep: () => import('./commands/sweep').then((m) => m.sweepCommand),
  'dose-enhancement': () => import('./commands/dose-enhancement').then((m) => m.doseEnhancementCommand),
  survival: () => import('./commands/survival').then((m) => m.survivalCommand),
  'fit-survival': () => import('./commands/fit-survival').then((m) => m.fitSurvivalCommand),
  fit: () => import('./commands/fit').then((m) => m.fitCommand),
  invitro: () => import('./commands/invitro').then((m) => m.invitroCommand),
  f2: () => import('./commands/f2').then((m) => m.f2Command),
  link: () => import('./commands/link').then((m) => m.linkCommand),
  validate: () => import('./commands/validate').then((m) => m.validateCommand),
  optimize: () => import('./commands/optimize').then((m) => m.optimizeCommand),
  outcome: () => import('./commands/outcome').then((m) => m.outcomeCommand),
  protocol: () => import('./commands/protocol').then((m) => m.protocolCommand),
};

/** True for a command name of the table (own keys only: `constructor` is no command). */
export function isCommand(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(commands, name);
}

/** One usage block per command (contract §4), printed by `--help` and `<command> --help`. */
export const USAGE: Record<keyof typeof commands & string, string> = {
  score: `score <file.json|-> [--preset <id>] [--uncertainty <draws>] [--seed <n>]
  Scores JSON of a formulation (an array for a workspace). --preset <id> scores a catalog preset instead of a file.
  --uncertainty <draws>: adds an "uncertainty" key (5/50/95 % bands, rank sensitivities) from a seeded Monte Carlo (--seed, default 1).`,
  presets: `presets
  JSON list of { id, name, summary } of the reference formulations.`,
  'dose-enhancement': `dose-enhancement --element <Sym> --mg-per-g <n> --beam <beam> [--tissue water|soft-tissue]
  Macroscopic dose enhancement factor (mixture rule with NIST μen/ρ). Beams: mono:<MeV>, 160kVp, 225kVp, Ir-192, Co-60, 6MV,
  kvp:<kV>:<filter> (filter e.g. 0.3mmCu, 2mmAl, 0.5mmCu+2mmAl, none).`,
  survival: `survival --alpha <Gy^-1> --beta <Gy^-2> [--def <n>] [--dose <Gy>] [--fractions <n>]
  LQ: sf2, d10Gy, survival after --fractions × --dose (defaults 25 × 2 Gy), bedGy, eqd2Gy (α/β = alpha/beta).
  --def multiplies every dose first (dose-modifying factor, default 1).`,
  fit: `fit <data.csv|-> [--model <id>|all|expr:<expression in t>] [--model-file model.json] [--weighted]
  Fits release models (DDSolver conventions) to a CSV with a header row and columns time, cumulative release %.
  A lab sheet the Calibrate tab reads (several pH columns, SD/SEM or replicate columns, ';' and decimal commas) is fitted
  per curve: "curves" holds every pH's fits, "fits"/"best" the first (highest pH), "read" what was understood;
  --weighted weights each point by 1/SD² from the sheet.
  Models: zero-order, first-order, higuchi, korsmeyer-peppas, hixson-crowell, weibull, peppas-sahlin (default all).
  korsmeyer-peppas and peppas-sahlin use the points with F ≤ 60 % only; "best" is the lowest-AIC model fitted on all points.
  expr:… or --model-file { "expression", "params": [{ name, initial, lower, upper }] } fits your own model (with --model all
  beside the seven; docs/model/fitting.md).`,
  f2: `f2 <reference.csv> <test.csv> [--samples N] [--seed S]
  The f2 similarity factor (and f1) of two release profiles (CSV as for fit) over the time points both share, zero excluded,
  up to the first point above 85 % in either; "applicable" needs ≥ 3 such points (the CV limits need SDs, which a two-column
  CSV does not give: said in "notes"). f2 ≥ 50 and applicable → "similar": true.
  With one column per unit (vessel) in both files (time, unit 1, unit 2, …) the CV limits are checked from the units and
  "bootstrap" gives the bootstrap f2: --samples resamples of the units (default 5000), seeded by --seed (default 1), its
  90 % percentile interval "ci90" and "lowerBoundAtLeast50" (the criterion when the CV limits fail).
  Columns whose header names a summary (Mean, Average, SD, SEM, CV, RSD, x̄, …) are never units: "read" names, per file, the
  unit columns taken, those skipped, and the time unit of the header (h, min, d; "times" are in hours). Single units may
  read up to 120 % (kept, noted).`,
  'fit-survival': `fit-survival <data.csv|->
  Least squares of −ln S = αD + βD² (no intercept) on a CSV with a header row and columns dose (Gy), surviving fraction[, weight].`,
  invitro: `invitro <file.json|-> | --preset <id> [--ug-per-ml C | --particles-per-ml N] [--hours T] [--assay-hours Ta] [--cell-line ID] [--plate ID]
        [--serum f] [--beam B] [--doses 0,2,4,6] [--measured-pg-per-cell m [--measured-element Bi|particle]]
        [--agglomerate-nm d] [--fractal-dimension D] [--effective-density ρ] [--kd-ug-per-ml K [--capacity-ug-per-cm2 c]]
        [--control c.csv --treated t.csv | --control both-arms.csv] [--viability v.csv [--viability-arm A] [--viability-agent ID]]
        [--format json|table]
  The in-vitro bench (the formulation's scenario.invitro, flags win): delivered fraction and µg/cm² vs time (sedimentation +
  diffusion), uptake per cell, viability vs concentration, clonogenic survival control/treated and SER at SF 0.5, 0.1, 1/e and
  the SF ratio at 2 Gy. --assay-hours: the viability assay's exposure (default the incubation): released drug is integrated over
  it for the viability curves, and it is the exposure of a --viability drug-alone fit. A measured uptake refers to --measured-element (default the particle's highest-Z element);
  --kd-ug-per-ml > 0 makes the cell layer a Langmuir binding surface (DG; default absorbing). --control/--treated: clonogenic CSVs (dose, SF[, SD]; or one file with both arms) →
  the In vitro tab's calibration (your control as the plate's, the drug's modelled gain divided out): fitted strength ± SE,
  the localEffect.* overrides, and "calibrations" (the calibrations.localEffect record with its provenance) for a formulation file.
  Clonogenic sheets may hold replicates with the sheet's own Mean and SD per arm (the Mean is fitted). --viability: an MTT/CCK-8
  file (concentration with its unit, viability replicates and/or Mean and SD) → the 4-parameter fit and the calibrations.viability
  record. --format table: the key numbers one per line (default json, with every curve).`,
  link: `link encode <file.json|->   → the URL fragment (#f= for a formulation, #w= for a workspace)
link decode <fragment|URL|-> → the workspace JSON`,
  validate: `validate [--kind release|loading|size|pk|radiosensitization|clonogenic|clinical] [--format json|csv|table]
  The model against the validation corpus of published measurements (docs/validation.md): per record the measured and
  predicted value, the agreement rule and verdict, calibration or held-out; a per-kind summary over held-out records only
  and the worst misses. A report: exit 0 whatever the agreement (2 only on bad arguments). Default format json.`,
  optimize: `optimize <spec.json|-> [--seed N] [--generations G] [--shard i/n] [--format json|csv]
optimize merge <a.json> <b.json> … [--format json|csv]
  Inverse design (NSGA-II) of a nanoplatform.optimize/1 spec (docs/optimize.md): { schema, base, variables?, objectives,
  constraints?, population?, generations?, seed?, robust?, weights? } → the Pareto front as JSON (nanoplatform.optimize-result/1:
  each point's variables, outputs and completed formulation, which scores to the same values) or CSV (--format csv).
  --seed / --generations override the spec's. --shard i/n runs island i of n (its own derived seed); "optimize merge" merges
  the islands' JSON fronts into the non-dominated front of their union, so a batch job array needs no code of ours.`,
  outcome: `outcome <file.json|-> [--preset <id>] [--schedule <id|text>] [--no-cisplatin] [--uncertainty <draws>] [--seed <n>] [--no-curves]
  Local control (population TCP) and local recurrence of the control arm (chemoradiotherapy alone) and the candidate arm
  (with this formulation's radiosensitization, re-computed for each course's beam) on a clinical cervical-cancer schedule,
  the local-control gain, dose–response curves (total EQD2 40–120 Gy) and the calibration points. A HYPOTHESIS for a
  mouse-scale particle, said in the "hypothesis" key. --schedule: ${SCHEDULE_TEXT_HELP}; default ebrt45-hdr7x4.
  --no-cisplatin: radiotherapy alone. --uncertainty <draws>: adds "uncertainty" (5/50/95 % bands of outcome.* keys).`,
  protocol: `protocol <file.json|-> | --preset <id> [--batch-mg <mg>] [--solvent water|methanol] [--format json|md|csv]
  The bench sheet (docs/model/protocol.md): for a batch of --batch-mg mg of product (default 10), the preparation steps (each with
  its source or marked an assumption), reagent amounts from the recipe stoichiometry and the model's EE (drug feed = loaded / EE),
  cells for the membrane, and the characterisation checklist with the model's predictions. --solvent sets the ZIF-8 route
  (water 1:70, methanol 1:8; default water). md: a Markdown sheet; csv: the amounts table.`,
  sweep: `sweep <sweep.json|-> [--shard i/n] [--header|--no-header] [--threads n|auto]
  Scores the cartesian product of { "base": <formulation>, "vary": { "<path>": [values] | { from, to, steps, scale: linear|log } } }
  as CSV: one column per varied path, then overall, loading, release, targeting, radiosensitization, safety, totalLoadingPct,
  selectivityIndex, tumorDeliveryPctID, doseEnhancementFactor, sensitizerEnhancementRatio, eqd2GainGy, error.
  Varying coating.membranes.<i>.fraction rescales the other membranes so the fractions sum to 1 (a 0 fraction drops it).
  An invalid candidate gives a row with its reason in the error column. --shard i/n scores only the i-th of n equal slices
  (1-based, in row order). The header row is printed by shard 1 only (and by an unsharded run), so
  \`cat shard-1.csv … shard-n.csv\` is exactly the whole sweep's CSV; --header prints it on every shard, --no-header never.
  --threads n scores the rows on n threads (same CSV byte for byte); auto (default): one per idle core, one for small sweeps.`,
};

/** The general help: every command's usage, and the error convention. */
export function generalUsage(): string {
  return [
    'usage: npm run --silent cli -- <command> [arguments]   (<command> --help for one command)',
    '',
    ...Object.keys(commands).map((c) => USAGE[c]),
    '',
    'Output: JSON (CSV for sweep, and optimize --format csv) on stdout. Errors: exit code 2 and one line on stderr naming the argument or field and the reason.',
    'Relative paths are read from the directory npm was started in. Unknown options are rejected.',
  ].join('\n');
}
