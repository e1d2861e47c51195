import type { Kysely } from 'kysely';
import { aftercareExporters } from '../aftercare/aftercare-privacy.ts';
import { isoOrNull } from '../db/instants.ts';
import type { DB } from '../db/schema.ts';
import { jobIntervalMs } from '../jobs/claim.ts';
import type { ServerModule } from '../modules.ts';
import type { Exporter } from '../privacy/exporter.ts';
import { bookingRoutes } from './booking.routes.ts';
import { BookingService } from './booking.service.ts';
import { bookingEraser } from './booking-eraser.ts';
import { CalendarTokenRepository } from './calendar-token.repository.ts';
import { smtpMailer } from './messages/mailer.ts';
import { OutboxWorker } from './messages/outbox.worker.ts';

export interface BookingModuleOptions {
  /** SMTP server for booking e-mails (default: `SMTP_URL`); without it messages stay in the in-app inbox. */
  readonly smtpUrl?: string | undefined;
  readonly mailFrom?: string | undefined;
  /** Receives the worker so tests can drain it. */
  readonly onWorker?: (worker: OutboxWorker) => void;
}

/** Personal data of the booking area for GET /api/v1/me/export (no token hashes). */
export const bookingExporters: Exporter[] = [
  {
    table: 'bookings',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db
        .selectFrom('bookings')
        .selectAll()
        .where((eb) => eb.or([eb('client_id', '=', userId), eb('therapist_id', '=', userId)]))
        .orderBy('start_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        role: r.client_id === userId ? 'client' : 'therapist',
        start: isoOrNull(r.start_at),
        end: isoOrNull(r.end_at),
        minutes: r.minutes,
        status: r.status,
        address: r.address,
        postcode: r.postcode,
        notes: r.notes,
        intake: r.intake,
        cancelledAt: isoOrNull(r.cancelled_at),
        cancelledBy: r.cancelled_by,
        cancelReason: r.cancel_reason,
        createdAt: isoOrNull(r.created_at),
      }));
    },
  },
  {
    table: 'therapist_profile',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db.selectFrom('therapists').selectAll().where('user_id', '=', userId).execute();
      return rows.map((r) => ({
        ...r,
        created_at: isoOrNull(r.created_at),
        updated_at: isoOrNull(r.updated_at),
      }));
    },
  },
  {
    table: 'inbox',
    async rows(db: Kysely<DB>, userId: string) {
      const rows = await db
        .selectFrom('inbox_messages')
        .select(['booking_id', 'subject', 'body', 'created_at', 'read_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({ ...r, created_at: isoOrNull(r.created_at), read_at: isoOrNull(r.read_at) }));
    },
  },
  ...aftercareExporters,
];

/**
 * The booking area as a server module: routes under /api/v1, exporters, and (when SMTP is configured)
 * the e-mail outbox worker.
 */
export function bookingModule(options: BookingModuleOptions = {}): ServerModule {
  const smtpUrl = 'smtpUrl' in options ? options.smtpUrl : process.env.SMTP_URL;
  return {
    name: 'booking',
    exporters: bookingExporters,
    erasers: [bookingEraser()],
    routes(deps) {
      let worker: OutboxWorker | undefined;
      if (smtpUrl) {
        worker = new OutboxWorker({
          db: deps.db,
          mailer: smtpMailer(smtpUrl, options.mailFrom ?? process.env.MAIL_FROM),
          now: deps.clock,
          intervalMs: jobIntervalMs(15_000),
        });
        worker.start();
        options.onWorker?.(worker);
      }
      const service = new BookingService({
        db: deps.db,
        now: deps.clock,
        mailEnabled: worker !== undefined,
        onOutbox: () => worker?.kick(),
      });
      return bookingRoutes({ app: deps, service, tokens: new CalendarTokenRepository(deps.db) });
    },
  };
}
