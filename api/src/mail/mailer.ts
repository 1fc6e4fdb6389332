/**
 * Outgoing mail through the operator's SMTP server (`SMTP_URL`), sent with nodemailer. Without
 * SMTP nothing is sent and callers say so (an invitation's link is then copied by hand). A send
 * that the server refuses or that times out (`BATON_SMTP_TIMEOUT_MS`) rejects with a
 * `MailError` whose message is safe to show to the workspace's admins (no credentials).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export class MailError extends Error {
  override name = 'MailError';
}

export interface Mailer {
  /** False without `SMTP_URL`: `send` always fails then. */
  readonly configured: boolean;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** What an SMTP failure says, without the URL or credentials it may quote. */
function describe(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return 'The mail server did not answer in time.';
  if (e.code === 'ECONNREFUSED') return 'The mail server refused the connection.';
  if (e.responseCode)
    return `The mail server refused the message (${(e.response ?? String(e.responseCode)).slice(0, 200)}).`;
  if (e.code === 'EAUTH') return 'The mail server did not accept the SMTP credentials.';
  return 'The mail could not be sent.';
}

export function createMailer(config: Config['smtp']): Mailer {
  if (!config) {
    return {
      configured: false,
      send: () => Promise.reject(new MailError('No mail server is set up (SMTP_URL).')),
      close: () => {},
    };
  }
  const transport: Transporter = nodemailer.createTransport({
    url: config.url,
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  });
  return {
    configured: true,
    async send(message) {
      try {
        await transport.sendMail({ from: config.from, ...message });
      } catch (error) {
        throw new MailError(describe(error));
      }
    },
    close: () => transport.close(),
  };
}
