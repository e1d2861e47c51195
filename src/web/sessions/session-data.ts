/**
 * Where the sessions meet the rest of the app: the device's event log and outbox (web lib), today's
 * assessment, and the domain's interlocks. Components ask here "may this start now?" and never re-derive a
 * rule themselves.
 */
import type { PlanItem } from '../../domain/contract/assessment.ts';
import type { Remedy } from '../../domain/contract/ids.ts';
import type { FactId } from '../../domain/facts/registry.ts';
import { type InterlockState, interlockState } from '../../domain/plan/interlock-state.ts';
import {
  ALL_STRETCHES,
  GENTLE_STRETCHES,
  STRETCH_IDS,
  type Stretch,
  type StretchId,
} from '../../domain/plan/stretches.ts';
import { careLogFrom, type LocalEvent, type NewEvent } from '../lib/events.ts';
import { logEvent } from '../lib/outbox.ts';
import { events, today } from '../lib/store.ts';

/** May a session start now? `wait` carries when; `closed` means not today (or not for you). */
export type GateState =
  | { state: 'open' }
  | { state: 'wait'; until: number; reason: string; facts: FactId[] }
  | { state: 'closed'; reason: string; facts: FactId[] };

/** Records a finished (or stopped) session on the device and queues its upload. */
export function logSession(event: NewEvent): LocalEvent {
  return logEvent(event);
}

/** Every interlock at `now`, from the events on this device (the same log the check-in sends). */
export function interlocksAt(now: number): InterlockState {
  const at = new Date(now).toISOString();
  return interlockState(careLogFrom(events.value, at), at);
}

/** Today's plan item for a remedy, if today's check-in gave one. */
export function planItem(remedy: Remedy): PlanItem | undefined {
  return today.value?.assessment.plan?.items.find((i) => i.remedy === remedy);
}

/**
 * What today's check-in says about a remedy: closed when the plan excludes it or there is no plan because
 * of a warning sign; null when there is no check-in today or it allows the remedy.
 */
export function planGate(remedy: Remedy): GateState | null {
  const t = today.value;
  if (!t) return null;
  const plan = t.assessment.plan;
  if (!plan) {
    return {
      state: 'closed',
      reason: 'Your check-in found a warning sign. Please follow its advice and get help first.',
      facts: t.assessment.triage.flags.map((f) => f.id),
    };
  }
  const excluded = plan.excluded.find((e) => e.remedy === remedy);
  if (excluded) return { state: 'closed', reason: excluded.reason, facts: excluded.facts };
  return null;
}

/** Cold or heat at `now`: today's plan first (contraindications, CO-WHEN), then the timing interlocks. */
export function packGate(kind: 'cold' | 'heat', now: number): GateState {
  const fromPlan = planGate(kind);
  if (fromPlan) return fromPlan;
  const plan = today.value?.assessment.plan;
  if (kind === 'cold' && plan && plan.phase === 'subacute' && !planItem('cold')) {
    return {
      state: 'closed',
      reason:
        'Cold packs are for the first 48 hours of a fresh strain. Gentle heat and movement suit you better now.',
      facts: ['CO-WHEN'],
    };
  }
  const locks = interlocksAt(now);
  if (kind === 'cold' && locks.cold.availableAt) {
    return {
      state: 'wait',
      until: Date.parse(locks.cold.availableAt),
      reason: `Give your skin a break: ${locks.cold.minGapHours} hours between the starts of two cold sessions.`,
      facts: ['CO-20'],
    };
  }
  if (kind === 'heat' && locks.heat.availableAt) {
    return {
      state: 'wait',
      until: Date.parse(locks.heat.availableAt),
      reason: `You used a pain-relief cream. Heat on top of it can burn, so wait ${locks.heat.lockoutHours} hours.`,
      facts: ['CR-BURN'],
    };
  }
  return { state: 'open' };
}

function isStretchId(id: unknown): id is StretchId {
  return typeof id === 'string' && (STRETCH_IDS as readonly string[]).includes(id);
}

/**
 * The stretches you may do now. Today's plan names them (`limits.stretches`) when it can; without a check-in
 * only the gentle ones are offered (ST-TOE-TOUCH: toe touching needs the plan's say-so).
 */
export function allowedStretches(): readonly Stretch[] {
  const item = planItem('stretch');
  const named = item?.limits.stretches;
  if (Array.isArray(named)) {
    const ids = new Set(named.filter(isStretchId));
    if (ids.size > 0) return ALL_STRETCHES.filter((s) => ids.has(s.id));
  }
  return GENTLE_STRETCHES;
}

/** The plan's hold for static stretches (ST-HOLD: default 30 s), when today's plan sets one. */
export function planHoldSeconds(): number | null {
  const v = planItem('stretch')?.limits.holdSeconds;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Gentle variants only (EX-ROUTINE, ST-TOE-TOUCH) when today's plan says so (pain 7 or more, or the first
 * 48 h: the rule lives in the plan builder). Without a check-in today, gentle is the safe default.
 */
export function gentleToday(): boolean {
  return planItem('exercise')?.limits.gentle !== false;
}
