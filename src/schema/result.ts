// Parse results: a value or a list of issues, each naming the field by a dotted path ('payloads.1.feedMassRatio').

export interface Issue {
  /** Dotted path to the field ('' for the whole document), numeric array indices: 'coating.membranes.0.fraction'. */
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** 'payloads.1.feedMassRatio: must be > 0 (got -1)', or the message alone for the whole document. */
export function formatIssue(i: Issue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

/** All issues on one line each. */
export function formatIssues(issues: Issue[]): string {
  return issues.map(formatIssue).join('\n');
}

/** Prefix every issue path (for nested documents, e.g. 'formulations.2'). */
export function prefixIssues(prefix: string, issues: Issue[]): Issue[] {
  return issues.map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message }));
}
