/**
 * Every event every guided session can produce, built with the sessions' own code, is taken by the real API
 * (in-process app on PGlite or PostgreSQL) with 201, so web and server cannot drift apart again: a finished
 * stretch session once logged an empty list of stretches and was refused with 400 "Invalid request body".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../../test/app.ts';
import { CREAM_INGREDIENTS } from '../../domain/contract/ids.ts';
import { EXERCISE_IDS } from '../../domain/plan/exercises.ts';
import { ALL_STRETCHES, GENTLE_STRETCHES, type Stretch } from '../../domain/plan/stretches.ts';
import { LOGGABLE_DOSES_MG } from '../../domain/session/dose.ts';
import { planEnd } from '../../domain/session/hold-plan.ts';
import { start } from '../../domain/session/timer.ts';
import type { NewEvent } from '../lib/events.ts';
import {
  activityEvent,
  creamEvent,
  ibuprofenEvent,
  packEvent,
  painEvent,
  QUICK_ML,
  sleepEvent,
  sleepSpan,
  walkEvent,
  waterEvent,
} from './session-events.ts';
import {
  beginHolds,
  newStretchSession,
  nextStretch,
  progress,
  type StretchSession,
  stretchEvent,
} from './stretch-state.ts';

const NOW = '2026-11-26T12:00:00Z';
// Sessions began well before the server's clock, so no event is refused as future-dated.
const T0 = Date.parse(NOW) - 8 * 3600_000;
const MIN = 60_000;

let t: TestApp;
let ada: TestUser;
beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  ada = await t.signUp('client');
});
afterAll(() => t.close());

/** A whole stretch session as the screen runs it: before each stretch, during its holds, and at its end. */
function stretchRun(list: readonly Stretch[], hold: number): { events: NewEvent[]; finished: NewEvent } {
  const events: NewEvent[] = [];
  let s: StretchSession = newStretchSession(
    list.map((x) => x.id),
    hold,
    T0,
  );
  let now = T0;
  for (;;) {
    events.push(stretchEvent(s, 'stopped')); // "Stop: this hurts" before the holds begin
    s = beginHolds(s, now);
    const end = s.plan ? planEnd(s.plan) : now;
    events.push(stretchEvent(progress(s, now + 1000).session, 'stopped')); // during the first hold
    // The screen's effect runs on each step; at the end the stretch is recorded as done.
    for (let at = now; at <= end + 1; at += 1000) s = progress(s, at).session;
    now = end + 1;
    const next = nextStretch(s);
    if (!next) {
      const finished = stretchEvent(s, 'finished');
      events.push(finished);
      return { events, finished };
    }
    s = next;
  }
}

function everyEvent(): NewEvent[] {
  const out: NewEvent[] = [];
  for (const list of [GENTLE_STRETCHES, ALL_STRETCHES]) {
    for (const hold of [10, 30, 60]) out.push(...stretchRun(list, hold).events);
  }
  for (const kind of ['cold', 'heat'] as const) {
    for (let minutes = 5; minutes <= 20; minutes++) {
      const timer = start(kind, minutes, T0);
      for (const ran of [0, 6000, 59_000, (minutes * MIN) / 2, minutes * MIN, minutes * MIN + 3600_000]) {
        out.push(packEvent(kind, timer, T0 + ran));
      }
    }
  }
  const walk = start('walk', 120, T0);
  for (const ran of [0, 30_000, 10 * MIN, 120 * MIN, 180 * MIN]) out.push(walkEvent(walk, T0 + ran));
  for (const id of EXERCISE_IDS) for (const m of [1, 30, 120]) out.push(activityEvent(id, m, T0));
  for (const ml of [...QUICK_ML, 250]) out.push(waterEvent(ml, T0));
  for (const [bed, wake] of [
    ['23:00', '07:00'],
    ['02:30', '06:00'],
    ['07:00', '07:00'],
    ['21:15', '21:14'],
  ] as const) {
    const span = sleepSpan(bed, wake, new Date(T0));
    if (span) out.push(sleepEvent(span));
  }
  for (const i of CREAM_INGREDIENTS) out.push(creamEvent(i, T0));
  for (const mg of LOGGABLE_DOSES_MG) out.push(ibuprofenEvent(mg, T0));
  for (let score = 0; score <= 10; score++) out.push(painEvent(score, T0));
  return out;
}

describe('events the guided sessions log', () => {
  it('a finished stretch session logs every stretch it went through (not "0 stretches")', () => {
    for (const list of [GENTLE_STRETCHES, ALL_STRETCHES]) {
      const { finished } = stretchRun(list, 30);
      expect(finished).toMatchObject({ kind: 'stretch', completed: true, stretches: list.map((s) => s.id) });
    }
  });

  it('are all taken by the API with 201', async () => {
    const all = everyEvent();
    expect(new Set(all.map((e) => e.kind))).toEqual(
      new Set(['stretch', 'cold', 'heat', 'exercise', 'water', 'sleep', 'cream', 'ibuprofen', 'pain']),
    );
    const refused: string[] = [];
    for (const event of all) {
      const res = await t.post('/api/v1/events', event, { cookie: ada.cookie });
      if (res.status !== 201)
        refused.push(`${res.status} ${JSON.stringify(event)} ${JSON.stringify(res.body)}`);
    }
    expect(refused).toEqual([]);
  });

  it('logs a 6 s cold pack as 0.1 minutes and a prescribed dose as prescribed (IB-RX)', async () => {
    const cold = packEvent('cold', start('cold', 20, T0), T0 + 6000);
    expect(cold).toMatchObject({ minutes: 0.1, stoppedEarly: true });
    const res = await t.post<{ minutes: number }>('/api/v1/events', cold, { cookie: ada.cookie });
    expect(res.body.minutes).toBe(0.1);
    expect(ibuprofenEvent(800, T0)).toMatchObject({ mg: 800, prescribed: true });
    expect(ibuprofenEvent(400, T0)).not.toHaveProperty('prescribed');
  });
});
