// Which ranks the Monte Carlo bands separate: two candidates whose 5–95 % bands of a score overlap cannot be told apart by
// the model's own parameter uncertainty, whatever their deterministic order (#25 item 9).
export interface RankedBand {
  id: string;
  name: string;
  rank: number;
  /** 5–95 % band of the score, or null when no (fresh) Monte Carlo run exists for this candidate. */
  band: { p5: number; p95: number } | null;
}

/** For each candidate id, the other candidates (by rank order) whose bands overlap its own. Candidates without a band are left out. */
export function overlappingRanks(rows: readonly RankedBand[]): Map<string, RankedBand[]> {
  const withBand = rows.filter((r) => r.band !== null).slice().sort((a, b) => a.rank - b.rank);
  const out = new Map<string, RankedBand[]>();
  for (const r of withBand) {
    const others = withBand.filter((q) => q.id !== r.id && q.band!.p5 <= r.band!.p95 && r.band!.p5 <= q.band!.p95);
    out.set(r.id, others);
  }
  return out;
}

/** Plain-words summary: which adjacent ranks the bands do not separate. */
export function separationSummary(rows: readonly RankedBand[]): string | null {
  const withBand = rows.filter((r) => r.band !== null).slice().sort((a, b) => a.rank - b.rank);
  if (withBand.length < 2) return null;
  const overlaps = overlappingRanks(withBand);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < withBand.length; i++) {
    const a = withBand[i];
    const b = withBand[i + 1];
    if (overlaps.get(a.id)!.some((q) => q.id === b.id)) pairs.push(`#${a.rank} ${a.name} and #${b.rank} ${b.name}`);
  }
  if (!pairs.length) return 'Every adjacent rank is separated: the 5–95 % bands of the overall score do not overlap.';
  return `Not separated by the model’s uncertainty (overlapping 5–95 % bands of the overall score): ${pairs.join('; ')}. Treat these as ties.`;
}
