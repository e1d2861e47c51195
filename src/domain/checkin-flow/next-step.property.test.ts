import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import type { Assessment } from '../contract/assessment.ts';
import type { CheckIn } from '../contract/checkin.schema.ts';
import { SYMPTOMS } from '../contract/ids.ts';
import { arbCheckIn } from '../triage/checkin.arbitrary.ts';
import { RISK_HISTORY } from '../triage/red-flags.ts';
import { type FlowAnswers, isEmergencySymptom, withRemembered } from './answers.ts';
import { contextOf, type FlowRun, runFlow } from './flow-oracle.ts';
import { profileFromAnswers, rememberedAt } from './remembered.ts';

/** At least 10,000 generated CheckIns in CI, so a rare answer combination that skips a red flag is found. */
const RUNS = { numRuns: 10_000 };
/** A guard, not a timing assertion: about 3 s on a quiet 2-core machine, far more when it is shared. */
const SLOW = { timeout: 180_000 };

/** Half the runs without emergency symptoms, so the history screens are reached often, not only the card. */
const arbCalmerCheckIn = fc.oneof(
  arbCheckIn,
  arbCheckIn.map((c) => ({ ...c, symptoms: c.symptoms.filter((s) => !isEmergencySymptom(s)) })),
);

/** What the person is told: level, flags, what is available now, what is ruled out, and every caution. */
function outcome(a: Assessment) {
  const items = a.plan?.items ?? [];
  return {
    level: a.triage.level,
    flags: a.triage.flags.map((f) => f.id).sort(),
    availableNow: items
      .filter((i) => i.availableAt === null)
      .map((i) => i.remedy)
      .sort(),
    later: items
      .filter((i) => i.availableAt !== null)
      .map((i) => i.remedy)
      .sort(),
    excluded: (a.plan?.excluded ?? []).map((e) => e.remedy).sort(),
    cautions: Object.fromEntries(items.map((i) => [i.remedy, i.cautions])),
  };
}

function assertSafe(c: CheckIn, run: FlowRun, remembered?: FlowAnswers): void {
  const got = outcome(assess(run.result.checkIn));
  const want = outcome(assess(c));
  if (want.level === 'emergency') {
    // The card shows at the first emergency answer: later questions (and their flags) are not asked.
    expect(got.level).toBe('emergency');
    expect(run.result.checkIn.symptoms.every((s) => c.symptoms.includes(s))).toBe(true);
    // Deep equality through JSON first: vitest's toEqual on every one of 10,000 runs is the slow part.
  } else if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
  const asked = new Set(run.steps.flatMap((s) => ('symptoms' in s ? s.symptoms : [])));
  if (run.result.level !== 'emergency') {
    // No red-flag question is ever skipped, and none comes after a history screen.
    expect([...asked].sort()).toEqual([...SYMPTOMS].sort());
    const history = withRemembered(run.answers, remembered).history;
    for (const h of RISK_HISTORY) expect(history?.[h]).toBeDefined();
  } else {
    // An emergency ends the flow at once; the emergency screen was always shown first.
    expect(run.steps.some((s) => s.id === 'flags-emergency') || asked.size === 0).toBe(true);
  }
  const ids = run.steps.map((s) => s.id);
  const lastFlag = Math.max(ids.indexOf('flags-emergency'), ids.indexOf('flags-urgent'));
  for (const h of ['bones', 'medicines', 'skin'] as const) {
    if (ids.includes(h)) expect(ids.indexOf(h)).toBeGreaterThan(lastFlag);
  }
  expect(new Set(ids).size).toBe(ids.length);
}

describe('the adaptive check-in is as safe as the full questionnaire', () => {
  it(
    'answered from any CheckIn, it reaches the same level, flags, plan items, exclusions and cautions',
    SLOW,
    () => {
      fc.assert(
        fc.property(arbCalmerCheckIn, (c) => assertSafe(c, runFlow(c))),
        RUNS,
      );
    },
  );

  it(
    'a returning person with remembered answers (even 30+ days old) reaches the same result too',
    SLOW,
    () => {
      fc.assert(
        fc.property(arbCalmerCheckIn, fc.integer({ min: 0, max: 60 }), (c, days) => {
          let daysAgo = days;
          {
            const full = runFlow(c);
            const weeks = c.pregnancyWeeks ?? 0;
            // A pregnancy remembered from before it began is not the same answer: keep those within it.
            if (weeks > 0 && weeks - Math.floor(daysAgo / 7) < 1) daysAgo = 0;
            const savedAt = new Date(Date.parse(c.at) - daysAgo * 24 * 3600_000).toISOString();
            // What the first check-in left behind, dated `daysAgo`: a pregnancy then was fewer weeks along.
            const profile = profileFromAnswers(full.answers, null, savedAt);
            if (profile.pregnancyWeeks) profile.pregnancyWeeks -= Math.floor(daysAgo / 7);
            const remembered = rememberedAt(profile, c.at);
            const run = runFlow(c, { ...contextOf(c), remembered });
            assertSafe(c, run, remembered.answers);
            if (run.result.level !== 'emergency') {
              expect(run.steps.at(-1)).toEqual({ id: 'confirm', reviewDue: daysAgo > 30 });
            }
          }
        }),
        { numRuns: 2_000 },
      );
    },
  );
});
