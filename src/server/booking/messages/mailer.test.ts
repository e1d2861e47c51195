import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarBooking } from '../calendar.ts';
import { composeBookingMessages } from './compose.ts';
import { smtpMailer } from './mailer.ts';

// A real SMTP server on loopback: what the mailer sends is what a mail server receives.
const received: { to: string[]; raw: string }[] = [];
let rejectNext = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    stream.on('end', () => {
      if (rejectNext) {
        rejectNext = false;
        callback(new Error('mailbox unavailable'));
        return;
      }
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const booking: CalendarBooking = {
  id: 'b1',
  start: '2026-10-25T00:30:00Z',
  end: '2026-10-25T01:30:00Z',
  status: 'confirmed',
  address: '1 High St',
  postcode: 'SW1A 1AA',
  therapistName: 'Ada',
  clientName: 'Bo',
  createdAt: '2026-10-01T00:00:00Z',
};

describe('booking messages by SMTP', () => {
  it('tells each side in the visit’s local time', () => {
    const [client, therapist] = composeBookingMessages('confirmed', booking, {
      clientId: 'c',
      therapistId: 't',
      timeZone: 'Europe/London',
    });
    // 00:30Z on the fall-back day is 01:30 BST; 01:30Z is 01:30 GMT: a one-hour visit.
    expect(client?.text).toContain('Sunday, 25 October 2026, 01:30 BST to 01:30 GMT (Europe/London)');
    expect(client?.userId).toBe('c');
    expect(therapist?.subject).toBe('New visit: Bo');
  });

  it('delivers the message with the .ics attached, which ical.js parses', async () => {
    const [message] = composeBookingMessages('cancelled', booking, {
      clientId: 'c',
      therapistId: 't',
      timeZone: 'Europe/London',
      cancelledBy: 'therapist',
      reason: 'ill',
    });
    if (message === undefined) throw new Error('no message');
    const mailer = smtpMailer(url);
    await mailer.send({
      to: 'bo@example.test',
      subject: message.subject,
      text: message.text,
      ics: message.ics,
    });
    mailer.close();
    const mail = received.at(-1);
    expect(mail?.to).toEqual(['bo@example.test']);
    expect(mail?.raw).toContain('Subject: Cancelled: massage with Ada');
    expect(mail?.raw).toContain('filename=booking.ics');
    const part = /Content-Type: text\/calendar[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(
      mail?.raw ?? '',
    );
    const body = part?.[1] ?? '';
    const ics = /BEGIN:VCALENDAR/.test(body)
      ? body
      : Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('throws when the server refuses, so the outbox can retry', async () => {
    rejectNext = true;
    const mailer = smtpMailer(url);
    await expect(mailer.send({ to: 'bo@example.test', subject: 's', text: 't' })).rejects.toThrow();
    mailer.close();
  });
});
