import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, resolveCheckIn } from './assess.ts';
import type { Assessment, PlanItem } from './contract/assessment.ts';
import { type CheckIn, CheckInSchema } from './contract/checkin.schema.ts';
import { CREAM_INGREDIENTS, HISTORY, type Remedy } from './contract/ids.ts';
import { assertKnownFacts } from './facts/registry.ts';
import { arbCheckIn } from './triage/checkin.arbitrary.ts';
import { makeCheckIn } from './triage/checkin.fixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = { numRuns: 400 };

/** When an item may start, in ms: its availableAt, or the check-in instant. */
const startMs = (c: CheckIn, i: PlanItem): number =>
  i.availableAt === null ? Date.parse(c.at) : Date.parse(i.availableAt);

/** Remedies available now: an item whose availableAt is null or not after `at` (contract). */
function availableNow(c: CheckIn, a: Assessment): Set<Remedy> {
  const at = Date.parse(c.at);
  return new Set(
    a.plan?.items
      .filter((i) => i.availableAt === null || Date.parse(i.availableAt) <= at)
      .map((i) => i.remedy),
  );
}

/** Logged instants at or before `at`, in ms, written independently of the plan's own log reader. */
const loggedBefore = (c: CheckIn, entries: readonly { at: string }[]): number[] =>
  entries.map((e) => Date.parse(e.at)).filter((t) => t <= Date.parse(c.at));

