import { z } from 'zod';
import { TimeZoneName } from '../insight/insight.schema.ts';

/** POST /shares: what to share (only the clinician report so far), for how long (default 14 days). */
export const CreateShareSchema = z.object({
  scope: z
    .array(z.enum(['report']))
    .min(1)
    .max(1),
  expiresInDays: z.number().int().min(1).max(90).default(14),
  days: z.number().int().min(1).max(365).default(30),
  tz: TimeZoneName.default('UTC'),
});
export type CreateShare = z.output<typeof CreateShareSchema>;

/** A share as GET /shares lists it. */
export interface ShareView {
  id: string;
  scope: string[];
  days: number;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
  accesses: { at: string }[];
}
