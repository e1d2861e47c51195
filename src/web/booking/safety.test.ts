import { expect, test } from 'vitest';
import type { Assessment } from '../../domain/contract/assessment.ts';
import { safetyFrom } from './safety.ts';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * 3_600_000).toISOString();
const calm: Assessment = {
  triage: { level: 'self_care', flags: [] },
  plan: { phase: 'acute', items: [], excluded: [] },
};
const emergency: Assessment = {
  triage: {
    level: 'emergency',
    flags: [{ id: 'RF-SADDLE' as never, level: 'emergency', message: 'Call now', sources: [] }],
  },
  plan: null,
};

test('no check-in in the last 24 h means check in first', () => {
  expect(safetyFrom([], NOW).kind).toBe('none');
  expect(safetyFrom([{ at: at(25), assessment: calm }], NOW).kind).toBe('none');
});

test('the latest check-in decides, wherever it was made', () => {
  expect(safetyFrom([{ at: at(1), assessment: calm }], NOW).kind).toBe('ok');
  expect(
    safetyFrom(
      [
        { at: at(5), assessment: calm },
        { at: at(1), assessment: emergency },
      ],
      NOW,
    ).kind,
  ).toBe('emergency');
  // A calmer check-in after the emergency one opens booking again.
  expect(
    safetyFrom(
      [
        { at: at(5), assessment: emergency },
        { at: at(1), assessment: calm },
      ],
      NOW,
    ).kind,
  ).toBe('ok');
});

test('urgent stays closed, and a plan that leaves massage out says why', () => {
  const urgent: Assessment = { triage: { level: 'urgent', flags: [] }, plan: null };
  expect(safetyFrom([{ at: at(1), assessment: urgent, soughtCare: true }], NOW)).toEqual({
    kind: 'urgent',
    flags: [],
    soughtCare: true,
  });
  const noMassage: Assessment = {
    ...calm,
    plan: {
      phase: 'acute',
      items: [],
      excluded: [{ remedy: 'massage', reason: 'Wait two days.', facts: [] }],
    },
  };
  const s = safetyFrom([{ at: at(1), assessment: noMassage }], NOW);
  expect(s.kind === 'ok' && s.massageLeftOut).toBe('Wait two days.');
});

test("the plan's moment for the next massage carries over to booking while it is ahead", () => {
  const massage = {
    remedy: 'massage' as const,
    title: 'Massage',
    why: '',
    facts: [],
    availableAt: '2026-11-28T14:00:00Z',
    limits: {},
    cautions: [],
    steps: [],
  };
  const waiting: Assessment = { ...calm, plan: { phase: 'acute', items: [massage], excluded: [] } };
  const s = safetyFrom([{ at: at(1), assessment: waiting }], NOW);
  expect(s.kind === 'ok' && s.massageFrom).toBe('2026-11-28T14:00:00Z');
  const later = safetyFrom(
    [{ at: '2026-11-28T13:00:00Z', assessment: waiting }],
    Date.parse('2026-11-28T14:00:00Z'),
  );
  expect(later.kind).toBe('ok');
  expect(later.kind === 'ok' && later.massageFrom).toBeNull();
  const s2 = safetyFrom([{ at: at(1), assessment: calm }], NOW);
  expect(s2.kind === 'ok' && s2.massageFrom).toBeNull();
});
