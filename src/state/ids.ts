// Candidate ids: short, unique within a workspace (UI-side; the model never sees them).
let counter = 0;
export function newId(prefix = 'c'): string {
  counter += 1;
  const rand = typeof crypto !== 'undefined' && 'getRandomValues' in crypto
    ? Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('')
    : String(Date.now() % 1e8);
  return `${prefix}${counter.toString(36)}${rand}`;
}
