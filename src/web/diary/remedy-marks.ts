/**
 * Remedy markers for the pain chart, so a person can see what came before the pain went down: when cold, heat, a
 * cream, ibuprofen, stretches or a massage were logged, placed on the same day axis as the pain, and in words what
 * came before the pain last went down. Pure: events, days and the day formatter are parameters.
 */
import type { NewEvent } from '../lib/events.ts';
import { meaningfulChange, type PainDay } from './pain-summary.ts';

/** The remedies the chart marks, in legend order. */
export const REMEDY_KINDS = ['cold', 'heat', 'cream', 'ibuprofen', 'stretch', 'massage'] as const;
/** One of {@link REMEDY_KINDS}. */
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** A short letter for the chart and legend (never colour alone) and a name for the words. */
export const REMEDY_LABELS: Record<RemedyKind, { letter: string; name: string; plural: string }> = {
  cold: { letter: 'C', name: 'Cold pack', plural: 'cold packs' },
  heat: { letter: 'H', name: 'Heat', plural: 'heat' },
  cream: { letter: 'R', name: 'Cream or rub', plural: 'creams' },
  ibuprofen: { letter: 'I', name: 'Ibuprofen', plural: 'ibuprofen' },
  stretch: { letter: 'S', name: 'Stretches', plural: 'stretches' },
  massage: { letter: 'M', name: 'Massage', plural: 'massage' },
};

const DAY_MS = 86_400_000;

/** A remedy at an instant, with its place on the chart's day axis (day index; 0.5 is that day's noon). */
export interface RemedyMark {
  kind: RemedyKind;
  t: number;
  /** Fractional day index within the range, from 0 to `days.length - 1`. */
  pos: number;
}

function isRemedy(kind: string): kind is RemedyKind {
  return (REMEDY_KINDS as readonly string[]).includes(kind);
}

/** The remedies logged within the chart's days, oldest first. */
export function remedyMarks(events: readonly NewEvent[], days: readonly PainDay[]): RemedyMark[] {
  const first = days[0];
  if (!first) return [];
  const out: RemedyMark[] = [];
  for (const e of events) {
    if (!isRemedy(e.kind)) continue;
    const t = Date.parse(e.at);
    // Days are local days; find the one holding t (a daylight-saving day is 23 or 25 hours long).
    const i = days.findIndex((d, k) => t >= d.start && t < (days[k + 1]?.start ?? d.start + DAY_MS));
    const day = days[i];
    if (i < 0 || !day) continue;
    const next = days[i + 1]?.start ?? day.start + DAY_MS;
    const frac = (t - day.start) / (next - day.start);
    // Points sit at a day's index; a remedy's place is that day's index moved by its time of day.
    const pos = Math.min(days.length - 1, Math.max(0, i + frac - 0.5));
    out.push({ kind: e.kind, t, pos });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** How many of each remedy, for the legend; only the ones present. */
export function remedyCounts(marks: readonly RemedyMark[]): { kind: RemedyKind; count: number }[] {
  return REMEDY_KINDS.map((kind) => ({ kind, count: marks.filter((m) => m.kind === kind).length })).filter(
    (c) => c.count > 0,
  );
}

/**
 * What was logged on the day before the pain last went down (by a change that matters) and on the day it
 * did, in words; null when the pain has not gone down in the range or nothing was logged then.
 * @example "Before your pain went down on Tue 1 (6 to 3): heat, stretches."
 */
export function beforeDropText(
  days: readonly PainDay[],
  marks: readonly RemedyMark[],
  formatDay: (start: number) => string,
): string | null {
  const logged = days.filter((d): d is PainDay & { avg: number } => d.avg !== null);
  for (let k = logged.length - 1; k > 0; k--) {
    const prev = logged[k - 1];
    const next = logged[k];
    if (!prev || !next || !(next.avg < prev.avg) || !meaningfulChange(prev.avg, next.avg)) continue;
    const end = next.start + DAY_MS;
    const kinds = REMEDY_KINDS.filter((kind) =>
      marks.some((m) => m.kind === kind && m.t >= prev.start && m.t < end),
    );
    if (kinds.length === 0) return null;
    const list = kinds.map((kind) => REMEDY_LABELS[kind].plural).join(', ');
    return `Before your pain went down on ${formatDay(next.start)} (${prev.avg} to ${next.avg}): ${list}.`;
  }
  return null;
}
