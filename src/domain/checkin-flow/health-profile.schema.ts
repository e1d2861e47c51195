/**
 * The remembered answers as the API and the device store them: PUT /api/v1/me/health-profile
 * validates with it. The browser imports only the type, so zod stays out of its first load.
 */
import { z } from 'zod';
import { Instant } from '../contract/checkin.schema.ts';
import { HISTORY } from '../contract/ids.ts';

/** The body of PUT /api/v1/me/health-profile, and what the device keeps. */
export const HealthProfileSchema = z
  .object({
    age: z.number().int().min(16).max(120).optional(),
    history: z.partialRecord(z.enum(HISTORY), z.boolean()).default({}),
    /** Weeks at `confirmedAt`; null: not pregnant. */
    pregnancyWeeks: z.number().int().min(0).max(45).nullable().optional(),
    workAtDesk: z.boolean().optional(),
    /** The current episode of pain. */
    episode: z
      .object({
        onsetAt: Instant,
        massageAt: Instant.nullable(),
        firstEpisode: z.boolean().optional(),
      })
      .nullable()
      .default(null),
    /** When the person last gave or confirmed these answers. */
    confirmedAt: Instant,
  })
  .strict();

export type HealthProfile = z.output<typeof HealthProfileSchema>;
