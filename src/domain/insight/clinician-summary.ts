import { IBU_MAX_DAILY_MG } from '../plan/limits.ts';
import { type PegAnswers, pegScore } from './peg.ts';
import type { InsightReport, RemedyInsight } from './types.ts';

const DAY = 86_400_000;

/** A diary event with the fields the report reads. */
export interface ReportEvent {
  readonly kind: string;
  readonly at: string;
  readonly score?: number;
  readonly mg?: number;
  readonly ingredient?: string;
  readonly minutes?: number;
  readonly text?: string;
}

/** A stored check-in: when, its level, and the red flags raised with their advice. */
export interface ReportCheckin {
  readonly at: string;
  readonly level: string;
  readonly flags: readonly { readonly id: string; readonly level: string; readonly message: string }[];
}

export interface ReportPeg extends PegAnswers {
  readonly at: string;
}

export interface ClinicianInput {
  readonly now: Date;
  readonly days: number;
  /** IANA zone for calendar days (default UTC). */
  readonly timeZone: string;
  readonly events: readonly ReportEvent[];
  readonly checkins: readonly ReportCheckin[];
  readonly peg: readonly ReportPeg[];
  readonly insights: InsightReport;
}

export interface ClinicianSummary {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly timeZone: string;
  readonly pain: {
    readonly scores: number;
    readonly daily: readonly { date: string; mean: number; min: number; max: number }[];
    /** Mean of the first and the last 7 days that have scores. */
    readonly firstWeek: number | null;
    readonly lastWeek: number | null;
  };
  /** IN-PEG: the latest answer of each week (weeks start on Monday), with its score. */
  readonly peg: readonly { week: string; pain: number; enjoyment: number; activity: number; score: number }[];
  readonly redFlags: readonly { at: string; level: string; id: string; message: string }[];
  readonly ibuprofen: {
    readonly doses: number;
    readonly daysUsed: number;
    readonly highestDailyMg: number;
    readonly highestDay: string | null;
    /** IB-DOSE: calendar days whose total went over the 1,200 mg self-care limit. */
    readonly daysOverLimit: readonly string[];
    readonly limitMg: number;
  };
  readonly creams: readonly { ingredient: string; uses: number; days: number }[];
  readonly massages: readonly string[];
  readonly massagePattern: string;
  /** Remedies with a verdict other than not_enough_data. */
  readonly whatHelps: readonly RemedyInsight[];
  /** The latest notes first. */
  readonly notes: readonly { at: string; text: string }[];
}

/** A function giving the `YYYY-MM-DD` of an instant in a zone (one formatter, reused: building one costs more than formatting). */
export function localDater(timeZone: string): (iso: string | number) => string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (iso) => f.format(new Date(iso));
}

/** The Monday (YYYY-MM-DD) of a calendar date's week. */
function mondayOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * DAY).toISOString().slice(0, 10);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/**
 * Everything the one-page clinician report shows, computed once here so the page and the tests
 * read the same numbers. Events, check-ins and PEG answers should already be limited to the last `days`.
 */
export function clinicianSummary(input: ClinicianInput): ClinicianSummary {
  const { timeZone } = input;
  const day = localDater(timeZone);
  const byDay = new Map<string, number[]>();
  const doses = new Map<string, number>();
  const creams = new Map<string, { uses: number; days: Set<string> }>();
  const massages: string[] = [];
  const notes: { at: string; text: string }[] = [];
  let doseCount = 0;
  for (const e of [...input.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const d = day(e.at);
    if (e.kind === 'pain' && typeof e.score === 'number') byDay.set(d, [...(byDay.get(d) ?? []), e.score]);
    else if (e.kind === 'ibuprofen' && typeof e.mg === 'number') {
      doses.set(d, (doses.get(d) ?? 0) + e.mg);
      doseCount++;
    } else if (e.kind === 'cream' && e.ingredient) {
      const c = creams.get(e.ingredient) ?? { uses: 0, days: new Set<string>() };
      c.uses++;
      c.days.add(d);
      creams.set(e.ingredient, c);
    } else if (e.kind === 'massage') massages.push(e.at);
    else if (e.kind === 'note' && e.text) notes.push({ at: e.at, text: e.text });
  }
  const daily = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, s]) => ({ date, mean: r1(mean(s) ?? 0), min: Math.min(...s), max: Math.max(...s) }));
  const weekMean = (rows: typeof daily) => {
    const m = mean(rows.map((r) => r.mean));
    return m === null ? null : r1(m);
  };

  let highestDailyMg = 0;
  let highestDay: string | null = null;
  for (const [d, mg] of [...doses.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (mg > highestDailyMg) {
      highestDailyMg = mg;
      highestDay = d;
    }
  }

  const pegByWeek = new Map<string, ReportPeg>();
  for (const p of [...input.peg].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)))
    pegByWeek.set(mondayOf(day(p.at)), p);

  return {
    from: new Date(input.now.getTime() - input.days * DAY).toISOString(),
    to: input.now.toISOString(),
    days: input.days,
    timeZone,
    pain: {
      scores: daily.length ? [...byDay.values()].reduce((s, xs) => s + xs.length, 0) : 0,
      daily,
      firstWeek: weekMean(daily.slice(0, 7)),
      lastWeek: weekMean(daily.slice(-7)),
    },
    peg: [...pegByWeek.entries()].map(([week, p]) => ({
      week,
      pain: p.pain,
      enjoyment: p.enjoyment,
      activity: p.activity,
      score: pegScore(p),
    })),
    redFlags: [...input.checkins]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .flatMap((c) => c.flags.map((f) => ({ at: c.at, level: f.level, id: f.id, message: f.message }))),
    ibuprofen: {
      doses: doseCount,
      daysUsed: doses.size,
      highestDailyMg,
      highestDay,
      // IB-DOSE: at most 1,200 mg in 24 h without a doctor.
      daysOverLimit: [...doses.entries()]
        .filter(([, mg]) => mg > IBU_MAX_DAILY_MG)
        .map(([d]) => d)
        .sort(),
      limitMg: IBU_MAX_DAILY_MG,
    },
    creams: [...creams.entries()]
      .map(([ingredient, c]) => ({ ingredient, uses: c.uses, days: c.days.size }))
      .sort((a, b) => b.uses - a.uses || (a.ingredient < b.ingredient ? -1 : 1)),
    massages,
    massagePattern: input.insights.massage.summary,
    whatHelps: input.insights.remedies.filter((r) => r.verdict !== 'not_enough_data'),
    notes: notes.reverse(),
  };
}
