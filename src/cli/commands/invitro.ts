// `invitro <file.json|-> | --preset ID [--ug-per-ml C] [--hours T] [--assay-hours Ta] [--cell-line ID] [--plate ID] [--beam B] [--doses 0,2,4] [--measured-pg-per-cell m [--measured-element Bi]] [--agglomerate-nm d] [--fractal-dimension D] [--effective-density ρ] [--kd-ug-per-ml K [--capacity-ug-per-cm2 c]] [--control c.csv --treated t.csv | --control both-arms.csv] [--viability v.csv [--viability-arm drug-alone|loaded-carrier|empty-carrier] [--viability-agent ID]]`: the in-vitro bench as JSON (issue #26).
import type { ParsedArgs } from '../args';
import { flagNumber, flagString } from '../args';
import { CliError, issueLine } from '../errors';
import { presetOrFileDocument, readInput } from '../io';
import { CELL_LINE_IDS, PLATE_IDS, isCellLineId, isPlateId } from '../../catalog';
import { parseFormulation } from '../../schema';
import { CATALOG_LOOKUP } from '../../engine';
import { calibrateInvitro, calibrateViability, invitroOfCompleted, parseClonogenicCsv, parseViabilityCsv, SurvivalDataError, ViabilityCsvError, ViabilityFitError, type InvitroScenario, type ViabilityArm } from '../../engine/invitro';
import { VIABILITY_ARMS } from '../../schema';
import { basename } from 'node:path';
import { textTable } from '../text-table';

/** An optional number flag: undefined when absent (flagNumber returns NaN then). */
function opt(args: ParsedArgs, name: string, o: { min?: number; max?: number }): number | undefined {
  const v = flagNumber(args, name, o);
  return Number.isNaN(v) ? undefined : v;
}

const KNOWN = new Set(['preset', 'ug-per-ml', 'particles-per-ml', 'hours', 'assay-hours', 'cell-line', 'plate', 'beam', 'doses', 'measured-pg-per-cell', 'measured-element', 'agglomerate-nm', 'fractal-dimension', 'effective-density', 'kd-ug-per-ml', 'capacity-ug-per-cm2', 'serum', 'control', 'treated', 'format', 'viability', 'viability-arm', 'viability-agent']);

function doses(text: string): number[] {
  const out = text.split(',').map((x) => Number(x.trim()));
  out.forEach((d, i) => {
    if (!(Number.isFinite(d) && d >= 0 && d <= 100)) throw new CliError(`--doses: value ${i + 1} must be a dose in [0, 100] Gy, got "${text.split(',')[i]}"`);
  });
  return out;
}

const s4 = (v: number) => String(Number(v.toPrecision(4)));

/** `--format table` (walk9 #26): the numbers a lab reads first, one line each, in words with units (the JSON has the curves). */
export function invitroTable(out: Record<string, unknown>): string {
  const r = out as unknown as ReturnType<typeof invitroOfCompleted> & { calibration?: { strengthScale?: number; strengthScaleSE?: number; dataSer?: Record<string, number> } };
  const c = r.conditions;
  const d = r.dosimetry;
  const last = d.deliveredFraction.length - 1;
  const rows: Record<string, string>[] = [
    { quantity: 'cell line · plate', value: `${c.cellLine} · ${c.plate}`, unit: '' },
    { quantity: 'particle concentration', value: s4(c.concentrationUgPerMl), unit: 'µg/mL' },
    { quantity: 'incubation', value: s4(c.incubationH), unit: 'h' },
    ...(c.assayH !== c.incubationH ? [{ quantity: 'viability assay exposure', value: s4(c.assayH), unit: 'h' }] : []),
    { quantity: 'beam', value: c.beam, unit: '' },
    { quantity: 'hydrodynamic diameter', value: s4(c.hydrodynamicDiameterNm), unit: 'nm' },
    { quantity: `delivered to the cell layer at ${s4(d.timesH[last])} h`, value: s4(100 * d.deliveredFraction[last]), unit: '% of dose' },
    { quantity: 'delivered mass per area', value: s4(d.deliveredUgPerCm2[last]), unit: 'µg/cm²' },
    { quantity: `uptake per cell, particle (${r.uptake.provenance})`, value: s4(r.uptake.pgPerCellParticle), unit: 'pg/cell' },
    ...Object.entries(r.uptake.pgPerCell).map(([el, v]) => ({ quantity: `uptake per cell, ${el}`, value: s4(v), unit: 'pg/cell' })),
    { quantity: 'viability, loaded carrier at this concentration', value: s4(100 * r.cytotoxicity.viabilityLoaded), unit: '%' },
    { quantity: 'dose enhancement factor · local enhancement factor', value: `${s4(r.clonogenic.doseEnhancementFactor)} · ${s4(r.clonogenic.localEnhancementFactor)}`, unit: '' },
    { quantity: 'SER, dose ratio at SF 0.5', value: s4(r.clonogenic.ser.doseRatioAtSf50), unit: '' },
    { quantity: 'SER, dose ratio at SF 0.1', value: s4(r.clonogenic.ser.doseRatioAtSf10), unit: '' },
    { quantity: 'SER, dose ratio at SF 0.37 (D₀-like)', value: s4(r.clonogenic.ser.doseRatioAtSf37), unit: '' },
    { quantity: 'SF ratio at 2 Gy (control / treated; not a dose ratio)', value: s4(r.clonogenic.ser.sfRatioAt2Gy), unit: '' },
  ];
  const cal = r.calibration;
  if (cal && typeof cal.strengthScale === 'number') rows.push({ quantity: 'fitted local-effect strength (your data)', value: `${s4(cal.strengthScale)}${typeof cal.strengthScaleSE === 'number' ? ` ± ${s4(cal.strengthScaleSE)}` : ''}`, unit: '× catalog' });
  return `${textTable(['quantity', 'value', 'unit'], rows)}
`;
}

