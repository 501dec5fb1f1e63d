// The validation corpus's record format: a zod schema (units, ranges, a source on every record) and the TypeScript types derived from it.
import { z } from 'zod';
import { VEHICLE_IDS } from '../catalog/vehicles';

export const CORPUS_KINDS = ['release', 'loading', 'size', 'pk', 'radiosensitization', 'clonogenic', 'clinical'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

const pH = z.number().min(1).max(10);
/**
 * The comparator's vehicle (#27): what the free drug the ratio is taken against was injected in (catalog vehicle id:
 * 'cremophor-el-ethanol' for Taxol, 'polysorbate-80-ethanol' for Taxotere, 'none' for saline). Absent = not stated: the
 * unformulated drug. The evaluator writes it into the system's payloads[0].freeDrugVehicle.
 */
const vs = z.enum(VEHICLE_IDS).optional();
const positive = z.number().finite().positive();

/** What was measured, in its own units; the evaluator maps each variant to one model output. */
export const quantitySchema = z.discriminatedUnion('metric', [
  /** Cumulative release of payload 0 at t hours in the record's medium, % of the loaded drug. */
  z.object({ metric: z.literal('release-pct'), pH, timeH: positive.max(2000) }).strict(),
  /** Encapsulation efficiency of payload 0, % of the fed drug. */
  z.object({ metric: z.literal('ee-pct') }).strict(),
  /** Loading capacity of payload 0, wt % of the particle. */
  z.object({ metric: z.literal('lc-pct') }).strict(),
  /** Loaded payload 0 per carrier mass, mg/mg. */
  z.object({ metric: z.literal('loaded-mg-per-mg') }).strict(),
  /** Hydrodynamic diameter, nm. */
  z.object({ metric: z.literal('size-nm') }).strict(),
  /** Circulation (blood) half-life of the particle, h. */
  z.object({ metric: z.literal('half-life-h') }).strict(),
  /** Ratio of circulation half-lives, carried / free drug of payload 0. */
  z.object({ metric: z.literal('half-life-ratio'), vehicle: vs }).strict(),
  /** Plasma AUC ratio, carried / free drug of payload 0 at the same drug dose. */
  z.object({ metric: z.literal('plasma-auc-ratio'), vehicle: vs }).strict(),
  /** Tumour AUC (or delivery) ratio of payload 0, carried / free drug. */
  z.object({ metric: z.literal('tumour-auc-ratio'), vehicle: vs }).strict(),
  /** Plasma clearance of payload 0 given as free drug (dose / plasma AUC₀^∞), L/h/kg; vehicle as above (#27). */
  z.object({ metric: z.literal('plasma-clearance-l-per-h-per-kg'), vehicle: vs }).strict(),
  /** Particle dose reaching the tumour, % of injected dose. */
  z.object({ metric: z.literal('tumour-pct-id') }).strict(),
  /** High-Z element in the tumour, mg per g. */
  /** doseMgPerKg: the injected dose when it exceeds what a formulation may state (M4.1 is linear in dose, so it is scaled). */
  z.object({ metric: z.literal('tumour-mg-per-g'), element: z.string().min(1).max(3), doseMgPerKg: positive.max(1e5).optional() }).strict(),
  /** Macroscopic dose enhancement factor of a uniform element concentration (phantom or solution). */
  z.object({ metric: z.literal('def'), element: z.string().min(1).max(3), mgPerG: positive.max(1000), beam: z.string().min(1) }).strict(),
  /** Sensitizer enhancement ratio in cells (D10 ratio) with particles inside; mCellPg null = uptake not reported. */
  z.object({ metric: z.literal('ser'), element: z.string().min(1).max(3), beam: z.string().min(1), mCellPg: positive.max(1e4).nullable() }).strict(),
  /** Macroscopic DEF of a whole formulation scored by the engine (its scenario's beam and tumour concentration). */
  z.object({ metric: z.literal('formulation-def') }).strict(),
  /** Clonogenic surviving fraction after a single dose (0–1). */
  z.object({ metric: z.literal('surviving-fraction'), doseGy: positive.max(30) }).strict(),
  /** Mean inactivation dose D̄ = ∫ S(D) dD, Gy. */
  z.object({ metric: z.literal('mean-inactivation-dose-gy') }).strict(),
  /** Clinical actuarial local (or pelvic) control, %, after a schedule of stated EQD2 (α/β 10 Gy). */
  z.object({ metric: z.literal('local-control-pct'), years: positive.max(20), eqd2Gy: positive.max(200).nullable() }).strict(),
  /** Clinical overall (or disease-free) survival, %, at a number of years. */
  z.object({ metric: z.literal('survival-pct'), years: positive.max(20) }).strict(),
]);
export type Quantity = z.infer<typeof quantitySchema>;
export type Metric = Quantity['metric'];

/** The kind each metric belongs to (the grouping of the summary). */
export const METRIC_KIND: Record<Metric, CorpusKind> = {
  'release-pct': 'release',
  'ee-pct': 'loading',
  'lc-pct': 'loading',
  'loaded-mg-per-mg': 'loading',
  'size-nm': 'size',
  'half-life-h': 'pk',
  'half-life-ratio': 'pk',
  'plasma-auc-ratio': 'pk',
  'tumour-auc-ratio': 'pk',
  'plasma-clearance-l-per-h-per-kg': 'pk',
  'tumour-pct-id': 'pk',
  'tumour-mg-per-g': 'pk',
  def: 'radiosensitization',
  ser: 'radiosensitization',
  'formulation-def': 'radiosensitization',
  'surviving-fraction': 'clonogenic',
  'mean-inactivation-dose-gy': 'clonogenic',
  'local-control-pct': 'clinical',
  'survival-pct': 'clinical',
};

/** Unit shown with each metric. */
export const METRIC_UNIT: Record<Metric, string> = {
  'release-pct': '%',
  'ee-pct': '%',
  'lc-pct': '%',
  'loaded-mg-per-mg': 'mg/mg',
  'size-nm': 'nm',
  'half-life-h': 'h',
  'half-life-ratio': '1',
  'plasma-auc-ratio': '1',
  'tumour-auc-ratio': '1',
  'plasma-clearance-l-per-h-per-kg': 'L/h/kg',
  'tumour-pct-id': '% ID',
  'tumour-mg-per-g': 'mg/g',
  def: '1',
  ser: '1',
  'formulation-def': '1',
  'surviving-fraction': '1',
  'mean-inactivation-dose-gy': 'Gy',
  'local-control-pct': '%',
  'survival-pct': '%',
};

/** Plausible ranges of measured values per metric (a typo guard for the corpus). */
export const METRIC_RANGE: Record<Metric, [number, number]> = {
  'release-pct': [0, 100],
  'ee-pct': [0, 100],
  'lc-pct': [0, 100],
  'loaded-mg-per-mg': [0, 10],
  'size-nm': [1, 5000],
  'half-life-h': [0.01, 1000],
  'half-life-ratio': [0.01, 10000],
  'plasma-auc-ratio': [0.01, 10000],
  'tumour-auc-ratio': [0.01, 10000],
  'plasma-clearance-l-per-h-per-kg': [0.001, 100],
  'tumour-pct-id': [0, 100],
  'tumour-mg-per-g': [0, 1000],
  def: [0.5, 100],
  ser: [0.5, 10],
  'formulation-def': [0.5, 100],
  'surviving-fraction': [0, 1],
  'mean-inactivation-dose-gy': [0.1, 20],
  'local-control-pct': [0, 100],
  'survival-pct': [0, 100],
};

export const sourceSchema = z
  .object({
    authors: z.string().min(2),
    journal: z.string().min(2),
    year: z.number().int().min(1950).max(2030).nullable(),
    /** Where in the source: table, figure, abstract, label section. */
    locator: z.string().min(2),
    /** Where we read it, when it was read through a secondary page (an abstract page, a review). */
    via: z.string().optional(),
  })
  .strict();

export const conditionSchema = z
  .object({
    medium: z.enum(['buffer', 'pbs', 'serum', 'cell-culture', 'in-vivo', 'phantom', 'clinical']),
    pH: pH.optional(),
    temperatureC: z.number().min(0).max(100).optional(),
    beam: z.string().min(1).optional(),
    doseGy: z.number().min(0).max(200).optional(),
    /** 'not-stated' when the source does not say in which species a number was measured. */
    species: z.enum(['mouse', 'rat', 'human', 'in-vitro', 'not-stated']),
    cells: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

/** A formulation written out (contract §1, partial: the schema completes it); validated again by the engine when evaluated. */
const formulationSchema = z.object({ core: z.object({ material: z.string().min(1) }).passthrough() }).passthrough();

export const corpusRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
    /** A preset id (src/catalog/presets.ts) or a formulation written out. */
    system: z.union([z.object({ preset: z.string().min(1) }).strict(), z.object({ formulation: formulationSchema, label: z.string().min(2) }).strict()]),
    condition: conditionSchema,
    quantity: quantitySchema,
    /** The measured value (central); with a range when the source gives bounds (e.g. EE > 90 % → [90, 100]). */
    value: z.number().finite(),
    range: z.tuple([z.number().finite(), z.number().finite()]).optional(),
    /** One standard deviation (or the reported ±), in the value's unit. */
    sd: z.number().finite().nonnegative().optional(),
    source: sourceSchema,
    /** read = seen in the source (or its abstract); recalled = from memory, to verify. */
    provenance: z.enum(['read', 'recalled']),
    /**
     * True when the number was used to set a catalog parameter (a fact about the model's history). Such a record can never
     * be held out: the frozen split (split.ts, split.json) puts it, and its paper's records of the same kind, on the
     * calibration side. Which side a record is on comes from the split, not from this field.
     */
    setsCatalogParameter: z.boolean(),
    /** Why the number is not directly comparable (species, schedule); such records inform, they are not judged. */
    caveat: z.string().optional(),
    /** The likely cause if the model misses it (what the miss would teach). */
    ifMiss: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const [lo, hi] = METRIC_RANGE[r.quantity.metric];
    if (r.value < lo || r.value > hi) ctx.addIssue({ code: 'custom', path: ['value'], message: `${r.value} is outside ${lo}–${hi} ${METRIC_UNIT[r.quantity.metric]} for ${r.quantity.metric}` });
    if (r.range) {
      if (r.range[0] > r.range[1]) ctx.addIssue({ code: 'custom', path: ['range'], message: 'range must be [low, high]' });
      if (r.value < r.range[0] || r.value > r.range[1]) ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must lie inside its range' });
    }
  });

export type CorpusRecord = z.infer<typeof corpusRecordSchema>;
