// Colour-blind-safe palette (Okabe & Ito 2008) shared by every chart; the 3D viewer uses the same set.
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;

/** pH → colour: blood 7.4 (blue), interstitium 6.5 (orange), endolysosome 5.0 (vermillion); distinct in all common CVD types. */
export const PH_COLORS: Record<string, string> = { '7.4': '#0072B2', '6.5': '#E69F00', '5.0': '#D55E00' };

/** Control vs treated, oxic vs hypoxic. */
export const ARM_COLORS = { control: '#000000', treated: '#009E73' } as const;


/** Line dashes per pH so the curves differ by more than colour alone. */
export const PH_DASH: Record<string, string | undefined> = { '7.4': undefined, '6.5': '6,3', '5.0': '2,2' };
