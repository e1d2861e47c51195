import { isoZ } from '../../domain/booking/slots.ts';
import { eraseAftercare } from '../aftercare/aftercare-privacy.ts';
import type { Eraser } from '../privacy/eraser.ts';
import { BookingError } from './booking.errors.ts';
import { BookingRepository } from './booking.repository.ts';
import { BookingMessagesRepository } from './booking-messages.repository.ts';
import { visitWhen } from './messages/compose.ts';
import { erasedClientNotice } from './messages/redact.ts';
import { TherapistRepository } from './therapist.repository.ts';

/**
 * What erasing an account means for bookings (GDPR art. 17), inside DELETE /me's transaction, before the
 * account row goes (its ON DELETE CASCADE removes the person's bookings, outbox rows and inbox):
 *
 * - Every inbox and outbox row about the person's bookings that is addressed to someone else keeps only that
 *   a visit existed: the person's name, address, notes and reasons go. Other users' stored Idempotency-Key
 *   answers about those bookings go too (they name both parties).
 * - A client's confirmed visits still ahead are cancelled by the erasure itself: each therapist gets a notice
 *   without the client's details, and the time is free again.
 * - A therapist with confirmed visits still ahead is REFUSED (409 `therapist_has_visits`, listing them).
 *   Why not cancel them silently or automatically: a client is relying on each visit; cancelling it is a
 *   decision the therapist should take and explain, through the normal cancel, which tells the client in the
 *   app and by e-mail (the outbox needs the booking row, which the erasure deletes). Once no visit is ahead,
 *   the erasure goes through at once, so it is delayed only as long as the therapist chooses.
 */
export function bookingEraser(): Eraser {
  return {
    name: 'booking',
    async erase(trx, user, now) {
      const bookings = new BookingRepository(trx);
      const messages = new BookingMessagesRepository(trx);
      if (user.role === 'therapist') {
        // The lock bookings take: no new visit can slip in between this check and the delete.
        await new TherapistRepository(trx).lockForBooking(user.id, trx);
        const ahead = await bookings.upcomingFor(trx, user.id, 'therapist', now);
        if (ahead.length > 0) {
          throw new BookingError(
            409,
            'therapist_has_visits',
            `You have ${ahead.length} confirmed visit${ahead.length === 1 ? '' : 's'} ahead. Cancel ${ahead.length === 1 ? 'it' : 'them'} first, so each client is told, then delete your account.`,
            {
              visits: ahead.map((b) => ({
                id: b.id,
                start: isoZ(b.start.getTime()),
                end: isoZ(b.end.getTime()),
                clientName: b.clientName,
              })),
            },
          );
        }
      } else {
        for (const b of await bookings.upcomingFor(trx, user.id, 'client', now)) {
          const notice = erasedClientNotice(
            visitWhen(b.start.toISOString(), b.end.toISOString(), b.timeZone),
          );
          await messages.notify(trx, b.therapistId, notice.subject, notice.body);
        }
      }
      const ids = await bookings.idsOfUser(trx, user.id);
      await messages.redactForOthers(trx, ids, user.id);
      await bookings.forgetOthersAnswers(trx, ids, user.id);
      // Aftercare: notes, follow-ups (and their reminders) and reviews of those visits.
      await eraseAftercare(trx, ids);
    },
  };
}
