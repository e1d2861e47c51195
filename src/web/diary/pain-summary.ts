/**
 * The pain chart's numbers and its text alternative: daily averages over a range, the average, the best and
 * worst day, and the trend. A change of 2 points or 30 % on the 0-10 scale is the smallest that matters
 * (evidence section 3, NRS), so smaller moves read as "about the same". Pure: days and times are parameters.
 */

/** One pain score at an instant (epoch ms). */
export interface PainPoint {
  t: number;
  score: number;
}

/** One calendar day in the range; `avg` and `max` are null when nothing was logged. */
export interface PainDay {
  /** Local midnight, epoch ms. */
  start: number;
  /** `YYYY-MM-DD` in local time. */
  key: string;
  avg: number | null;
  max: number | null;
  count: number;
}

function dayKey(d: Date): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

/**
 * The last `days` local days ending on the day of `now`, each with its average and worst score.
 * Local days (not 24 h blocks), so a daylight-saving change never splits or merges a day.
 */
export function dailyPain(points: readonly PainPoint[], days: number, now: number): PainDay[] {
  const out: PainDay[] = [];
  const end = new Date(now);
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(end.getFullYear(), end.getMonth(), end.getDate() - i);
    out.push({ start: d.getTime(), key: dayKey(d), avg: null, max: null, count: 0 });
  }
  const byKey = new Map(out.map((d) => [d.key, d]));
  const sums = new Map<string, number>();
  for (const p of points) {
    if (!Number.isFinite(p.score)) continue;
    const day = byKey.get(dayKey(new Date(p.t)));
    if (!day) continue;
    day.count += 1;
    day.max = Math.max(day.max ?? 0, p.score);
    sums.set(day.key, (sums.get(day.key) ?? 0) + p.score);
  }
  for (const d of out) {
    const sum = sums.get(d.key);
    if (sum !== undefined && d.count > 0) d.avg = Math.round((sum / d.count) * 10) / 10;
  }
  return out;
}

/** Which way the pain is going, by the smallest change that matters. */
export type Trend = 'easing' | 'worse' | 'same' | 'unknown';

/** The text alternative's facts. */
export interface PainSummary {
  daysLogged: number;
  average: number | null;
  best: PainDay | null;
  worst: PainDay | null;
  /**
   * The headline: the latest change when it matters (the last logged day against the one before), else the
   * range's first half against its second. Halves alone hid the latest rise: the sentence once said "easing"
   * when today was 6 and yesterday 3.
   */
  trend: Trend;
  /** First half of the logged days against the second half. */
  overall: Trend;
  /** The last two logged days, oldest first, when there are two. */
  latest: { previous: PainDay & { avg: number }; last: PainDay & { avg: number } } | null;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Meaningful change on the 0-10 scale: at least 2 points or 30 % (evidence section 3). */
export function meaningfulChange(from: number, to: number): boolean {
  const diff = Math.abs(to - from);
  return diff >= 2 || (from > 0 && diff / from >= 0.3 && diff >= 1);
}

/** Average, best and worst day, and the trend (first half of logged days against the second). */
export function summarize(days: readonly PainDay[]): PainSummary {
  const logged = days.filter((d): d is PainDay & { avg: number } => d.avg !== null);
  if (logged.length === 0) {
    return {
      daysLogged: 0,
      average: null,
      best: null,
      worst: null,
      trend: 'unknown',
      overall: 'unknown',
      latest: null,
    };
  }
  let best = logged[0] ?? null;
  let worst = logged[0] ?? null;
  for (const d of logged) {
    if (best && d.avg < (best.avg ?? 11)) best = d;
    if (worst && d.avg >= (worst.avg ?? -1)) worst = d;
  }
  const average = Math.round(mean(logged.map((d) => d.avg)) * 10) / 10;
  let overall: Trend = 'unknown';
  let latest: PainSummary['latest'] = null;
  let trend: Trend = 'unknown';
  const previous = logged.at(-2);
  const last = logged.at(-1);
  if (previous && last) {
    const half = Math.floor(logged.length / 2);
    overall = direction(
      mean(logged.slice(0, half).map((d) => d.avg)),
      mean(logged.slice(logged.length - half).map((d) => d.avg)),
    );
    latest = { previous, last };
    const recent = direction(previous.avg, last.avg);
    trend = recent === 'same' ? overall : recent;
  }
  return { daysLogged: logged.length, average, best, worst, trend, overall, latest };
}

function direction(from: number, to: number): Trend {
  if (!meaningfulChange(from, to)) return 'same';
  return to < from ? 'easing' : 'worse';
}

const TREND_TEXT: Record<Trend, string> = {
  easing: 'Your pain is easing.',
  worse: 'Your pain is getting worse.',
  same: 'Your pain is about the same.',
  unknown: 'Log your pain on more days to see a trend.',
};

/** The trend in words; a latest change that matters is told with its two days and scores. */
function trendText(s: PainSummary, formatDay: (start: number) => string): string {
  const l = s.latest;
  if (!l || s.trend !== direction(l.previous.avg, l.last.avg) || s.trend === 'same')
    return TREND_TEXT[s.trend];
  const from = `${l.previous.avg} on ${formatDay(l.previous.start)}`;
  const to = `${l.last.avg} on ${formatDay(l.last.start)}`;
  const headline =
    s.trend === 'worse'
      ? `Your pain went up: ${to}, from ${from}.`
      : `Your pain went down: ${to}, from ${from}.`;
  // The range as a whole may still point the other way; say so rather than hide either.
  if (s.trend === 'worse' && s.overall === 'easing')
    return `${headline} It is still lower than at the start of this range.`;
  if (s.trend === 'easing' && s.overall === 'worse')
    return `${headline} It is still higher than at the start of this range.`;
  return headline;
}

/** The chart's text alternative in plain words, e.g. for `<figcaption>` and screen readers. */
export function summaryText(s: PainSummary, rangeDays: number, formatDay: (start: number) => string): string {
  if (s.daysLogged === 0 || s.average === null) return `No pain scores in the last ${rangeDays} days yet.`;
  const parts = [
    `Last ${rangeDays} days: pain logged on ${s.daysLogged} ${s.daysLogged === 1 ? 'day' : 'days'}.`,
  ];
  parts.push(`Average ${s.average} out of 10.`);
  if (s.best && s.worst && s.daysLogged > 1) {
    parts.push(
      `Best day ${formatDay(s.best.start)} (${s.best.avg}); worst day ${formatDay(s.worst.start)} (${s.worst.avg}).`,
    );
  }
  parts.push(trendText(s, formatDay));
  return parts.join(' ');
}
