import type { Kysely } from 'kysely';
import { isoZ } from '../../domain/booking/slots.ts';
import type { BookingDb } from './booking.repository.ts';
import type { BookingMessageKind, ComposedMessage } from './messages/compose.ts';
import { outboxStatus } from './messages/outbox.worker.ts';
import { REDACTED_BODY, REDACTED_SUBJECT } from './messages/redact.ts';

/** SQL for the booking messages: the in-app inbox, queueing e-mail, delivery status and redaction. */
export class BookingMessagesRepository {
  constructor(private readonly db: Kysely<BookingDb>) {}

  /** A user's in-app messages, newest first. */
  async inbox(userId: string) {
    const rows = await this.db
      .selectFrom('inbox_messages')
      .select(['id', 'booking_id', 'subject', 'body', 'created_at', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: String(r.id),
      bookingId: r.booking_id,
      subject: r.subject,
      body: r.body,
      createdAt: isoZ(r.created_at.getTime()),
      readAt: r.read_at ? isoZ(r.read_at.getTime()) : null,
    }));
  }

  /** Messages into the inbox, and into the e-mail outbox when `mail` is set, inside the caller's transaction. */
  async queue(
    trx: Kysely<BookingDb>,
    bookingId: string,
    kind: BookingMessageKind,
    messages: readonly ComposedMessage[],
    mail: { readonly at: Date } | undefined,
  ): Promise<void> {
    await trx
      .insertInto('inbox_messages')
      .values(
        messages.map((m) => ({ user_id: m.userId, booking_id: bookingId, subject: m.subject, body: m.text })),
      )
      .execute();
    if (mail === undefined) return;
    await trx
      .insertInto('booking_outbox')
      .values(
        messages.map((m) => ({
          booking_id: bookingId,
          user_id: m.userId,
          kind,
          subject: m.subject,
          body: m.text,
          ics: m.ics,
          next_attempt_at: mail.at.toISOString(),
        })),
      )
      .execute();
  }

  /** A plain inbox message to one user (no booking row: it may be about to go). */
  async notify(trx: Kysely<BookingDb>, userId: string, subject: string, body: string): Promise<void> {
    await trx
      .insertInto('inbox_messages')
      .values({ user_id: userId, booking_id: null, subject, body })
      .execute();
  }

  /** Delivery state of the e-mails about a booking that were addressed to `userId` (never the other party's). */
  async deliveries(bookingId: string, userId: string) {
    const rows = await outboxStatus(this.db, bookingId);
    return rows
      .filter((r) => r.userId === userId)
      .map(({ kind, status, attempts, lastError, createdAt }) => ({
        kind,
        status,
        attempts,
        lastError,
        createdAt,
      }));
  }

  /**
   * Erasure: every inbox and outbox row about the given bookings that is addressed to someone other than the
   * erased user loses its text (the erased person's name, address, notes and reasons), and the calendar file.
   */
  async redactForOthers(
    trx: Kysely<BookingDb>,
    bookingIds: readonly string[],
    erasedUserId: string,
  ): Promise<void> {
    if (bookingIds.length === 0) return;
    await trx
      .updateTable('inbox_messages')
      .set({ subject: REDACTED_SUBJECT, body: REDACTED_BODY })
      .where('booking_id', 'in', bookingIds)
      .where('user_id', '<>', erasedUserId)
      .execute();
    await trx
      .updateTable('booking_outbox')
      .set({ subject: REDACTED_SUBJECT, body: REDACTED_BODY, ics: null, last_error: null })
      .where('booking_id', 'in', bookingIds)
      .where('user_id', '<>', erasedUserId)
      .execute();
  }
}
