import type { Migration } from 'kysely';
import * as core from './20260101T000000-core.ts';
import * as booking from './20260101T000100-booking.ts';
import * as accounts from './20261203T010000-accounts.ts';
import * as bookingProfile from './20261203T020000-booking-profile.ts';
import * as jobsReminders from './20261203T030000-jobs-reminders.ts';
import * as insight from './20261203T050000-insight.ts';
import * as healthProfile from './20261203T060000-health-profile.ts';
import * as aftercare from './20261203T090000-aftercare.ts';

/**
 * Every migration, in order. Add a new timestamped file beside this one and one line here;
 * never edit a migration that has landed: databases that already ran it would never see the change.
 */
export const migrations: Record<string, Migration> = {
  '20260101T000000-core': core,
  '20260101T000100-booking': booking,
  '20261203T010000-accounts': accounts,
  '20261203T020000-booking-profile': bookingProfile,
  '20261203T030000-jobs-reminders': jobsReminders,
  '20261203T050000-insight': insight,
  '20261203T060000-health-profile': healthProfile,
  '20261203T090000-aftercare': aftercare,
};
