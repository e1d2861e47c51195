/**
 * Which list a visit belongs in. A cancelled visit leaves "Upcoming" at once: it is no longer happening. Upcoming:
 * confirmed and not yet over, soonest first. Past and cancelled: everything else, most recent first. Pure.
 */
export function splitVisits<T extends { status: string; start: string; end: string }>(
  list: readonly T[],
  nowMs: number,
): { upcoming: T[]; past: T[] } {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const b of list) {
    if (b.status === 'confirmed' && Date.parse(b.end) > nowMs) upcoming.push(b);
    else past.push(b);
  }
  upcoming.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  past.sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return { upcoming, past };
}
