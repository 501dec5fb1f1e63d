// Display names for catalog ids (falls back to the id itself).
export function agentName(id: string): string {
  return id;
}
