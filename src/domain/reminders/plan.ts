import type { TimedLog } from '../plan/care-log.ts';
import { coldNextMs, heatSessionEndMs, ibuprofenStatus } from '../plan/interlocks.ts';
import type { ReminderKind, ReminderSettings } from './settings.ts';
import { inWindow, localParts, localToInstant, minutesOf, nextWallTime } from './wall-clock.ts';

/**
 * What to schedule, derived from the domain's own rules (the interlocks decide when a dose or a cold pack is
 * allowed again; nothing is re-implemented here). Pure: instants are parameters.
 */

/** What a notification says and where its action leads (a hash route of the web app). */
export interface ReminderMessage {
  title: string;
  body: string;
  url: string;
  action: string;
  /** Also sent by e-mail (visits). */
  email?: boolean;
}

/** One reminder to schedule. `dedupeKey` is unique: planning the same one twice makes one row. */
export interface PlannedReminder {
  userId: string;
  kind: ReminderKind;
  dedupeKey: string;
  sourceId: string | null;
  dueMs: number;
  /** After this it is no longer useful and is collapsed, not sent (null: useful until sent). */
  expiresMs: number | null;
  message: ReminderMessage;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * IB-DOSE: the moment the next ibuprofen dose is allowed (4 h interval and the rolling 1,200 mg cap, as the
 * interlocks compute it), or null when one is allowed now. No expiry: a late reminder is still sent once,
 * if the dose is still allowed then (see {@link nextDoseStillAllowed}).
 */
export function planNextDose(
  userId: string,
  log: TimedLog,
  nowMs: number,
  sourceId: string,
): PlannedReminder | null {
  const status = ibuprofenStatus(log, nowMs);
  if (status.availableMs === null) return null;
  const doses = status.doseChoicesThenMg.join(' or ');
  return {
    userId,
    kind: 'nextDose',
    dedupeKey: `nextDose:${userId}:${status.availableMs}`,
    sourceId,
    dueMs: status.availableMs,
    expiresMs: null,
    message: {
      title: 'Ibuprofen allowed again',
      body: doses
        ? `You may take ${doses} mg now, with food, if you still need it.`
        : 'Your next dose is allowed now.',
      url: '/#/plan',
      action: 'Log dose',
    },
  };
}

/** IB-DOSE: a late nextDose reminder is sent only while a dose is allowed at that moment. */
export function nextDoseStillAllowed(log: TimedLog, nowMs: number): boolean {
  return ibuprofenStatus(log, nowMs).availableMs === null;
}

/** CO-20: cold may be used again 2 h after the last start. Stale an hour later. */
export function planColdAgain(
  userId: string,
  log: TimedLog,
  nowMs: number,
  sourceId: string,
): PlannedReminder | null {
  const due = coldNextMs(log, nowMs);
  if (due === null) return null;
  return {
    userId,
    kind: 'coldAgain',
    dedupeKey: `coldAgain:${userId}:${due}`,
    sourceId,
    dueMs: due,
    expiresMs: due + HOUR,
    message: {
      title: 'Cold pack: ready when you are',
      body: 'Two hours have passed since your last cold pack, so another short one is fine if it helps.',
      url: '/#/session/cold',
      action: 'Start cold pack',
    },
  };
}

/**
 * HE-TEST: the end of a heat session still running (never fall asleep on a pad). Only useful at that moment:
 * ten minutes late it is dropped, and an hour late it is certainly nothing.
 */
export function planHeatOff(
  userId: string,
  log: TimedLog,
  nowMs: number,
  sourceId: string,
): PlannedReminder | null {
  const end = heatSessionEndMs(log, nowMs);
  if (end === null) return null;
  return {
    userId,
    kind: 'heatOff',
    dedupeKey: `heatOff:${userId}:${end}`,
    sourceId,
    dueMs: end,
    expiresMs: end + 10 * MINUTE,
    message: {
      title: 'Time to take the heat off',
      body: 'Your heat session is over. Take the pad or bottle off and check your skin.',
      url: '/#/plan',
      action: 'Done',
    },
  };
}

/**
 * EX-STAY-ACTIVE, EX-ROUTINE: the next stretch break strictly after `afterMs`, every N minutes from the start of
 * the working hours to their end, on any day, never in quiet hours. Stale when the next one is near, so
 * missed breaks collapse into none.
 */
export function planStretchBreak(
  userId: string,
  s: ReminderSettings,
  afterMs: number,
): PlannedReminder | null {
  const breaks = s.stretchBreaks;
  if (breaks === null) return null;
  const start = minutesOf(breaks.start);
  const end = minutesOf(breaks.end);
  let date = localParts(afterMs, s.timeZone).date;
  for (let day = 0; day < 8; day++, date = date.add({ days: 1 })) {
    for (let m = start + breaks.everyMinutes; m < end; m += breaks.everyMinutes) {
      if (s.quietHours !== null && inWindow(m, s.quietHours)) continue;
      const due = localToInstant(date, m, s.timeZone);
      if (due <= afterMs) continue;
      return {
        userId,
        kind: 'stretchBreaks',
        dedupeKey: `stretchBreaks:${userId}:${due}`,
        sourceId: null,
        dueMs: due,
        expiresMs: due + Math.min(10, breaks.everyMinutes / 2) * MINUTE,
        message: {
          title: 'Time for a stretch break',
          body: 'Stand up, move and stretch gently for a couple of minutes.',
          url: '/#/session/stretch',
          action: 'Start stretches',
        },
      };
    }
  }
  return null;
}

/** SL-HOURS: bed at the chosen local time, the next one strictly after `afterMs`. Stale after half an hour. */
export function planBedtime(userId: string, s: ReminderSettings, afterMs: number): PlannedReminder | null {
  if (s.bedtime === null) return null;
  const next = nextWallTime(afterMs, s.bedtime, s.timeZone);
  return {
    userId,
    kind: 'bedtime',
    dedupeKey: `bedtime:${userId}:${next.date.toString()}`,
    sourceId: null,
    dueMs: next.ms,
    expiresMs: next.ms + 30 * MINUTE,
    message: {
      title: 'Bedtime',
      body: 'Time to wind down: seven hours or more of sleep helps your back recover.',
      url: '/#/plan',
      action: 'Open plan',
    },
  };
}

/**
 * RF-NO-IMPROVEMENT: the day after a result that sent the person to a doctor (or urgently), ask whether they
 * were seen. Useful for a day.
 */
export function planSeenFollowUp(
  userId: string,
  checkinId: string,
  level: string,
  atMs: number,
): PlannedReminder | null {
  if (level !== 'doctor' && level !== 'urgent') return null;
  return followUpAt(userId, checkinId, atMs + 24 * HOUR, {
    title: 'Did you get seen?',
    body: 'Yesterday your check-in said to see a doctor. How is your back today?',
    url: '/#/checkin',
    action: 'Start check-in',
  });
}

/** A follow-up at an instant for any source (the aftercare visit follow-ups use this too). */
export function followUpAt(
  userId: string,
  sourceId: string,
  dueMs: number,
  message: ReminderMessage,
): PlannedReminder {
  return {
    userId,
    kind: 'followUp',
    dedupeKey: `followUp:${userId}:${sourceId}:${dueMs}`,
    sourceId,
    dueMs,
    expiresMs: dueMs + 24 * HOUR,
    message,
  };
}

/** A visit as the reminders need it. */
export interface VisitForReminders {
  id: string;
  startMs: number;
  clientId: string;
  therapistId: string;
  /** For the text: the other side's name is left out (it may be erased), the local time is in the e-mail. */
  whenText: string;
}

/**
 * 24 h and 2 h before a visit, to both sides. Only those still ahead of `nowMs` (a visit booked for this
 * afternoon gets no "tomorrow" reminder at once). Stale at the visit's start. The key holds the start, so a
 * moved visit gets new reminders and the old ones are cancelled.
 */
export function planVisit(v: VisitForReminders, nowMs: number): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const userId of [v.clientId, v.therapistId]) {
    for (const hours of [24, 2]) {
      const due = v.startMs - hours * HOUR;
      if (due <= nowMs) continue;
      out.push({
        userId,
        kind: 'visit',
        dedupeKey: `visit:${v.id}:${userId}:${hours}h:${v.startMs}`,
        sourceId: v.id,
        dueMs: due,
        expiresMs: v.startMs,
        message: {
          title: hours === 24 ? 'Massage visit tomorrow' : 'Massage visit in 2 hours',
          body: `Your visit is ${v.whenText}.`,
          url: '/#/book',
          action: 'Open booking',
          email: true,
        },
      });
    }
  }
  return out;
}
