/**
 * Synthetic diaries for the simulation study, the property tests and the bench (test-only: the random
 * numbers come from a seeded generator the caller passes in; the domain itself has no randomness).
 *
 * A person's pain = natural recovery (baseline + an exponential decay from the onset) + a time-of-day
 * swing + a slow flare process (hours) + measurement noise, rounded and clamped to 0-10. They score pain
 * every 75-150 min while awake, and reach for a remedy at peaks (a score at least 1 point above their last
 * few, or 7+), so a naive before/after sees the fall that follows any peak.
 */

import type { InsightEvent } from './types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Mulberry32: a small seeded generator, good enough for simulation. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const uniform = (rand: () => number, lo: number, hi: number) => lo + (hi - lo) * rand();

export interface PersonOptions {
  /** True effect (points, negative = less pain) of each remedy on the scores 20 min-4 h after a use. */
  readonly effects: Readonly<Record<string, number>>;
  /** Stop when every remedy has this many uses (or at maxDays). */
  readonly usesEach: number;
  readonly maxDays?: number;
  /** Start of the episode. */
  readonly start?: number;
  /** Also log an unrelated note each day, as real diaries do. */
  readonly notes?: boolean;
}

export interface SyntheticPerson {
  readonly events: InsightEvent[];
  readonly uses: Readonly<Record<string, number>>;
}

/** Simulate one person's diary. */
export function simulatePerson(rand: () => number, o: PersonOptions): SyntheticPerson {
  const start = o.start ?? Date.UTC(2026, 0, 5, 7);
  const maxDays = o.maxDays ?? 90;
  const base = uniform(rand, 0.5, 2);
  const amplitude = uniform(rand, 3.5, 6);
  const decayDays = uniform(rand, 3, 10);
  const swing = uniform(rand, 0, 1.2);
  const phase = uniform(rand, 0, 24);
  const flareSd = 0.8;
  const flareHours = 3;
  const noiseSd = 0.7;
  const remedies = Object.keys(o.effects);
  const counts: Record<string, number> = Object.fromEntries(remedies.map((r) => [r, 0]));
  const used: { t: number; remedy: string }[] = [];
  const events: InsightEvent[] = [];
  let flare = normal(rand) * flareSd;
  let flareAt = start;
  const recent: number[] = [];

  const painAt = (t: number) => {
    const decay = Math.exp(-(t - flareAt) / HOUR / flareHours);
    flare = flare * decay + normal(rand) * flareSd * Math.sqrt(1 - decay * decay);
    flareAt = t;
    const days = (t - start) / DAY;
    const hour = (((t % DAY) + DAY) % DAY) / HOUR;
    let latent =
      base +
      amplitude * Math.exp(-days / decayDays) +
      swing * Math.cos((2 * Math.PI * (hour - phase)) / 24) +
      flare;
    for (const u of used) {
      if (t >= u.t + 20 * MIN && t <= u.t + 4 * HOUR) latent += o.effects[u.remedy] ?? 0;
    }
    return Math.min(10, Math.max(0, Math.round(latent + normal(rand) * noiseSd)));
  };

  let t = start;
  let lastUse = Number.NEGATIVE_INFINITY;
  const done = () => remedies.every((r) => (counts[r] ?? 0) >= o.usesEach);
  while (t < start + maxDays * DAY && !done()) {
    const hour = (((t % DAY) + DAY) % DAY) / HOUR;
    if (hour >= 23 || hour < 7) {
      // Asleep: the next score comes in the morning.
      t += ((31 - hour) % 24) * HOUR + uniform(rand, 0, 40) * MIN;
      if (o.notes) events.push({ kind: 'note', at: new Date(t - 5 * MIN).toISOString() });
      continue;
    }
    const score = painAt(t);
    events.push({ kind: 'pain', at: new Date(t).toISOString(), score });
    const prior = recent.slice(-3);
    const priorMean = prior.length ? prior.reduce((s, x) => s + x, 0) / prior.length : score;
    recent.push(score);
    const atPeak = score >= 3 && (score - priorMean >= 1 || score >= 7);
    const left = remedies.filter((r) => (counts[r] ?? 0) < o.usesEach);
    if (atPeak && hour < 21 && t - lastUse > 3 * HOUR && left.length > 0 && rand() < 0.7) {
      const remedy = left[Math.floor(rand() * left.length)] as string;
      const at = t + uniform(rand, 0, 20) * MIN;
      used.push({ t: at, remedy });
      counts[remedy] = (counts[remedy] ?? 0) + 1;
      lastUse = at;
      events.push(remedyEvent(remedy, at));
      // People score pain again after a session: 70-170 min after the use.
      t = at + uniform(rand, 70, 170) * MIN;
      continue;
    }
    t += uniform(rand, 75, 150) * MIN;
  }
  return { events, uses: counts };
}

function remedyEvent(remedy: string, t: number): InsightEvent {
  const at = new Date(t).toISOString();
  if (remedy.startsWith('cream:')) return { kind: 'cream', at, ingredient: remedy.slice(6) };
  return { kind: remedy, at };
}
