/** How long to wait before trying again, the same way everywhere a client retries. */

export interface Backoff {
  /** The first delay (before jitter). */
  baseMs: number;
  /** No delay grows past this (before jitter). */
  maxMs: number;
  /** The share of the delay that is random: 0.4 waits between 60 % and 100 % of it. */
  jitter: number;
}

/** Reconnecting a live connection: 1 s, 2 s, 4 s … up to 30 s, each 60–100 % of that. */
export const reconnectBackoff: Backoff = { baseMs: 1000, maxMs: 30_000, jitter: 0.4 };

/** The delay before retry number `attempt` (0 for the first retry). */
export function backoffDelay(
  attempt: number,
  backoff: Backoff = reconnectBackoff,
  random: () => number = Math.random,
): number {
  const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
  return delay * (1 - backoff.jitter + random() * backoff.jitter);
}
