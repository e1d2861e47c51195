import { z } from 'zod';
import { Instant } from '../../domain/contract/checkin.schema.ts';
import { queryField } from '../http/query.ts';

/** GET /insights: a range; default the last 90 days. */
export const InsightQuery = z.object({
  from: queryField(Instant.optional()),
  to: queryField(Instant.optional()),
});

/** An IANA time zone name. */
export const TimeZoneName = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone, e.g. Europe/London' },
  );

/** GET /reports/clinician: the last `days` days (1-365, default 30); calendar days in `tz` (default UTC). */
export const ReportQuery = z.object({
  days: queryField(z.coerce.number().int().min(1).max(365).default(30)),
  tz: queryField(TimeZoneName.default('UTC')),
});

const item = z.number().int().min(0).max(10);
/** POST /peg: the three IN-PEG items, 0-10 each; `at` defaults to now. */
export const PegSchema = z.object({ pain: item, enjoyment: item, activity: item, at: Instant.optional() });