describe('assess', () => {
  it('never throws on schema-valid input, and every answer is schema-shaped', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        expect(CheckInSchema.safeParse(c).success).toBe(true);
        const a = assess(c);
        expect(['self_care', 'doctor', 'urgent', 'emergency']).toContain(a.triage.level);
        for (const i of a.plan?.items ?? []) {
          expect(i.title.length).toBeGreaterThan(0);
          expect(i.why.length).toBeGreaterThan(0);
          expect(i.steps.length).toBeGreaterThan(0);
          if (i.availableAt !== null)
            expect(i.availableAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
        }
      }),
      RUNS,
    );
  });

  it('withholds the plan exactly at emergency, and at urgent unless care was sought', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const a = assess(c);
        const withheld = a.triage.level === 'emergency' || (a.triage.level === 'urgent' && !c.soughtCare);
        expect(a.plan === null).toBe(withheld);
      }),
      RUNS,
    );
  });

  it('cites only known facts', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const a = assess(c);
        assertKnownFacts([
          ...a.triage.flags.map((f) => f.id),
          ...(a.plan?.items.flatMap((i) => i.facts) ?? []),
          ...(a.plan?.excluded.flatMap((e) => e.facts) ?? []),
        ]);
        for (const e of a.plan?.excluded ?? []) expect(e.facts.length).toBeGreaterThan(0);
        for (const i of a.plan?.items ?? []) expect(i.facts.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('holds exercise, stretch and hydration whenever a plan is given, and never a remedy both ways', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const plan = assess(c).plan;
        if (plan === null) return;
        const items = new Set(plan.items.map((i) => i.remedy));
        for (const r of ['exercise', 'stretch', 'hydration'] as const) expect(items.has(r)).toBe(true);
        for (const e of plan.excluded) expect(items.has(e.remedy)).toBe(false);
        expect(items.size).toBe(plan.items.length);
      }),
      RUNS,
    );
  });

  it('never makes an item available beyond its limits, counting logged use', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const plan = assess(c).plan;
        if (plan === null) return;
        const onset = Date.parse(c.onsetAt);
        for (const i of plan.items) {
          const t = startMs(c, i);
          const limits = i.limits as Record<string, number | string[]>;
          if (i.remedy === 'cold') {
            expect(limits.maxMinutes).toBeLessThanOrEqual(20);
            expect(t - onset).toBeLessThan(48 * HOUR); // CO-WHEN
            for (const s of loggedBefore(c, c.log.cold)) expect(t >= s + 2 * HOUR).toBe(true); // CO-20
          }
          if (i.remedy === 'heat') {
            expect(limits.maxMinutes).toBeLessThanOrEqual(20);
            for (const s of loggedBefore(c, c.log.creams)) expect(t >= s + 2 * HOUR).toBe(true); // CR-BURN
          }
          if (i.remedy === 'stretch') {
            expect(limits.holdSeconds).toBeLessThanOrEqual(60);
            expect(limits.maxHoldSeconds).toBeLessThanOrEqual(60);
          }
          if (i.remedy === 'ibuprofen') {
            expect(limits.maxDailyMg).toBeLessThanOrEqual(1200);
            expect(limits.minIntervalHours).toBeGreaterThanOrEqual(4);
            const doses = c.log.ibuprofen.filter((d) => Date.parse(d.at) <= Date.parse(c.at));
            for (const d of doses) expect(t >= Date.parse(d.at) + 4 * HOUR).toBe(true);
            const inWindow = doses.filter((d) => Date.parse(d.at) > t - DAY).reduce((s, d) => s + d.mg, 0);
            const choices = limits.doseChoicesMg as unknown as number[];
            expect(choices).toContain(200);
            for (const mg of choices) expect(inWindow + mg).toBeLessThanOrEqual(1200);
          }
          if (i.remedy === 'cream') {
            const at = Date.parse(c.at);
            for (const ing of limits.ingredients as string[]) {
              const used = c.log.creams.filter(
                (e) => e.ingredient === ing && Date.parse(e.at) <= at && Date.parse(e.at) > at - DAY,
              ).length;
              expect(used).toBeLessThan(4);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('lists items usable now before waiting ones, and waiting ones by when they open', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const items = assess(c).plan?.items ?? [];
        const starts = items.map((i) => startMs(c, i));
        for (let k = 1; k < starts.length; k++)
          expect(starts[k]).toBeGreaterThanOrEqual(starts[k - 1] as number);
      }),
      RUNS,
    );
  });

  it('adding any history item never makes a remedy available that was not', () => {
    fc.assert(
      fc.property(arbCheckIn, fc.constantFrom(...HISTORY), (c, h) => {
        const more = { ...c, history: [...c.history, h] };
        const now = availableNow(more, assess(more));
        const was = availableNow(c, assess(c));
        for (const r of now) expect(was.has(r)).toBe(true);
      }),
      RUNS,
    );
  });

  it('logging more self-care never makes a remedy available that was not', () => {
    const entry = fc.record({
      kind: fc.constantFrom('ibuprofen', 'creams', 'cold', 'heat'),
      hoursAgo: fc.integer({ min: 0, max: 48 * 4 }).map((q) => q / 4),
      ingredient: fc.constantFrom(...CREAM_INGREDIENTS),
      amount: fc.constantFrom(200, 400, 20),
    });
    fc.assert(
      fc.property(arbCheckIn, entry, (c, e) => {
        const at = new Date(Date.parse(c.at) - e.hoursAgo * HOUR).toISOString();
        const log = { ...c.log };
        if (e.kind === 'ibuprofen') log.ibuprofen = [...log.ibuprofen, { at, mg: e.amount }];
        if (e.kind === 'creams') log.creams = [...log.creams, { at, ingredient: e.ingredient }];
        if (e.kind === 'cold') log.cold = [...log.cold, { at, minutes: e.amount }];
        if (e.kind === 'heat') log.heat = [...log.heat, { at, minutes: e.amount }];
        const more = { ...c, log };
        const was = availableNow(c, assess(c));
        for (const r of availableNow(more, assess(more))) expect(was.has(r)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the plan at doctor level and at urgent once care was sought', () => {
    const doctor = assess(makeCheckIn({ firstEpisode: true, age: 55 }));
    expect(doctor.triage.level).toBe('doctor');
    expect(doctor.plan).not.toBeNull();
    const urgent = makeCheckIn({ symptoms: ['fever'] });
    expect(assess(urgent).plan).toBeNull();
    expect(assess({ ...urgent, soughtCare: true }).plan).not.toBeNull();
    expect(assess(makeCheckIn({ symptoms: ['saddle_numbness'], soughtCare: true })).plan).toBeNull();
  });
});

describe('resolveCheckIn', () => {
  it('fills `at` from now and an empty log when they are missing', () => {
    const parsed = CheckInSchema.parse({
      painScore: 5,
      area: 'lower',
      onsetAt: '2026-11-25T09:00:00Z',
      age: 40,
    });
    const c = resolveCheckIn(parsed, new Date('2026-11-26T09:00:00Z'));
    expect(c.at).toBe('2026-11-26T09:00:00.000Z');
    expect(c.log).toEqual({ ibuprofen: [], creams: [], cold: [], heat: [] });
    expect(assess(c).plan?.phase).toBe('acute');
  });
  it('keeps a given `at` and log', () => {
    const parsed = CheckInSchema.parse({
      at: '2026-11-26T10:00:00+01:00',
      painScore: 5,
      area: 'lower',
      onsetAt: '2026-11-25T09:00:00Z',
      age: 40,
      log: { ibuprofen: [{ at: '2026-11-26T08:00:00Z', mg: 200 }] },
    });
    const c = resolveCheckIn(parsed, new Date('2030-01-01T00:00:00Z'));
    expect(c.at).toBe('2026-11-26T10:00:00+01:00');
    expect(c.log.ibuprofen).toHaveLength(1);
    expect(c.log.creams).toEqual([]);
  });
});