export function invitroCommand(args: ParsedArgs): unknown {
  for (const k of args.flags.keys()) if (!KNOWN.has(k)) throw new CliError(`--${k}: unknown option; valid: ${[...KNOWN].map((f) => `--${f}`).join(', ')}`);
  const presetId = flagString(args, 'preset');
  const file = args.positional[0];
  if (args.positional.length > 1) throw new CliError(`${args.positional[1]}: unexpected argument (invitro takes one file)`);
  const doc = presetOrFileDocument('invitro', presetId, file);
  const r = parseFormulation(doc, {});
  if (!r.ok) throw new CliError(r.issues.map((i) => issueLine(i, '')).join('; '));
  const extra: Partial<InvitroScenario> = {};
  const c = opt(args, 'ug-per-ml', { min: 0, max: 1e5 });
  if (c !== undefined) extra.concentrationUgPerMl = c;
  const n = opt(args, 'particles-per-ml', { min: 0 });
  if (n !== undefined) extra.particlesPerMl = n;
  const h = opt(args, 'hours', { min: 0, max: 336 });
  if (h !== undefined) extra.incubationH = h;
  const ah = opt(args, 'assay-hours', { min: 0, max: 336 });
  if (ah !== undefined) {
    if (!(ah > 0)) throw new CliError(`--assay-hours: must be > 0 h (the viability assay's exposure), got ${ah}`);
    extra.assayH = ah;
  }
  const serum = opt(args, 'serum', { min: 0, max: 1 });
  if (serum !== undefined) extra.serumFraction = serum;
  const cl = flagString(args, 'cell-line');
  if (cl !== undefined) {
    if (!isCellLineId(cl)) throw new CliError(`--cell-line: unknown cell line "${cl}"; valid: ${CELL_LINE_IDS.join(', ')}`);
    extra.cellLine = cl;
  }
  const pl = flagString(args, 'plate');
  if (pl !== undefined) {
    if (!isPlateId(pl)) throw new CliError(`--plate: unknown plate "${pl}"; valid: ${PLATE_IDS.join(', ')}`);
    extra.plate = pl;
  }
  const beam = flagString(args, 'beam');
  if (beam !== undefined) extra.beam = beam;
  const ds = flagString(args, 'doses');
  if (ds !== undefined) extra.dosesGy = doses(ds);
  const m = opt(args, 'measured-pg-per-cell', { min: 0, max: 1e5 });
  if (m !== undefined) extra.measuredPgPerCell = m;
  const me = flagString(args, 'measured-element');
  if (me !== undefined) extra.measuredElement = me;
  const ag = opt(args, 'agglomerate-nm', { min: 1, max: 1e5 });
  if (ag !== undefined) extra.agglomerateDiameterNm = ag;
  const fd = opt(args, 'fractal-dimension', { min: 1, max: 3 });
  if (fd !== undefined) extra.fractalDimension = fd;
  const rho = opt(args, 'effective-density', { min: 0.5, max: 25 });
  if (rho !== undefined) extra.effectiveDensityGPerCm3 = rho;
  const kd = opt(args, 'kd-ug-per-ml', { min: 0, max: 1e5 });
  if (kd !== undefined) extra.bindingKdUgPerMl = kd;
  const cap = opt(args, 'capacity-ug-per-cm2', { min: 0, max: 1e5 });
  if (cap !== undefined) extra.bindingCapacityUgPerCm2 = cap;
  let report;
  try {
    report = invitroOfCompleted(r.value, CATALOG_LOOKUP, extra);
  } catch (e) {
    if (e instanceof Error) throw new CliError(e.message);
    throw e;
  }
  const { explanations, ...rest } = report;
  const out: Record<string, unknown> = { ...rest, explanations };
  const ctl = flagString(args, 'control');
  const trt = flagString(args, 'treated');
  if (ctl === undefined && trt !== undefined) throw new CliError('--control and --treated: give both clonogenic CSVs to calibrate (or one --control file with both arms)');
  if (ctl !== undefined) {
    try {
      // the In vitro tab's reader and its calibration (one implementation): a file may hold both arms
      // a reading error names the flag and the file (walk9 #28), its message names the line
      const readArm = (flag: string, path: string, fallback: string) => {
        try {
          return parseClonogenicCsv(readInput(path, fallback));
        } catch (e) {
          if (e instanceof SurvivalDataError) throw new CliError(`--${flag} ${path === '-' ? 'stdin' : basename(path)}: ${e.message}`);
          throw e;
        }
      };
      const readC = readArm('control', ctl, 'control.csv');
      const readT = trt !== undefined ? readArm('treated', trt, 'treated.csv') : null;
      const control = readC.single ?? readC.control;
      const treated = readT ? (readT.single ?? readT.treated) : readC.treated;
      if (!control || !treated) throw new CliError('--control and --treated: give both clonogenic CSVs to calibrate (or one --control file with both arms)');
      const name = (p: string) => (p === '-' ? 'stdin' : basename(p));
      const cal = calibrateInvitro(r.value, CATALOG_LOOKUP, control, treated, extra, { files: { control: name(ctl), treated: name(trt ?? ctl) }, date: new Date().toISOString().slice(0, 10) });
      // contract: the earlier keys (the fit's, provenance, uptakeProvenance, bridge) stay; the numbers are now the engine's
      // (the drug's modelled gain G divided out, your control as the plate's control). Added: controlLq, strengthScaleSE,
      // localEnhancementFactorSE, predicted, dataSer, calibrations (what the tab's Apply stores), explanation
      out.calibration = {
        ...cal.fit,
        provenance: 'fitted to your data',
        uptakeProvenance: report.uptake.provenance,
        bridge: 'the fitted strength scales the local effect’s α gain per intracellular high-Z metal, s(beam) (anchored on gold data), at every beam; in vivo the same per-cell chain applies to tumour cells (an assumption: same uptake-to-effect relation in a tumour as in a dish)',
        controlLq: cal.control,
        strengthScaleSE: cal.strengthScaleSE,
        localEnhancementFactorSE: cal.localEnhancementFactorSE,
        predicted: cal.predicted,
        dataSer: cal.dataSer,
        calibrations: { localEffect: cal.record },
        // walk9 #27: everything the tab's Apply stores, as formulation keys to merge into the file (your control's α, β
        // too); Apply also removes explicit overrides localEffect.s105kVp/s220kVp/s6MV, which would hide the fit
        apply: { calibrations: { localEffect: cal.record }, scenario: { invitro: { ...cal.control } } },
        explanation: cal.explanation,
      };
    } catch (e) {
      if (e instanceof SurvivalDataError) throw new CliError(/^line \d/.test(e.message) || !e.line ? e.message : `line ${e.line}: ${e.message}`);
      if (e instanceof RangeError) throw new CliError(e.message);
      throw e;
    }
  }
  const vf = flagString(args, 'viability');
  const varm = flagString(args, 'viability-arm');
  const vag = flagString(args, 'viability-agent');
  if (vf === undefined && (varm !== undefined || vag !== undefined)) throw new CliError('--viability-arm, --viability-agent: give the viability CSV with --viability');
  if (vf !== undefined) {
    const arm = (varm ?? 'drug-alone') as ViabilityArm;
    if (!(VIABILITY_ARMS as readonly string[]).includes(arm)) throw new CliError(`--viability-arm: must be one of ${VIABILITY_ARMS.join(', ')} (got "${arm}")`);
    try {
      // the In vitro tab's reader and fit (one implementation); what the tab's Apply stores is `calibrations`
      const read = parseViabilityCsv(readInput(vf, 'viability.csv'));
      const cal = calibrateViability(r.value, CATALOG_LOOKUP, read, arm, vag, { file: vf === '-' ? 'stdin' : basename(vf), date: new Date().toISOString().slice(0, 10) }, extra);
      const others = (r.value.calibrations?.viability ?? []).filter((v) => !(v.arm === cal.record.arm && v.agent === cal.record.agent && (v.cellLine === undefined || v.cellLine === cal.record.cellLine)));
      out.viabilityCalibration = { arm: cal.arm, agent: cal.agent, axis: cal.axis, fit: cal.fit, points: cal.points, grid: cal.grid, before: cal.before, after: cal.after, fitted: cal.fitted, notes: cal.notes, provenance: 'fitted to your data', calibrations: { viability: [...others, cal.record] }, explanation: cal.explanation };
    } catch (e) {
      if (e instanceof ViabilityCsvError) throw new CliError(`--viability ${vf}: ${e.message}`);
      if (e instanceof ViabilityFitError || e instanceof RangeError) throw new CliError(`--viability ${vf}: ${e.message}`);
      throw e;
    }
  }
  const format = flagString(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'table') throw new CliError(`--format: unknown format "${format}"; valid: json, table`);
  return format === 'table' ? invitroTable(out) : out;
}
