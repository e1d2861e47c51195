import { z } from 'zod';
import { Instant } from '../../domain/contract/checkin.schema.ts';
import { type CareEvent, EVENT_KINDS } from '../../domain/contract/event.schema.ts';
import { queryField } from '../http/query.ts';

/**
 * The server's side of the events API. The event shapes themselves live once in the domain
 * (`domain/contract/event.schema.ts`), shared with the web app; only the query and patch edges are here.
 */
export {
  type CareEvent,
  EVENT_KINDS,
  type EventInput,
  type EventKind,
  EventSchema,
} from '../../domain/contract/event.schema.ts';

/** PATCH body: any subset of fields; the merged event is validated against its kind. */
export const EventPatchSchema = z.record(z.string(), z.unknown());

/** GET /api/v1/events query. */
export const EventListQuery = z.object({
  from: queryField(Instant.optional()),
  to: queryField(Instant.optional()),
  kind: queryField(z.enum(EVENT_KINDS).optional()),
  limit: queryField(z.coerce.number().int().min(1).max(500).default(100)),
  cursor: queryField(z.string().max(200).optional()),
});
export type EventListQuery = z.output<typeof EventListQuery>;

/** An event's list page. */
export interface EventPage {
  items: CareEvent[];
  next: string | null;
}
