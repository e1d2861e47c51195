import { z } from 'zod';
import { isIanaTimeZone } from '../booking/booking.schema.ts';

/** A local wall-clock time "HH:MM" (24 h). */
export const WallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time "HH:MM"' });

/** A daily window of local time; `end` before `start` runs past midnight (quiet hours 22:00-07:00). */
export const DailyWindow = z
  .object({ start: WallTime, end: WallTime })
  .refine((w) => w.start !== w.end, { path: ['end'], message: 'must differ from start' });

/**
 * Each person's reminder settings (contract v2, "Reminders"), plus two kinds the contract leaves to us:
 * `coldAgain` and `heatOff`. Every kind is off until the person turns it on, except visits and follow-ups,
 * which are about appointments they made and checks they asked for.
 */
export const ReminderSettingsSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isIanaTimeZone, { message: 'must be an IANA time zone such as "Europe/London"' }),
    quietHours: DailyWindow.nullable(),
    nextDose: z.boolean(),
    followUps: z.boolean(),
    visits: z.boolean(),
    bedtime: WallTime.nullable(),
    stretchBreaks: z
      .object({ everyMinutes: z.number().int().min(15).max(240), start: WallTime, end: WallTime })
      .refine((s) => s.start < s.end, { path: ['end'], message: 'must be after start' })
      .nullable(),
    coldAgain: z.boolean().default(false),
    heatOff: z.boolean().default(false),
  })
  .strict();

export type ReminderSettings = z.output<typeof ReminderSettingsSchema>;

export const REMINDER_KINDS = [
  'nextDose',
  'coldAgain',
  'heatOff',
  'stretchBreaks',
  'bedtime',
  'followUp',
  'visit',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Until a person saves their own: quiet at night in UTC, only visits and follow-ups on. */
export function defaultReminderSettings(timeZone = 'UTC'): ReminderSettings {
  return {
    timeZone,
    quietHours: { start: '22:00', end: '07:00' },
    nextDose: false,
    followUps: true,
    visits: true,
    bedtime: null,
    stretchBreaks: null,
    coldAgain: false,
    heatOff: false,
  };
}

/** Whether a kind is turned on: the one tap per kind on the settings screen. */
export function kindEnabled(s: ReminderSettings, kind: ReminderKind): boolean {
  switch (kind) {
    case 'nextDose':
      return s.nextDose;
    case 'coldAgain':
      return s.coldAgain;
    case 'heatOff':
      return s.heatOff;
    case 'stretchBreaks':
      return s.stretchBreaks !== null;
    case 'bedtime':
      return s.bedtime !== null;
    case 'followUp':
      return s.followUps;
    case 'visit':
      return s.visits;
  }
}
