// Plain-text tables for the CLI's `--format table` outputs (validate, invitro): columns padded to their widest cell.

/** A header row, a rule, then one line per row (cells by column name; missing cells blank). */
export function textTable(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line([...header]), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(header.map((h) => r[h] ?? '')))].join('\n');
}
