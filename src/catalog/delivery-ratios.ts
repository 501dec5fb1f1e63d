// Published exposure ratios of carrier formulations against the same drug given free (tumour or plasma AUC): the evidence the M3.t delivery ratios are checked against.
import type { PresetId } from './presets';

/** Which model output a published ratio corresponds to (Scores.pk.payloads[0]). */
export type DeliveryRatioMetric = 'tumorAucRatioVsFreeDrug' | 'plasmaAucRatioVsFreeDrug' | 'tumorFreeAucRatioVsFreeDrug' | 'plasmaFreeAucRatioVsFreeDrug';

export interface DeliveryRatioRecord {
  preset: PresetId;
  metric: DeliveryRatioMetric;
  /** Published carrier / free-drug ratio. */
  value: number;
  /** What was measured, in which species and how (windows, doses). */
  what: string;
  source: string;
  /** read: the number was read in the source (or a page quoting its table/abstract); recalled: from memory, to verify. */
  status: 'read' | 'recalled';
}

export const DELIVERY_RATIOS: readonly DeliveryRatioRecord[] = [
  {
    preset: 'doxil',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 3988 / 45.8,
    what: 'total doxorubicin in orthotopic 4T1 tumours of mice, 9 mg/kg: AUC 3,988 (Doxil, 0–7 d) vs 45.8 µeq·h/g (free, 0–24 h)',
    source: 'Laginha et al., Clin Cancer Res 11, 6944 (2005), tumour PK table (aacrjournals.org)',
    status: 'read',
  },
  {
    preset: 'nk105',
    metric: 'plasmaAucRatioVsFreeDrug',
    value: 90,
    what: 'paclitaxel plasma AUC, NK105 vs free paclitaxel, mice ("approximately 90-fold")',
    source: 'Hamaguchi et al., Br J Cancer 92, 1240 (2005), PMC2361981, abstract',
    status: 'read',
  },
  {
    preset: 'nk105',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 25,
    what: 'paclitaxel tumour AUC, NK105 vs free paclitaxel, HT-29 xenograft mice ("25-fold")',
    source: 'Hamaguchi et al., Br J Cancer 92, 1240 (2005), PMC2361981, abstract',
    status: 'read',
  },
  {
    preset: 'xyotax',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 12,
    what: 'total taxanes in B16 melanoma of mice after PG-[³H]paclitaxel vs [³H]paclitaxel: AUC 1,100 % higher (12×), to 144 h',
    source: 'Singer et al. (CT-2103 preclinical pharmacology), as summarised in "Polymer drugs in the clinical stage" (pharmacologicalsciences.us, Table 2/Figure 3)',
    status: 'read',
  },
  {
    preset: 'xyotax',
    metric: 'tumorFreeAucRatioVsFreeDrug',
    value: 1.32,
    what: 'released (unconjugated) paclitaxel in B16 tumours: AUC 32 % higher than after free paclitaxel',
    source: 'Singer et al. (CT-2103), as above',
    status: 'read',
  },
  {
    preset: 'abraxane',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 1.33,
    what: 'paclitaxel tumour uptake, nab-paclitaxel vs Cremophor paclitaxel at equal dose, mouse xenografts ("33 % higher")',
    source: 'Desai et al., Clin Cancer Res 12, 1317 (2006), as quoted by Yardley, J Control Release 170, 365 (2013), abstract',
    status: 'read',
  },
  {
    preset: 'onivyde',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 5,
    what: 'intratumoral SN-38 exposure: nal-IRI at a 5-fold lower dose matched free irinotecan (≈ 5× per dose, linear PK assumed), HT-29 xenograft mice',
    source: 'Kalra et al., Cancer Res 74, 7003 (2014), abstract',
    status: 'read',
  },
  {
    preset: 'nc-6004',
    metric: 'plasmaFreeAucRatioVsFreeDrug',
    value: 8.5,
    what: 'ultrafilterable (free) platinum plasma AUC, NC-6004 120 mg/m² vs cisplatin, patients (phase I)',
    source: 'Plummer et al., Br J Cancer 104, 593 (2011), abstract (dro.dur.ac.uk)',
    status: 'read',
  },
  {
    preset: 'genexol-pm',
    metric: 'tumorAucRatioVsFreeDrug',
    value: 2.5,
    what: 'paclitaxel tumour levels 2–3× those after Taxol at equal dose, mice',
    source: 'Kim et al., J Control Release 72, 191 (2001) (recalled, to verify)',
    status: 'recalled',
  },
];
