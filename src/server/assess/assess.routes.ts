import { Hono } from 'hono';
import { assess, onsetAfterAt, resolveCheckIn } from '../../domain/assess.ts';
import { CheckInSchema, ONSET_AFTER_AT } from '../../domain/contract/checkin.schema.ts';
import { ValidationError } from '../http/errors.ts';
import type { Clock } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';

/**
 * `POST /api/v1/assess`: stateless, no session lookup and no database (the fast path).
 * A missing `at` means now (the injected clock).
 */
export function assessRoutes(clock: Clock): Hono {
  return new Hono().post('/assess', async (c) => {
    const parsed = await parseJson(c, CheckInSchema);
    const checkIn = resolveCheckIn(parsed, clock());
    if (onsetAfterAt(checkIn)) {
      throw new ValidationError('Invalid request body.', [{ path: 'onsetAt', message: ONSET_AFTER_AT }]);
    }
    return c.json(assess(checkIn));
  });
}
