/**
 * A stretch session as saved on the device: which stretches, the hold, where you are, and the current
 * stretch's hold plan with absolute deadlines (so a reload lands on the same second).
 */
import { holdSecondsFor, STRETCH_IDS, STRETCHES, type StretchId } from '../../domain/plan/stretches.ts';
import {
  clampHoldSeconds,
  type HoldPlan,
  type HoldPosition,
  holdPlan,
  positionAt,
} from '../../domain/session/hold-plan.ts';
import type { NewEvent } from '../lib/events.ts';
import { loadSaved, save } from './saved.ts';

/** The saved session. */
export interface StretchSession {
  /** Epoch ms the session began: the event's `at`. */
  startedAt: number;
  stretches: StretchId[];
  /** The hold for static stretches (ST-HOLD, 10-60 s). */
  holdSeconds: number;
  /** Index into `stretches` of the one under way. */
  index: number;
  /** Holds for the current stretch, once its Start was pressed. */
  plan: HoldPlan | null;
  /**
   * How many steps of `plan` have been announced, so a reload does not repeat them; `steps.length + 1` once
   * the end of the plan was announced (the end is its own milestone, after the last hold).
   */
  announcedSteps: number;
  /** Stretches whose holds all finished. */
  done: StretchId[];
  /** How it ended; null while it runs. */
  ended: null | 'finished' | 'stopped';
}

function isStretch(v: unknown): v is StretchId {
  return typeof v === 'string' && (STRETCH_IDS as readonly string[]).includes(v);
}

function parseSession(value: unknown): StretchSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StretchSession>;
  if (typeof v.startedAt !== 'number' || !Array.isArray(v.stretches) || !v.stretches.every(isStretch))
    return null;
  if (v.stretches.length === 0 || typeof v.index !== 'number') return null;
  const plan = v.plan && Array.isArray(v.plan.steps) ? v.plan : null;
  return {
    startedAt: v.startedAt,
    stretches: v.stretches,
    holdSeconds: clampHoldSeconds(v.holdSeconds),
    index: Math.min(Math.max(0, Math.floor(v.index)), v.stretches.length - 1),
    plan,
    announcedSteps: typeof v.announcedSteps === 'number' ? v.announcedSteps : 0,
    done: Array.isArray(v.done) ? v.done.filter(isStretch) : [],
    ended: v.ended === 'finished' || v.ended === 'stopped' ? v.ended : null,
  };
}

/** The saved stretch session, if any. */
export function loadStretch(): StretchSession | null {
  return loadSaved('stretch', parseSession);
}

/** Saves (or with null, forgets) the stretch session. */
export function saveStretch(s: StretchSession | null): void {
  save('stretch', s);
}

/** Where the current stretch stands at `now`, and whether that is news to announce. */
export interface StretchProgress {
  session: StretchSession;
  pos: HoldPosition | null;
  /** True when `pos` reached a step (or the end) not announced before. */
  fresh: boolean;
}

/**
 * Moves the session on to `now`: counts the announced steps and records the stretch as done when its plan
 * ends. The end counts as one milestone past the last step: before, reaching the last hold used up the count,
 * so the end was never seen and every session was logged as "0 stretches".
 */
export function progress(s: StretchSession, now: number): StretchProgress {
  if (!s.plan) return { session: s, pos: null, fresh: false };
  const pos = positionAt(s.plan, now);
  const reached = pos.done ? s.plan.steps.length + 1 : pos.index + 1;
  if (reached <= s.announcedSteps) return { session: s, pos, fresh: false };
  const next: StretchSession = { ...s, announcedSteps: reached };
  const id = s.stretches[s.index];
  if (pos.done && id !== undefined && !s.done.includes(id)) next.done = [...s.done, id];
  return { session: next, pos, fresh: true };
}

/**
 * The diary event of a session that ends now. Stopping logs the stretch under way too (ST-STOP: it counts
 * as tried); the list is never empty, as the contract requires at least one stretch.
 */
export function stretchEvent(s: StretchSession, how: 'finished' | 'stopped'): NewEvent {
  const current = s.stretches[s.index] ?? s.stretches[0];
  const tried = how === 'stopped' || s.done.length === 0 ? [...s.done, current] : s.done;
  const stretches = [...new Set(tried.filter((id): id is StretchId => id !== undefined))];
  return {
    kind: 'stretch',
    at: new Date(s.startedAt).toISOString(),
    stretches,
    holdSeconds: s.holdSeconds,
    ...(how === 'stopped' ? { stoppedEarly: true } : { completed: true }),
  };
}

/** A new session over `stretches` with the chosen static hold, begun at `now`. */
export function newStretchSession(stretches: StretchId[], holdSeconds: number, now: number): StretchSession {
  return {
    startedAt: now,
    stretches,
    holdSeconds: clampHoldSeconds(holdSeconds),
    index: 0,
    plan: null,
    announcedSteps: 0,
    done: [],
    ended: null,
  };
}

/**
 * Starts the timed steps of the stretch under way at `now`: the chosen hold for a static stretch (ST-HOLD),
 * the catalogue's pause and movement time for a repeated one (ST-REPEAT).
 */
export function beginHolds(s: StretchSession, now: number): StretchSession {
  const stretch = STRETCHES[s.stretches[s.index] ?? s.stretches[0] ?? 'knee_to_chest'];
  const plan = holdPlan(
    stretch.id,
    {
      holdSeconds: holdSecondsFor(stretch, s.holdSeconds),
      reps: stretch.reps,
      sides: stretch.sides === 'both' ? 2 : 1,
      ...(stretch.mode === 'repeat' ? { restSeconds: stretch.moveSeconds } : {}),
    },
    now,
  );
  return { ...s, plan, announcedSteps: 0 };
}

/** The next stretch, or null when this was the last one (the session then ends as finished). */
export function nextStretch(s: StretchSession): StretchSession | null {
  if (s.index + 1 >= s.stretches.length) return null;
  return { ...s, index: s.index + 1, plan: null, announcedSteps: 0 };
}
