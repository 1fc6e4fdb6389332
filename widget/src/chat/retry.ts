import { RequestError } from '../lib/request';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a call, retrying network failures up to 3 times (the chat's calls are idempotent:
 * messages carry a clientId) and renewing the session once if the token was refused.
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
      if (!(error instanceof RequestError) || !error.retryable || retry >= 3) throw error;
      await wait(600 * 2 ** retry);
    }
  }
}
