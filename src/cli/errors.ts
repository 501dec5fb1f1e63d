// The command line's one error type: a message naming the field or argument and the reason (contract §4: exit 2, one line on stderr).
import { fieldAt, type Issue } from '../schema';

/** 'core.diameterNm (Core diameter): must be > 0 and ≤ 5000 nm (got 0)': an issue with its field's label from the field registry. */
export function issueLine(i: Issue, where = ''): string {
  const f = i.path ? fieldAt(i.path) : undefined;
  return `${where}${i.path || '(root)'}${f ? ` (${f.label})` : ''}: ${i.message}`;
}
export { CliError } from './cli-error';
