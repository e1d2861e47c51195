import { Hono } from 'hono';
import { assess, resolveCheckIn } from '../../domain/assess.ts';
import { CheckInSchema } from '../../domain/contract/checkin.schema.ts';
import type { Clock } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';

/**
 * `POST /api/v1/assess`: stateless, no session lookup and no database (the fast path).
 * A missing `at` means now (the injected clock).
 */
export function assessRoutes(clock: Clock): Hono {
  return new Hono().post('/assess', async (c) => {
    const parsed = await parseJson(c, CheckInSchema);
    return c.json(assess(resolveCheckIn(parsed, clock())));
  });
}
