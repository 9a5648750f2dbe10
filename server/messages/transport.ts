// How mail leaves the server: SMTP through nodemailer. nodemailer encodes the Dutch
// subject and body (RFC 2047 / quoted-printable) and sets our Message-ID as given.
import { createTransport } from 'nodemailer';
import type { Mail } from './mail.ts';

export interface Transport {
  /** Resolves once the receiving server accepted the message; rejects with why not. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Upper bounds of one SMTP conversation, so a server that hangs cannot hold the worker. */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
/** The longest one send may take with these timeouts. */
export const SEND_LIMIT_MS = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;

/** `url`: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS from the start). */
export function smtpTransport(url: string, from: string): Transport {
  const mailer = createTransport({ url, ...SMTP_TIMEOUTS }, { from });
  return {
    async send(mail) {
      await mailer.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
    },
    close: () => mailer.close(),
  };
}

/**
 * Why a send failed, short and without personal data where the transport tells it apart:
 * the SMTP reply code and nodemailer's error code, then the first line of its text.
 * The text can name the recipient ("550 <x@y>: no such user"): it is stored for the
 * coordinator, never logged.
 */
export function describeFailure(error: unknown): { code: string; text: string } {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const code = [e.responseCode, e.code].filter(Boolean).join(' ') || 'error';
  const text = String(e.response ?? e.message ?? error)
    .split('\n')[0]!
    .replace(/[\x00-\x1f\x7f-\x9f]/g, ' ')
    .slice(0, 400);
  return { code, text: `${code}: ${text}`.slice(0, 500) };
}
