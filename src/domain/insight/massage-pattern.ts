import type { MassagePattern } from './types.ts';
import type { Reading, Use } from './windows.ts';

const HOUR = 3_600_000;
/** How many of the latest massages the pattern looks at. */
const LAST = 3;
/** Changes smaller than this are "about the same" (IN-NRS-MDC: a point is within measurement error). */
const SAME = 0.5;

function meanIn(readings: readonly Reading[], from: number, to: number): number | null {
  let sum = 0;
  let n = 0;
  for (const r of readings) {
    if (r.t > from && r.t <= to) {
      sum += r.score;
      n++;
    }
  }
  return n ? sum / n : null;
}

const points = (x: number) => {
  const r = Math.max(1, Math.round(Math.abs(x)));
  return `about ${r} point${r === 1 ? '' : 's'}`;
};

/**
 * Pain in the 48 h after each of the last 3 massages against the 3 days before, in plain words, set
 * beside the usual course (MA-COMMON: minor soreness mostly starting within 12 h and gone within 36 h;
 * MA-NOT-NORMAL: still there after 72 h or getting worse is not the usual soreness). A description of
 * what happened, not a claim about what the massage caused.
 */
export function massagePattern(readings: readonly Reading[], uses: readonly Use[]): MassagePattern {
  const rows: { before: number; first: number | null; second: number | null }[] = [];
  for (const u of uses) {
    if (u.remedy !== 'massage') continue;
    const before = meanIn(readings, u.t - 72 * HOUR, u.t - 1);
    const first = meanIn(readings, u.t, u.t + 24 * HOUR);
    const second = meanIn(readings, u.t + 24 * HOUR, u.t + 48 * HOUR);
    if (before === null || (first === null && second === null)) continue;
    rows.push({
      before,
      first: first === null ? null : first - before,
      second: second === null ? null : second - before,
    });
  }
  const last = rows.slice(-LAST);
  const facts = ['MA-COMMON', 'MA-NOT-NORMAL'];
  if (last.length === 0) {
    return {
      massages: 0,
      before: null,
      firstDay: null,
      secondDay: null,
      summary: 'No massage yet with pain scores in the days before and after it.',
      facts,
    };
  }
  const avg = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
  };
  const before = avg(last.map((r) => r.before));
  const firstDay = avg(last.map((r) => r.first));
  const secondDay = avg(last.map((r) => r.second));
  const which = last.length === 1 ? 'your last massage' : `your last ${last.length} massages`;
  const parts: string[] = [];
  if (firstDay === null) parts.push('there were no pain scores in the first day');
  else if (firstDay >= SAME) parts.push(`pain rose by ${points(firstDay)} for about a day`);
  else if (firstDay <= -SAME) parts.push(`pain fell by ${points(firstDay)} in the first day`);
  else parts.push('pain stayed about the same in the first day');
  if (secondDay === null) parts.push('with no scores on the second day');
  else if (secondDay <= -SAME) parts.push('then fell below where it was');
  else if (secondDay >= SAME) parts.push(`and was still ${points(secondDay)} higher on the second day`);
  else parts.push('then was back where it was');
  let usual = 'Some soreness for up to about a day and a half is common after a massage.';
  if (secondDay !== null && secondDay >= SAME) {
    usual +=
      ' Pain still higher on the second day is longer than that: if it lasts beyond 3 days or gets worse, see a doctor.';
  }
  const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    massages: last.length,
    before: r1(before),
    firstDay: r1(firstDay),
    secondDay: r1(secondDay),
    summary: `After ${which}, ${parts.join(', ')}. ${usual}`,
    facts,
  };
}
