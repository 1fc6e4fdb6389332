/**
 * A widget visitor as the fault scenarios drive it: a resumable live stream of its conversation
 * (graphql-ws; after a drop it resubscribes with `afterSeq` = the last sequence it saw, on
 * whichever instance `target()` names), and sends with client ids whose every attempt and
 * outcome is recorded — what the ledger of a scenario is built from.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { StreamSubscription } from '../gql/graphql.js';
import { SEND, STREAM, type VisitorSession } from '../helpers/handoff.js';
import { leaksInternals } from './fixtures.js';

export type StreamEvent = StreamSubscription['conversationEvents'];

/** What one HTTP attempt of sendMessage got. */
export type SendOutcome =
  | { kind: 'acked'; status: number; duplicate: boolean; seq: number }
  /** An answer that is not the message: a typed union member, an HTTP error, a GraphQL error. */
  | {
      kind: 'refused';
      status: number;
      typename: string | undefined;
      code: string | undefined;
      retryAfter: string | null;
      body: string;
    }
  /** No answer at all: connection refused or reset, or no answer within the client's timeout. */
  | { kind: 'no-answer'; error: string };

export interface Attempt {
  instance: string;
  clientId: string;
  startedAt: number;
  finishedAt: number;
  outcome: SendOutcome;
}

interface SendBody {
  data?: {
    sendMessage?: { __typename: string; duplicate?: boolean; sentMessage?: { seq: number }; code?: string } | null;
  } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One sendMessage over HTTP, classified. Never throws. */
export async function sendOnce(
  graphqlUrl: string,
  token: string,
  conversationId: string,
  body: string,
  clientId: string,
  timeoutMs = 20_000,
): Promise<SendOutcome> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: String(SEND), variables: { input: { conversationId, body, clientId } } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await res.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'no-answer', error: cause?.code ?? cause?.message ?? String(error) };
  }
  let parsed: SendBody | undefined;
  try {
    parsed = JSON.parse(text) as SendBody;
  } catch {
    parsed = undefined;
  }
  const result = parsed?.data?.sendMessage;
  if (res.status === 200 && result?.__typename === 'SendMessagePayload' && result.sentMessage && !parsed?.errors) {
    return { kind: 'acked', status: res.status, duplicate: result.duplicate === true, seq: result.sentMessage.seq };
  }
  return {
    kind: 'refused',
    status: res.status,
    typename: result?.__typename,
    code: result?.code ?? parsed?.errors?.[0]?.extensions?.code,
    retryAfter: res.headers.get('retry-after'),
    body: text,
  };
}

export interface VisitorOptions {
  /** The WebSocket URL to (re)subscribe on; undefined while no instance should be tried. */
  wsTarget: () => string | undefined;
  /** Pause between resubscription attempts (a client's retry policy). */
  retryMs?: number;
}

