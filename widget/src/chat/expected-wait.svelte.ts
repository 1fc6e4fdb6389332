/**
 * The queued visitor's status line (issue 15, item 9): from the API's `expectedWait` — the
 * agents available now and the live queue — never a fixed promise. Asked again whenever the
 * conversation enters the queue, and every 20 seconds while it waits (agents come and go, the
 * queue moves). With nobody available it says honestly that the team is away.
 */
import { minutesLabel } from '@baton/client-core/labels';

export interface ExpectedWait {
  availableAgents: number;
  queuePosition: number;
  estimateSeconds?: number | null;
}

/** How often a waiting visitor's estimate is asked again. */
export const expectedWaitRefreshMs = 20_000;

export function waitLabel(wait: ExpectedWait | null): string {
  if (!wait) return 'Waiting for a teammate to join…';
  if (wait.availableAgents === 0) {
    return "Nobody from the team is available right now. Leave your message here — we'll reply as soon as someone is back.";
  }
  const place = wait.queuePosition > 1 ? `You are number ${wait.queuePosition} in line. ` : '';
  const seconds = wait.estimateSeconds ?? 0;
  return seconds < 60
    ? `${place}A teammate will join in under a minute.`
    : `${place}A teammate will join in about ${minutesLabel(seconds)}.`;
}

export class ExpectedWaitHint {
  current = $state<ExpectedWait | null>(null);
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #fetch: () => Promise<ExpectedWait | null>;

  constructor(fetch: () => Promise<ExpectedWait | null>) {
    this.#fetch = fetch;
  }

  /** The conversation's status now: queued — ask, and keep asking; anything else — stop. */
  follow(status: string): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (status !== 'QUEUED') {
      this.current = null;
      return;
    }
    void this.refresh();
    this.#timer = setInterval(() => void this.refresh(), expectedWaitRefreshMs);
  }

  async refresh(): Promise<void> {
    try {
      this.current = await this.#fetch();
    } catch {
      // Keeps the last answer; the next round asks again.
    }
  }
}
