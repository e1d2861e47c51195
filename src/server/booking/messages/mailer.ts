import nodemailer from 'nodemailer';

/** One e-mail with the booking's calendar file attached. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly ics?: string | null;
}

/** Sends mail; throws when the server refuses, so the outbox can retry. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * An SMTP mailer from `SMTP_URL` (e.g. `smtp://user:pass@host:587`, or `smtps://…`). Sender from `MAIL_FROM`.
 * Short timeouts: a slow mail server delays only the outbox worker, never a booking.
 */
export function smtpMailer(smtpUrl: string, from = 'Unknot <no-reply@unknot.local>'): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(m) {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.ics
          ? {
              attachments: [
                { filename: 'booking.ics', content: m.ics, contentType: 'text/calendar; charset=utf-8' },
              ],
            }
          : {}),
      });
    },
    close() {
      transport.close();
    },
  };
}
