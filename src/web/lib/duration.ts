/**
 * A logged duration in plain words, to the second when it was short: "6 seconds", "1 minute 30 seconds",
 * "20 minutes". Cold and heat sessions log fractional minutes (a cold pack off after 6 s is 0.1), so words
 * must not round them up.
 */
export function durationText(minutes: number): string {
  const total = Math.max(0, Math.round(minutes * 60));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const min = m === 1 ? '1 minute' : `${m} minutes`;
  const sec = s === 1 ? '1 second' : `${s} seconds`;
  if (m === 0) return sec;
  return s === 0 ? min : `${min} ${sec}`;
}
