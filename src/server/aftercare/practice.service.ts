import type { Kysely } from 'kysely';
import type { VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import { isUuid } from '../../domain/booking/uuid.ts';
import { BookingError } from '../booking/booking.errors.ts';
import type { DB } from '../db/schema.ts';
import type { Clock } from '../http/types.ts';
import { aftercareRepository } from './aftercare.repository.ts';
import { AftercareService } from './aftercare.service.ts';
import { practiceRepository as repo } from './practice.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The therapist's practice view: their own clients, and per client the visits with this therapist, the notes,
 * the intake, the follow-up outcomes where the client consented for that visit, and the reviews. A client who
 * never booked this therapist is a 404, like any id that is not the caller's to see.
 */
export class PracticeService {
  private readonly aftercare: AftercareService;

  constructor(private readonly deps: { db: Kysely<DB>; now: Clock }) {
    this.aftercare = new AftercareService(deps);
  }

  /** GET /therapist/clients. */
  async clients(therapistId: string) {
    const rows = await repo.clients(this.deps.db, therapistId, this.deps.now());
    return rows.map((r) => ({
      clientId: r.client_id,
      name: r.name,
      visits: r.visits,
      lastVisit: iso(r.last_visit),
      nextVisit: iso(r.next_visit),
    }));
  }

  /** GET /therapist/clients/:clientId. */
  async client(therapistId: string, clientId: string) {
    const db = this.deps.db;
    const client = isUuid(clientId) ? await repo.clientOf(db, therapistId, clientId) : undefined;
    if (client === undefined) throw new BookingError(404, 'not_found', 'No such client.');
    const visits = await repo.visits(db, therapistId, client.id);
    const ids = visits.map((v) => v.id);
    const [aftercare, notes] = await Promise.all([
      this.aftercare.viewMany({ id: therapistId }, ids),
      aftercareRepository.notesMany(db, ids),
    ]);
    const noteOf = new Map(notes.map((n) => [n.booking_id, n]));
    return {
      clientId: client.id,
      name: client.name,
      visits: visits.map((v) => {
        const note = noteOf.get(v.id);
        return {
          id: v.id,
          start: v.start_at.toISOString(),
          end: v.end_at.toISOString(),
          minutes: v.minutes,
          status: v.status,
          intake: v.intake ?? null,
          notes: v.notes,
          visitNote: note ? { ...(note.note as VisitNote), savedAt: note.updated_at.toISOString() } : null,
          ...aftercare.get(v.id),
        };
      }),
    };
  }
}
