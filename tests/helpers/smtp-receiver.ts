/**
 * A real local SMTP server (smtp-server) that receives Baton's mail as a mail provider would, and
 * parses each message with mailparser. What it answers is up to the test: accept, refuse the
 * recipient (550), or — `silentServer` — accept connections and never greet (a timeout).
 */
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

export interface SmtpReceiver {
  url: string;
  mails: ReceivedMail[];
  /** 'accept' (default) or 'refuse' (550 for every recipient). */
  mode: 'accept' | 'refuse';
  /** Resolves once `count` mails arrived; `timeoutMs` is only a failure deadline. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const watchers = new Set<() => void>();
  const receiver: SmtpReceiver = {
    url: '',
    mails: [],
    mode: 'accept',
    waitFor(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (receiver.mails.length < count) return;
          watchers.delete(check);
          clearTimeout(timer);
          resolve(receiver.mails);
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`Timed out with ${receiver.mails.length} of ${count} mails`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (receiver.mode === 'refuse') {
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = parsed.to ? (Array.isArray(parsed.to) ? parsed.to : [parsed.to]) : [];
          receiver.mails.push({
            to: to.flatMap((t) => t.value.map((v) => v.address ?? '')),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          callback();
          watchers.forEach((w) => w());
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  receiver.url = `smtp://127.0.0.1:${port}`;
  return receiver;
}

/** A TCP server that accepts connections and never says anything: an SMTP server that hangs. */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
