// `validate [--kind K] [--format json|csv|table]`: the model against the validation corpus (a report: exit 0 whatever the agreement).
import type { ParsedArgs } from '../args';
import { flagString } from '../args';
import { CliError } from '../errors';
import { textTable } from '../text-table';
import { CORPUS_KINDS, TABLE_COLUMNS, evaluateCorpus, summaryRows, tableRows, type CorpusKind, type CorpusReport } from '../../validation';

const KNOWN = new Set(['kind', 'format']);
const FORMATS = ['json', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV of the corpus table: a header row, then one row per record (the rows the UI shows). */
export function corpusCsv(report: CorpusReport): string {
  const rows = tableRows(report);
  return [TABLE_COLUMNS.join(','), ...rows.map((r) => TABLE_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

const fmtP = (v: number | undefined) => (v === undefined ? '' : String(Number(v.toPrecision(3))));

/** Plain-text report: the per-kind summary, the worst held-out misses, then every record (source column left out for width). */
export function corpusTable(report: CorpusReport): string {
  const sumRows = summaryRows(report);
  const cols = TABLE_COLUMNS.filter((c) => c !== 'source');
  const misses = report.worstMisses.map((m) => `- ${m.id}: measured ${m.measured}${m.unit === '1' ? '' : ` ${m.unit}`}, model ${m.predicted === null ? 'n/a' : Number(m.predicted.toPrecision(4))} (${m.rule}); likely cause: ${m.ifMiss ?? 'see docs/validation.md'}`);
  const cv = report.crossValidation.map((c) => ({
    kind: c.kind,
    k: String(c.k),
    calibrationJudged: String(c.n),
    modelAgree: `${c.agreeModel}/${c.n}`,
    refitAgree: c.agreeRefit === null ? 'n/a' : `${c.agreeRefit}/${c.n}`,
    heldOutModel: `${c.heldOut.agreeModel}/${c.heldOut.n}`,
    heldOutRefit: `${c.heldOut.agreeRefit}/${c.heldOut.n}`,
    folds: c.folds.map((f) => `[${f.papers.join(' ')}] ${Object.entries(f.params).map(([k, v]) => `${k} ${fmtP(v)}`).join(' ') || 'θ = 0'}`).join('; ') || (c.note ?? ''),
  }));
  const fitters = [...new Set(report.crossValidation.map((c) => `${c.fitter}: ${c.describe}`))];
  return [
    `Split: frozen on ${report.split.frozenOn} by the rule in docs/validation.md (by source paper, stratified by kind, seed ${report.split.seed}, calibration share ${fmtP(report.split.calibrationShare)}).`,
    'Per kind (agreement over held-out records only; calibration counted apart):',
    textTable(['kind', 'n', 'calibration', 'heldOut', 'medianDeviation', 'medianLogRatio', 'informative'], sumRows),
    '',
    'Worst held-out misses:',
    ...(misses.length ? misses : ['- none']),
    '',
    'Cross-validation per kind (k folds by calibration paper; refitted in each fold:',
    ...fitters.map((f) => `  ${f})`),
    textTable(['kind', 'k', 'calibrationJudged', 'modelAgree', 'refitAgree', 'heldOutModel', 'heldOutRefit', 'folds'], cv),
    '',
    'Prediction intervals (#27: spreads from calibration residuals, out-of-fold where the kind has a refit; scripts/derive-intervals.ts): coverage, nominal vs observed',
    textTable(['kind', 'nominal', 'heldOutCovered', 'heldOutObserved', 'calibrationCovered', 'calibrationObserved'], report.coverage.map((c) => ({
      kind: c.kind,
      nominal: `${Math.round(100 * c.nominal)} %`,
      heldOutCovered: `${c.heldOut.covered}/${c.heldOut.n}`,
      heldOutObserved: c.heldOut.n ? `${Math.round((100 * c.heldOut.covered) / c.heldOut.n)} %` : '—',
      calibrationCovered: `${c.calibration.covered}/${c.calibration.n}`,
      calibrationObserved: c.calibration.n ? `${Math.round((100 * c.calibration.covered) / c.calibration.n)} %` : '—',
    }))),
    '',
    textTable(cols, tableRows(report)),
    '',
  ].join('\n');
}

export function validateCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: --kind <${CORPUS_KINDS.join('|')}>, --format json|csv|table`);
  if (args.positional.length) throw new CliError(`${args.positional[0]}: unexpected argument (validate takes options only)`);
  const kind = flagString(args, 'kind');
  if (kind !== undefined && !(CORPUS_KINDS as readonly string[]).includes(kind)) throw new CliError(`--kind: unknown kind "${kind}"; valid: ${CORPUS_KINDS.join(', ')}`);
  const format = (flagString(args, 'format') ?? 'json') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format: unknown format "${format}"; valid: ${FORMATS.join(', ')}`);
  const report = evaluateCorpus(kind ? { kind: kind as CorpusKind } : {});
  switch (format) {
    case 'json':
      return report;
    case 'csv':
      return corpusCsv(report);
    case 'table':
      return corpusTable(report);
  }
}
