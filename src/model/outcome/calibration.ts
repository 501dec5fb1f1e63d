// Published clinical outcome points of cervical-cancer chemoradiotherapy that the outcome model's baseline is calibrated to (and tested against).

/** A published local-control point: TCP at a total EQD2 (α/β 10) of HR-CTV D90, or a dose for 50 % control. */
export interface CalibrationTarget {
  id: string;
  kind: 'tcp-at-eqd2' | 'd50';
  /** total EQD2 (Gy, α/β = 10): D90 of the HR-CTV (tcp-at-eqd2) or D50 (d50) */
  eqd2Gy: number;
  /** local control probability (tcp-at-eqd2) */
  tcp?: number;
  cisplatin: boolean;
  /** accepted |model − published|: probability (tcp-at-eqd2) or Gy (d50) */
  tolerance: number;
  /** used in the fit of N₀ and σ_α (true) or a check only (false) */
  fitted: boolean;
  source: string;
  provenance: 'read' | 'recalled';
  note: string;
}

export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'mazeron-2015',
    kind: 'tcp-at-eqd2',
    eqd2Gy: 85,
    tcp: 0.9,
    cisplatin: true,
    tolerance: 0.02,
    fitted: true,
    source: 'Mazeron et al., Radiother Oncol 2015;114:257–263 (225 patients, 95 % concomitant chemotherapy, probit of local control vs HR-CTV D90)',
    provenance: 'read',
    note: '"The thresholds to reach to warrant a probability of 90% of local control were 85Gy to the D90 of the HR-CTV" (EQD2, α/β = 10) — abstract.',
  },
  {
    id: 'retroembrace-2016',
    kind: 'tcp-at-eqd2',
    eqd2Gy: 87,
    tcp: 0.91,
    cisplatin: true,
    tolerance: 0.03,
    fitted: false,
    source: 'Sturdza et al., Radiother Oncol 2016;120:428–433 (retroEMBRACE, 731 patients, 77 % concurrent chemotherapy)',
    provenance: 'read',
    note: 'Mean D90 HR-CTV 87 ± 15 Gy EQD2; actuarial 3-year local control 91 % (5-year 89 %) — abstract. A cohort mean, not a dose–response point: a consistency check.',
  },
  {
    id: 'sweden-1989-d50',
    kind: 'd50',
    eqd2Gy: 61.6 / 1.2,
    cisplatin: false,
    tolerance: 3,
    fitted: true,
    source: 'PMC3561602: 171 patients, stages IB–IIB, 1989–1991, radiotherapy alone (43) or with surgery; D50 = 61.6 Gy₁₀ (BED) and γ = 0.92 for local control',
    provenance: 'read',
    note: 'BED₁₀ 61.6 Gy → EQD2 = BED/1.2 = 51.3 Gy. Point-A-era dosimetry without chemotherapy: it sets the low-dose end and the shallow slope.',
  },
  {
    id: 'patent-ccrt-recurrence',
    kind: 'tcp-at-eqd2',
    eqd2Gy: 70,
    tcp: 0.8,
    cisplatin: true,
    tolerance: 0.1,
    fitted: false,
    source: 'patent notice (project seeds): "approximately 30% of patients still experience recurrence after receiving standard radiotherapy" (CCRT); pelvic control 70–80 % in the 2D-brachytherapy era',
    provenance: 'read',
    note: 'All recurrences, distant included; local failure is the larger part only in bulky tumours. The D90 of 2D-era point-A plans is not reported; 70 Gy is our assumption of a typical under-dosed HR-CTV. A loose plausibility check (±10 points).',
  },
];
