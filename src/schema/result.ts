// Parse results: a value or a list of issues, each naming the field by a dotted path ('payloads.1.feedMassRatio').

export interface Issue {
  /** Dotted path to the field ('' for the whole document), numeric array indices: 'coating.membranes.0.fraction'. */
  path: string;
  message: string;
}

/**
 * A parse result. On success, `warnings` (present only when there are any) name input that was accepted but not used,
 * e.g. { path: 'core.diameterNM', message: 'unknown field, ignored (did you mean diameterNm?)' }.
 */
export type Result<T> = { ok: true; value: T; warnings?: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** Success with warnings (left out when there are none, so results without warnings keep their old shape). */
export const okWithWarnings = <T>(value: T, warnings: readonly Issue[] | undefined): Result<T> =>
  warnings && warnings.length > 0 ? { ok: true, value, warnings: [...warnings] } : { ok: true, value };
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
