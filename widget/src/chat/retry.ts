import { RequestError } from '../lib/request';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries of one call: with the waits below, about 45 s — a database failover or a restart. */
const maxRetries = 8;
const maxWaitMs = 8000;

/**
 * Runs a call, retrying network failures, overloaded and unavailable servers with exponential
 * backoff, honouring the server's Retry-After (the chat's calls are idempotent: messages carry a
 * clientId), and renewing the session once if the token was refused.
 */
export async function withRetries<T>(run: () => Promise<T>, renew: () => Promise<void>): Promise<T> {
  let renewed = false;
  for (let retry = 0; ; retry++) {
    try {
      return await run();
    } catch (error) {
      if (error instanceof RequestError && error.status === 401 && !renewed) {
        renewed = true;
        await renew();
        retry--;
        continue;
      }
      if (!(error instanceof RequestError) || !error.retryable || retry >= maxRetries) throw error;
      const backoff = Math.min(maxWaitMs, 600 * 2 ** retry);
      await wait(error.retryAfterSeconds ? Math.min(maxWaitMs, error.retryAfterSeconds * 1000) : backoff);
    }
  }
}
