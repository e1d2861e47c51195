import type { Kysely } from 'kysely';
import type { VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import { BookingError } from '../booking/booking.errors.ts';
import { isoOrNull } from '../db/instants.ts';
import type { DB } from '../db/schema.ts';
import type { Clock } from '../http/types.ts';
import { aftercareRepository } from './aftercare.repository.ts';
import { AftercareService } from './aftercare.service.ts';
import { clientKey, isClientKey } from './client-key.ts';
import { practiceRepository as repo } from './practice.repository.ts';

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
      clientKey: clientKey(therapistId, r.client_id),
      name: r.name,
      visits: r.visits,
      lastVisit: isoOrNull(r.last_visit),
      nextVisit: isoOrNull(r.next_visit),
    }));
  }

  /** GET /therapist/clients/:clientKey. */
  async client(therapistId: string, key: string) {
    const db = this.deps.db;
    const client = isClientKey(key) ? await this.clientByKey(therapistId, key) : undefined;
    if (client === undefined) throw new BookingError(404, 'not_found', 'No such client.');
    const visits = await repo.visits(db, therapistId, client.id);
    const ids = visits.map((v) => v.id);
    const [aftercare, notes] = await Promise.all([
      this.aftercare.viewMany({ id: therapistId }, ids),
      aftercareRepository.notesMany(db, ids),
    ]);
    const noteOf = new Map(notes.map((n) => [n.booking_id, n]));
    return {
      clientKey: key,
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

  /** The therapist's client whose key this is: keys are one-way, so the therapist's clients are matched. */
  private async clientByKey(therapistId: string, key: string) {
    const ids = await repo.clientIds(this.deps.db, therapistId);
    const id = ids.find((c) => clientKey(therapistId, c) === key);
    return id === undefined ? undefined : repo.clientOf(this.deps.db, therapistId, id);
  }
}
