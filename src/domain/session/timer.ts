/**
 * Session timers as absolute deadlines, never counters. A counter drifts when a hidden tab throttles its
 * ticks or the phone sleeps; a deadline in epoch milliseconds does not: whatever the page does, the time left
 * is always `deadline - now`, and a reload rebuilds the same state from the saved JSON. Pure: `now` is a
 * parameter, so every rule is testable at any instant.
 */

import { COLD_MAX_MINUTES, HEAT_MAX_MINUTES } from '../plan/limits.ts';

/** What a timer measures. `walk` counts up towards a goal; the others count down. */
export const TIMER_KINDS = ['cold', 'heat', 'walk', 'yoga', 'water_exercise', 'hold'] as const;
/** One of {@link TIMER_KINDS}. */
export type TimerKind = (typeof TIMER_KINDS)[number];

/** CO-20, HE-TEST: a cold or heat application lasts at most 20 minutes (the plan's own limits). */
export const MAX_COLD_HEAT_MINUTES = Math.min(COLD_MAX_MINUTES, HEAT_MAX_MINUTES);
/** The shortest cold or heat session the picker offers (a few minutes is still worth logging). */
export const MIN_COLD_HEAT_MINUTES = 5;
/** Exercise timers stop at two hours: a guard against a typo, not advice. */
export const MAX_ACTIVITY_MINUTES = 120;

const MINUTE = 60_000;

/** A running (or paused) timer. Plain JSON: safe to store in localStorage and read back after a reload. */
export interface Timer {
  kind: TimerKind;
  /** Epoch ms when it started. */
  startedAt: number;
  /** How long it should run, in ms, excluding pauses. */
  plannedMs: number;
  /** Epoch ms when it ends; moved later by a resume after a pause. */
  deadline: number;
  /** Epoch ms when it was paused; absent while it runs. */
  pausedAt?: number;
}

/** The state of a timer at an instant. */
export type TimerPhase = 'running' | 'warning' | 'done';

/** The last stretch before the end when the timer warns: 2 minutes. */
export const WARNING_MS = 2 * MINUTE;

/** The most minutes a timer of this kind may run. CO-20 for cold and heat. */
export function maxMinutes(kind: TimerKind): number {
  if (kind === 'cold' || kind === 'heat') return MAX_COLD_HEAT_MINUTES;
  if (kind === 'hold') return 1; // ST-HOLD: a hold never exceeds 60 s.
  return MAX_ACTIVITY_MINUTES;
}

/** The fewest minutes a timer of this kind may run. */
export function minMinutes(kind: TimerKind): number {
  if (kind === 'cold' || kind === 'heat') return MIN_COLD_HEAT_MINUTES;
  if (kind === 'hold') return 5 / 60; // ST-HOLD: a moving stretch pauses about 5 s.
  return 1;
}

/**
 * Clamps a requested length to what the kind allows. Anything that is not a finite number becomes the
 * kind's shortest length, so a bad input can only ever make a session shorter (CO-20).
 * @example clampMinutes('cold', 45) // 20
 */
export function clampMinutes(kind: TimerKind, minutes: number): number {
  const lo = minMinutes(kind);
  const hi = maxMinutes(kind);
  if (!Number.isFinite(minutes)) return minutes === Number.POSITIVE_INFINITY ? hi : lo;
  return Math.min(hi, Math.max(lo, minutes));
}

/**
 * Starts a timer at `now`. Cold and heat are clamped to 5-20 minutes (CO-20, HE-TEST): the timer cannot
 * exceed 20 minutes whatever is asked.
 * @example start('cold', 30, nowMs).plannedMs // 1_200_000
 */
export function start(kind: TimerKind, minutes: number, now: number): Timer {
  const plannedMs = Math.round(clampMinutes(kind, minutes) * MINUTE);
  return { kind, startedAt: now, plannedMs, deadline: now + plannedMs };
}

/** Milliseconds left, never negative. A paused timer keeps the time it had when paused. */
export function remaining(timer: Timer, now: number): number {
  const at = timer.pausedAt ?? now;
  return Math.max(0, Math.min(timer.plannedMs, timer.deadline - at));
}

/** Milliseconds the timer has run (pauses excluded), at most `plannedMs`. */
export function elapsed(timer: Timer, now: number): number {
  return timer.plannedMs - remaining(timer, now);
}

/** Whole minutes run, rounded to the nearest minute, for the log (`{kind:'cold', minutes}`), at least 1. */
export function elapsedMinutes(timer: Timer, now: number): number {
  return Math.max(1, Math.round(elapsed(timer, now) / MINUTE));
}

/**
 * The time run as the log records it, honestly: minutes to the second. A cold pack taken off after 6 s is
 * logged as 0.1 minutes, not rounded up to a minute it never lasted; the contract's `minutes` stays a number.
 * @example loggedMinutes(start('cold', 20, 0), 6000) // 0.1
 */
export function loggedMinutes(timer: Timer, now: number): number {
  const seconds = Math.round(elapsed(timer, now) / 1000);
  return Math.round((seconds / 60) * 10_000) / 10_000;
}

/** `running`, `warning` (2 minutes or less left) or `done`. */
export function phase(timer: Timer, now: number): TimerPhase {
  const left = remaining(timer, now);
  if (left <= 0) return 'done';
  if (left <= WARNING_MS) return 'warning';
  return 'running';
}

/** Pauses a running timer; a paused or finished timer is returned unchanged. */
export function pause(timer: Timer, now: number): Timer {
  if (timer.pausedAt !== undefined || remaining(timer, now) <= 0) return timer;
  return { ...timer, pausedAt: now };
}

/** Resumes a paused timer: the deadline moves later by the pause, so the time left is what it was. */
export function resume(timer: Timer, now: number): Timer {
  if (timer.pausedAt === undefined) return timer;
  const { pausedAt, ...rest } = timer;
  return { ...rest, deadline: timer.deadline + Math.max(0, now - pausedAt) };
}

function isKind(value: unknown): value is TimerKind {
  return typeof value === 'string' && (TIMER_KINDS as readonly string[]).includes(value);
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads a timer back from stored JSON (localStorage). Returns null for anything malformed, and re-applies the
 * caps, so an edited or stale store can never make a cold or heat session longer than 20 minutes (CO-20).
 */
export function parseTimer(value: unknown): Timer | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isKind(v.kind) || !isInstant(v.startedAt) || !isInstant(v.plannedMs) || !isInstant(v.deadline))
    return null;
  const plannedMs = Math.round(clampMinutes(v.kind, v.plannedMs / MINUTE) * MINUTE);
  // A deadline can be later than startedAt + plannedMs only by the pauses; running time stays plannedMs.
  const deadline = Math.max(v.startedAt, v.deadline);
  const timer: Timer = { kind: v.kind, startedAt: v.startedAt, plannedMs, deadline };
  if (v.pausedAt !== undefined) {
    if (!isInstant(v.pausedAt)) return null;
    timer.pausedAt = v.pausedAt;
  }
  return timer;
}