/** A visitor with a resumable stream. Call `follow()` to start it and `stop()` at the end. */
export class Visitor {
  /** Logged events (messages, status changes) in arrival order, across every (re)subscription. */
  readonly events: StreamEvent[] = [];
  /** When each logged event arrived (by sequence number). */
  readonly arrivedAt = new Map<number, number>();
  /** Logged events that came again (sequence at or below the cursor). */
  readonly repeated: StreamEvent[] = [];
  /** Every sendMessage attempt. */
  readonly attempts: Attempt[] = [];
  /** Close codes of the sockets this visitor had. */
  readonly closeCodes: number[] = [];
  /** Errors the server sent for the stream operation (the socket stayed open). */
  readonly operationErrors: unknown[] = [];
  /** Subscriptions made (1 + resubscriptions). */
  subscriptions = 0;
  /** The WebSocket URL of each subscription, in order. */
  readonly subscribedOn: string[] = [];
  cursor = 0;
  private client: Client | undefined;
  private stopped = false;
  private readonly watchers = new Set<() => void>();
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly name: string,
    readonly session: VisitorSession,
    private readonly options: VisitorOptions,
  ) {}

  get conversationId(): string {
    return this.session.conversationId;
  }

  /** Starts the stream (after the cursor). */
  follow(): void {
    this.stopped = false;
    this.connect();
  }

  /** Resolves when `predicate` holds for the events received; rejects after `timeoutMs`, naming them. */
  waitFor(predicate: (events: StreamEvent[]) => boolean, timeoutMs: number, what = 'events'): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (predicate(this.events)) {
          this.watchers.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(
          new Error(
            `${this.name}: timed out after ${timeoutMs} ms waiting for ${what}; cursor ${this.cursor}, ` +
              `${this.events.length} events, subscriptions on ${JSON.stringify(this.subscribedOn)}, ` +
              `close codes ${JSON.stringify(this.closeCodes)}, errors ${JSON.stringify(this.operationErrors).slice(0, 500)}`,
          ),
        );
      }, timeoutMs);
      this.watchers.add(check);
      check();
    });
  }

  /** Sends one message (one attempt) through `graphqlUrl` and records the outcome. */
  async send(instance: string, graphqlUrl: string, body: string, clientId: string): Promise<SendOutcome> {
    const startedAt = Date.now();
    const outcome = await sendOnce(graphqlUrl, this.session.token, this.conversationId, body, clientId);
    this.attempts.push({ instance, clientId, startedAt, finishedAt: Date.now(), outcome });
    return outcome;
  }

  /** Ends the stream and closes the socket. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.dispose();
  }

  /** Whether any answer body leaked a stack trace or server path. */
  leakyAnswers(): string[] {
    return this.attempts.flatMap((a) =>
      a.outcome.kind === 'refused' && leaksInternals(a.outcome.body) ? [a.outcome.body.slice(0, 500)] : [],
    );
  }

  private connect(): void {
    if (this.stopped) return;
    const url = this.options.wsTarget();
    if (!url) return this.retry();
    let dropped = false;
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.session.token}` },
      lazy: false,
      retryAttempts: 0,
      on: { closed: (event) => this.closeCodes.push((event as { code: number }).code) },
      onNonLazyError: () => {},
    });
    this.client = client;
    this.subscriptions += 1;
    this.subscribedOn.push(url);
    const drop = () => {
      if (dropped) return;
      dropped = true;
      if (this.client === client) this.client = undefined;
      void client.dispose();
      this.retry();
    };
    client.subscribe<StreamSubscription>(
      { query: String(STREAM), variables: { id: this.conversationId, after: this.cursor } },
      {
        next: (value) => {
          if (value.errors) this.operationErrors.push(...value.errors);
          const event = value.data?.conversationEvents;
          if (!event || event.kind === 'TYPING' || event.kind === 'ASSISTANT_DRAFT') return;
          if (event.seq <= this.cursor) this.repeated.push(event);
          else {
            this.cursor = event.seq;
            this.events.push(event);
            this.arrivedAt.set(event.seq, Date.now());
          }
          this.watchers.forEach((w) => w());
        },
        error: (error) => {
          // A GraphQL error for this operation (an array) leaves the socket open; a closed socket
          // arrives as its CloseEvent (recorded by on.closed).
          if (Array.isArray(error)) this.operationErrors.push(...(error as unknown[]));
          else if (!(error && typeof error === 'object' && 'code' in error)) this.operationErrors.push(String(error));
          drop();
        },
        complete: drop,
      },
    );
  }

  private retry(): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), this.options.retryMs ?? 200);
  }
}

/** Outcomes counted by kind ("acked", "HTTP 503 SERVICE_UNAVAILABLE", "ECONNRESET"…), for reports. */
export function tally(outcomes: SendOutcome[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const o of outcomes) {
    const key =
      o.kind === 'acked' ? 'acked' : o.kind === 'refused' ? `HTTP ${o.status} ${o.typename ?? o.code ?? '?'}` : o.error;
    kinds[key] = (kinds[key] ?? 0) + 1;
  }
  return kinds;
}

/** The visitor messages with client ids in a list of stream events. */
export function visitorClientIds(events: StreamEvent[]): string[] {
  return events.flatMap((e) => (e.message?.authorKind === 'VISITOR' && e.message.clientId ? [e.message.clientId] : []));
}

/** Whether every visitor message in the stream has an assistant reply after it (k-th after k-th). */
export function allAnswered(events: StreamEvent[], expectedVisitorMessages: number): boolean {
  const messages = events.flatMap((e) => (e.message ? [e.message] : []));
  const visitor = messages.filter((m) => m.authorKind === 'VISITOR');
  const replies = messages.filter((m) => m.authorKind === 'ASSISTANT');
  return (
    visitor.length >= expectedVisitorMessages &&
    replies.length >= visitor.length &&
    visitor.every((m, k) => replies[k]!.seq > m.seq)
  );
}
