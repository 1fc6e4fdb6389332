/**
 * One HTTP attempt of a webhook delivery: POST to the endpoint's URL, connecting only to an
 * address address-policy.ts allowed, with a time limit on the whole exchange, no redirects
 * followed (a 3xx is a failure), and the first 2 KB of the answer kept for the delivery log.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveAllowed, type CheckedAddress } from './address-policy.js';

export const responseExcerptBytes = 2048;

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivateAddresses: boolean;
}

export interface WebhookResponse {
  /** The status answered; null when no answer came. */
  statusCode: number | null;
  /** Why the attempt failed (refused address, timeout, connection error, non-2xx), or null. */
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

/** A lookup that answers the address already checked, whatever is asked (no second DNS query). */
function pinned({ address, family }: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

export async function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const started = performance.now();
  const done = (r: Omit<WebhookResponse, 'durationMs'>): WebhookResponse => ({
    ...r,
    durationMs: Math.round(performance.now() - started),
  });
  const url = new URL(request.url);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    // When the timer fires after the event loop was busy, an answer may already be waiting to
    // be read: let pending I/O run first (setImmediate comes after the poll phase).
    timer = setTimeout(
      () => setImmediate(() => reject(new Error(`timed out after ${request.timeoutMs} ms`))),
      request.timeoutMs,
    );
  });
  const abort = new AbortController();
  try {
    const exchange = (async () => {
      const [address] = await resolveAllowed(url.hostname, request.allowPrivateAddresses);
      return post(url, request, address!, abort.signal);
    })();
    const { statusCode, excerpt } = await Promise.race([exchange, deadline]);
    const ok = statusCode >= 200 && statusCode < 300;
    return done({
      statusCode,
      error: ok
        ? null
        : statusCode >= 300 && statusCode < 400
          ? `answered ${statusCode} (redirects are not followed)`
          : `answered ${statusCode}`,
      responseExcerpt: excerpt,
    });
  } catch (error) {
    abort.abort();
    return done({
      statusCode: null,
      error: error instanceof Error ? error.message : String(error),
      responseExcerpt: null,
    });
  } finally {
    clearTimeout(timer);
  }
}

function post(
  url: URL,
  request: WebhookRequest,
  address: CheckedAddress,
  signal: AbortSignal,
): Promise<{ statusCode: number; excerpt: string }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        lookup: pinned(address),
        signal,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          res.destroy();
          const excerpt = Buffer.concat(chunks).subarray(0, responseExcerptBytes).toString('utf8');
          resolve({ statusCode: res.statusCode ?? 0, excerpt });
        };
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= responseExcerptBytes) finish();
        });
        res.on('end', finish);
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
