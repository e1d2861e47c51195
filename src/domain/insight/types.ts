/**
 * Shapes of the insight domain ("what helps me", contract v2 "Insight"). The domain takes plain diary
 * events (as the API returns them) and never imports the server's zod schemas.
 */

/** The remedy event kinds whose effect on pain we estimate (contract v2); creams count per ingredient. */
export const REMEDY_KINDS = ['cold', 'heat', 'stretch', 'exercise', 'water', 'massage', 'ibuprofen'] as const;

/** `cold` … `ibuprofen`, or `cream:<ingredient>`. */
export type Remedy = (typeof REMEDY_KINDS)[number] | `cream:${string}`;

/** A diary event as far as insight needs it (other fields are ignored). */
export interface InsightEvent {
  readonly kind: string;
  /** ISO 8601 instant. */
  readonly at: string;
  /** Pain events: 0-10. */
  readonly score?: number;
  /** Cream events. */
  readonly ingredient?: string;
}

export const VERDICTS = ['helps', 'no_clear_effect', 'worse', 'not_enough_data', 'confounded'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One measured use: pain before, pain a while after, and what the person's own natural course predicted. */
export interface UseWindow {
  /** The use (the first one when several uses share a window). */
  readonly at: string;
  readonly before: number;
  readonly after: number;
  /** Minutes from the use to the pain score after it. */
  readonly minutes: number;
  /** The change the natural course predicts from this starting point (null without a natural course). */
  readonly expectedChange: number | null;
  /** Other remedies used in the same window. */
  readonly alongside: readonly string[];
}

/** One remedy's estimate, as GET /api/v1/insights returns it (plus the data behind it). */
export interface RemedyInsight {
  readonly remedy: string;
  /** Uses with a pain score before and after (the ones that count). */
  readonly uses: number;
  /** All uses logged in the range. */
  readonly logged: number;
  /** Change in pain points against the natural course (negative = less pain); null with too little data. */
  readonly effect: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly verdict: Verdict;
  /** With `confounded`: the remedy it is nearly always used with. */
  readonly with?: string;
  /** The clinically important change this remedy's interval is held against (points, IN-NRS-MCID). */
  readonly importantChange: number;
  /** The plain before/after mean change, shown beside the estimate to explain the difference. */
  readonly naiveChange: number | null;
  /** The latest measured uses (at most 50), for "see the data". */
  readonly windows: readonly UseWindow[];
}

/** How the natural course was measured. */
export interface NaturalCourse {
  /** Remedy-free windows found. */
  readonly windows: number;
  /** `full`: starting level, the rise into it, time of day and point of the episode; `basic`: starting level and rise. */
  readonly model: 'full' | 'basic' | 'none';
}

/** The pattern around massages (MA-COMMON). */
export interface MassagePattern {
  /** Massages with pain scores on both sides. */
  readonly massages: number;
  /** Mean pain over the 3 days before (points). */
  readonly before: number | null;
  /** Mean change against `before` in the first 24 h and in 24-48 h after. */
  readonly firstDay: number | null;
  readonly secondDay: number | null;
  /** Plain words, e.g. "After your last 3 massages, pain rose by about 1 point for about a day, …". */
  readonly summary: string;
  readonly facts: readonly string[];
}

/** The whole answer of GET /api/v1/insights. */
export interface InsightReport {
  readonly remedies: readonly RemedyInsight[];
  readonly naturalCourse: NaturalCourse;
  readonly massage: MassagePattern;
  readonly method: {
    readonly minUses: number;
    readonly minutesAfter: readonly [number, number];
    readonly interval: number;
    readonly priorSd: number;
    readonly facts: readonly string[];
  };
}
