/**
 * A stretch session as saved on the device: which stretches, the hold, where you are, and the current
 * stretch's hold plan with absolute deadlines (so a reload lands on the same second).
 */
import type { StretchId } from '../../domain/plan/stretches.ts';
import { STRETCH_IDS } from '../../domain/plan/stretches.ts';
import { clampHoldSeconds, type HoldPlan } from '../../domain/session/hold-plan.ts';
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
  /** How many steps of `plan` have been announced, so a reload does not repeat them. */
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
