/**
 * When a failed webhook delivery is tried again: exponential backoff with jitter. The delay
 * after attempt n is base × 2^(n-1), capped at 480 × base, times a random factor in [0.8, 1.2].
 * With the defaults (base 30 s, 15 attempts) the retries come after about 30 s, 1, 2, 4, 8, 16,
 * 32 min, 1 h 4 min, 2 h 8 min and then every 4 h: the last attempt about 24 h after the first.
 */
export interface RetrySchedule {
  baseMs: number;
  maxAttempts: number;
}

export const maxDelayFactor = 480;

/** The delay before attempt `attempt + 1`, or null when `attempt` was the last one. */
export function retryDelayMs(
  schedule: RetrySchedule,
  attempt: number,
  random: () => number = Math.random,
): number | null {
  if (attempt >= schedule.maxAttempts) return null;
  const delay = Math.min(schedule.baseMs * maxDelayFactor, schedule.baseMs * 2 ** (attempt - 1));
  return Math.round(delay * (0.8 + 0.4 * random()));
}
