import { smtpMailer } from '../booking/messages/mailer.ts';
import type { AppConfig } from '../config.ts';

/** One account e-mail (a reset link, a sign-up notice). */
export interface AccountMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where account e-mails go: SMTP in production, a list in tests. */
export interface AccountMailer {
  send(message: AccountMessage): Promise<void>;
}

/**
 * The SMTP mailer when SMTP_URL is set. Without it, account e-mails cannot reach anyone: one line says
 * so, naming the subject only. The body is never logged: a reset link in a log is a password for whoever
 * reads the log.
 */
export function accountMailer(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): AccountMailer {
  if (config.smtpUrl) {
    const smtp = smtpMailer(config.smtpUrl, config.mailFrom);
    return { send: (m) => smtp.send({ to: m.to, subject: m.subject, text: m.text }) };
  }
  return {
    async send(m) {
      console.log(`account e-mail not sent (set SMTP_URL to send it): "${m.subject}"`);
    },
  };
}

/** Send without making the request wait or fail: the answer must not depend on the mail server. */
export function sendInBackground(mailer: AccountMailer, message: AccountMessage): void {
  mailer.send(message).catch((err: unknown) => {
    console.error(`account e-mail failed: ${err instanceof Error ? err.name : 'error'}`);
  });
}

/** A mailer that keeps what it was given (tests). */
export function memoryMailer(): AccountMailer & { sent: AccountMessage[] } {
  const sent: AccountMessage[] = [];
  return {
    sent,
    async send(m) {
      sent.push(m);
    },
  };
}
