import { estimateEffect, INTERVAL, naiveEstimate, PRIOR_SD } from './estimate.ts';
import { massagePattern } from './massage-pattern.ts';
import { describeNaturalCourse, expectedChange, fitNaturalCourse } from './natural-course.ts';
import type { InsightEvent, InsightReport, RemedyInsight, UseWindow, Verdict } from './types.ts';
import { confoundedWith, importantChange, MIN_USES, verdictOf } from './verdict.ts';
import { AFTER_MAX_MS, AFTER_MIN_MS, buildWindows, type PainWindow, splitEvents } from './windows.ts';

const ORDER: Record<Verdict, number> = {
  helps: 0,
  no_clear_effect: 1,
  worse: 2,
  confounded: 3,
  not_enough_data: 4,
};
const round1 = (x: number) => Math.round(x * 10) / 10;
/** Uses listed under each remedy (the latest); a year of heat uses would otherwise fill the answer. */
export const SHOWN_WINDOWS = 50;

/**
 * What helps me, measured honestly: for every remedy in the diary, its effect on pain 60-180 min after a use,
 * against what the person's pain did in their own remedy-free windows from the same starting level,
 * rise, time of day and point of the episode; shrunk toward no effect, with a 90 % interval and a
 * verdict. Pure: the result depends only on the set of events, not their order.
 *
 * @example
 * const report = whatHelps(events);
 * report.remedies[0]; // { remedy: 'heat', uses: 14, effect: -2.1, low: -2.9, high: -1.3, verdict: 'helps', … }
 */
export function whatHelps(events: readonly InsightEvent[]): InsightReport {
  const { readings, uses } = splitEvents(events);
  const windows = buildWindows(readings, uses);
  const free = windows.filter((w) => w.remedies.length === 0);
  const nc = fitNaturalCourse(free);

  const logged = new Map<string, number>();
  for (const u of uses) logged.set(u.remedy, (logged.get(u.remedy) ?? 0) + 1);

  const byRemedy = new Map<string, PainWindow[]>();
  for (const w of windows) {
    for (const r of w.remedies) {
      const list = byRemedy.get(r);
      if (list) list.push(w);
      else byRemedy.set(r, [w]);
    }
  }
  const remedies: RemedyInsight[] = [];
  for (const [remedy, count] of logged) {
    const own = byRemedy.get(remedy) ?? [];
    const meanBefore = own.length ? own.reduce((s, w) => s + w.p0, 0) / own.length : 0;
    const important = importantChange(meanBefore);
    const naive = naiveEstimate(own);
    const shown: UseWindow[] = own.map((w) =>
      toUseWindow(w, remedy, nc ? round1(expectedChange(nc, w)) : null),
    );
    const common = {
      remedy,
      uses: own.length,
      logged: count,
      importantChange: round1(important),
      naiveChange: naive ? round1(naive.effect) : null,
      windows: shown,
    };
    if (!nc || own.length < MIN_USES) {
      remedies.push({ ...common, effect: null, low: null, high: null, verdict: 'not_enough_data' });
      continue;
    }
    const other = confoundedWith(remedy, own);
    if (other) {
      remedies.push({ ...common, effect: null, low: null, high: null, verdict: 'confounded', with: other });
      continue;
    }
    const e = estimateEffect(nc, own);
    remedies.push({
      ...common,
      effect: round1(e.effect),
      low: round1(e.low),
      high: round1(e.high),
      verdict: verdictOf(e, important),
    });
  }
  remedies.sort(
    (a, b) =>
      ORDER[a.verdict] - ORDER[b.verdict] ||
      (a.effect ?? 0) - (b.effect ?? 0) ||
      b.uses - a.uses ||
      (a.remedy < b.remedy ? -1 : 1),
  );
  return {
    remedies,
    naturalCourse: describeNaturalCourse(nc, free.length),
    massage: massagePattern(readings, uses),
    method: {
      minUses: MIN_USES,
      minutesAfter: [AFTER_MIN_MS / 60_000, AFTER_MAX_MS / 60_000],
      interval: INTERVAL,
      priorSd: PRIOR_SD,
      facts: ['IN-NRS-MCID', 'IN-NRS-MDC'],
    },
  };
}

function toUseWindow(w: PainWindow, remedy: string, expected: number | null): UseWindow {
  return {
    at: w.at ?? new Date(w.t).toISOString(),
    before: w.p0,
    after: w.p1,
    minutes: w.minutes,
    expectedChange: expected,
    alongside: w.remedies.filter((r) => r !== remedy),
  };
}
