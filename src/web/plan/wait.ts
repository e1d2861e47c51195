/**
 * "3 h 5 min" from milliseconds, rounded up to the minute so it never says 0 while still waiting.
 * @example formatWait(65 * 60_000) // '1 h 5 min'
 */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
