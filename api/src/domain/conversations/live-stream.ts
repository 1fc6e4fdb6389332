/**
 * One subscriber's stream of a conversation: an async iterator fed synchronously by the
 * conversation's live topic, which keeps the stream's cursor (the last sequence passed on) and
 * reads the event log only when it must — to replay what the subscriber missed, when a live event
 * skips ahead (a gap: an event published out of order by another instance, or lost), and when the
 * stream check says the log is ahead. Live events at or below the cursor are dropped.
 *
 * It replaces a Repeater fed by a queue and a loop: with 5,000 subscribers of one conversation,
 * each event went through about five promises per subscriber before graphql-ws saw it, and each
 * idle subscriber held the loop's suspended frames. Here an event in order is handed to a waiting
 * `next()` at once, and an idle stream is one object with its cursor.
 */
import type { StreamEvent } from '../../events/types.js';
import { isEphemeral } from '../../events/types.js';

/** Reads stored events after `after` (up to `upTo`), in order, calling `each` for every one. */
export type LogReader = (after: number, upTo: number | undefined, each: (event: StreamEvent) => void) => Promise<void>;

export interface LiveStreamOptions {
  /** The sequence the subscriber saw last; events after it are passed on. */
  cursor: number;
  /** The conversation's last sequence when it was read: a replay is due when the cursor is behind. */
  lastSeq: number;
  /** Whether the subscriber may see an event (visitors never see internal notes). */
  visible: (event: StreamEvent) => boolean;
  readLog: LogReader;
  /** Called once when the stream ends (by the subscriber, or by a failed read). */
  onEnd: () => void;
}

type Next = IteratorResult<StreamEvent, undefined>;

export class LiveStream implements AsyncIterableIterator<StreamEvent, undefined> {
  private cursor: number;
  /** Events ready for the subscriber, in order. */
  private readonly ready: StreamEvent[] = [];
  private waiting: { resolve: (next: Next) => void; reject: (error: unknown) => void } | null = null;
  /** A log read in progress: live events wait in `held` until it is done. */
  private reading = false;
  private readonly held: StreamEvent[] = [];
  /** The stream check asked for a read that has not started yet. */
  private behind = false;
  private ended = false;
  private failure: { error: unknown } | null = null;

  constructor(private readonly options: LiveStreamOptions) {
    this.cursor = options.cursor;
    if (this.cursor < options.lastSeq) this.read(undefined);
  }

  /** The last sequence passed on (or skipped as not visible). */
  get position(): number {
    return this.cursor;
  }

  /** A live event of the conversation, as the topic hands it over. */
  offer(event: StreamEvent): void {
    if (this.ended) return;
    if (this.reading) {
      this.held.push(event);
      return;
    }
    if (isEphemeral(event)) {
      // Made before the last event passed on (e.g. a draft racing a take-over): stale.
      if (event.seq >= this.cursor) this.emit(event);
    } else if (event.seq > this.cursor + 1) {
      this.read(event.seq);
    } else if (event.seq === this.cursor + 1) {
      this.cursor = event.seq;
      this.emit(event);
    }
  }

  /** The log is ahead of the cursor (a publish was lost): read it, once for any number of calls. */
  nudge(): void {
    if (this.ended || this.behind) return;
    this.behind = true;
    if (!this.reading) this.read(undefined);
  }

  next(): Promise<Next> {
    const event = this.ready.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<Next> {
    this.end();
    this.ready.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<Next> {
    this.end();
    this.ready.length = 0;
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private emit(event: StreamEvent): void {
    if (!this.options.visible(event)) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting.resolve({ value: event, done: false });
    } else {
      this.ready.push(event);
    }
  }

  /** Reads the log after the cursor (up to `upTo`), then goes on with the live events held meanwhile. */
  private read(upTo: number | undefined): void {
    this.reading = true;
    this.behind = false;
    this.options
      .readLog(this.cursor, upTo, (event) => {
        if (this.ended) return;
        this.cursor = event.seq;
        this.emit(event);
      })
      .then(
        () => {
          this.reading = false;
          if (this.behind) return this.read(undefined);
          while (!this.reading && this.held.length > 0) this.offer(this.held.shift()!);
        },
        (error: unknown) => this.fail(error),
      );
  }

  private fail(error: unknown): void {
    if (this.ended) return;
    this.failure = { error };
    this.end();
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting.reject(error);
    }
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.held.length = 0;
    const waiting = this.waiting;
    if (waiting && !this.failure) {
      this.waiting = null;
      waiting.resolve({ value: undefined, done: true });
    }
    this.options.onEnd();
  }
}
