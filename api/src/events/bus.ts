/**
 * Domain events: facts that services record inside their transaction and emit once it has
 * committed (see `Outbox` in services/conversation-log.ts). They are named after what
 * happened, never after who reacts; the reactions are the listeners in listeners/index.ts.
 * Listeners run in this process only (the instance that committed the write), so with several
 * API instances nothing runs twice.
 */
import type { Revocation } from '../auth/revocation.js';
import type { ConversationStatus } from '../generated/prisma/enums.js';
import type { MessageSnapshot, OwnershipChange, StreamEvent } from './types.js';

/** An agent who caused a fact (took over, released…). */
export interface Actor {
  id: string;
  name: string;
}

export interface DomainEventMap {
  /** A message was stored in a conversation (any author; internal notes too). */
  'message.posted': {
    workspaceId: string;
    event: StreamEvent;
    message: MessageSnapshot;
    /** Who owned the conversation once the message was stored. */
    conversationStatus: ConversationStatus;
  };
  /** The conversation's owner changed: handoff requested, taken over, released, resolved… */
  'conversation.ownership_changed': {
    workspaceId: string;
    event: StreamEvent;
    change: OwnershipChange;
    actor: Actor | null;
  };
  /** An agent came online, went away or offline (domain/presence): teammates see it, auto-assignment may start. */
  'agent.presence_changed': {
    workspaceId: string;
    agentId: string;
    presence: 'ONLINE' | 'AWAY' | 'OFFLINE';
    at: string;
  };
  /** A human accepted a pending handoff request (took the conversation over, or was assigned it). */
  'handoff.accepted': {
    workspaceId: string;
    conversationId: string;
    change: OwnershipChange;
    /** When the accepted request was made, and when it was accepted (ISO). */
    requestedAt: string;
    acceptedAt: string;
  };
  /** The first agent reply the visitor sees after a handoff: the response-time clock stopped. */
  'handoff.first_human_reply': { workspaceId: string; conversationId: string; requestedAt: string; repliedAt: string };
  /** Something ephemeral happened in a conversation: typing, a draft of the assistant's reply. */
  'conversation.activity': { workspaceId: string; event: StreamEvent };
  /** A handoff waited longer than the workspace's response-time target (once per handoff). */
  'response_target.breached': { workspaceId: string; conversationId: string; at: string };
  /** Sessions, tokens or permissions stopped being valid (log-out, deactivation, role change…). */
  'access.revoked': Revocation;
  /** Durable work was queued (jobs/job-queue.ts); this instance's worker may start it at once. */
  'job.enqueued': { queue: string };
  /** One HTTP attempt of a webhook delivery ended (metrics, the delivery log's live view). */
  'webhook.attempted': {
    workspaceId: string;
    endpointId: string;
    deliveryId: string;
    event: string;
    outcome: 'delivered' | 'retrying' | 'failed';
    statusCode: number | null;
    durationMs: number;
  };
  /** The assistant's provider answered and its usage was recorded (metrics). */
  'assistant.answered': { workspaceId: string; provider: 'offline' | 'openai' };
  /** One provider attempt failed; `final`: the assistant gave up (fallback message) instead of retrying. */
  'assistant.provider_failed': { workspaceId: string; provider: 'offline' | 'openai'; final: boolean };
  /** Baton turned a webhook endpoint off after repeated failures; its workspace's admins are told. */
  'webhook.endpoint_disabled': { workspaceId: string; endpointId: string; url: string; reason: string };
}

export type DomainEventType = keyof DomainEventMap;

/** One recorded fact, as the outbox keeps it until commit. */
export type DomainFact = { [K in DomainEventType]: { type: K; payload: DomainEventMap[K] } }[DomainEventType];

type Handler<K extends DomainEventType> = (payload: DomainEventMap[K]) => void | Promise<void>;

/** A reaction to domain events: one handler per event type it cares about. */
export type Listener = { readonly name: string } & { readonly [K in DomainEventType]?: Handler<K> };

export class DomainEvents {
  private readonly handlers = new Map<DomainEventType, Set<(payload: never) => void | Promise<void>>>();

  constructor(private readonly onListenerError: (listener: string, error: unknown) => void) {}

  /** Subscribes each of the listener's handlers; returns a function that removes them all. */
  register(listener: Listener): () => void {
    const removers: (() => void)[] = [];
    for (const type of Object.keys(listener) as (keyof Listener)[]) {
      if (type === 'name') continue;
      const handler = listener[type];
      if (!handler) continue;
      const wrapped = (payload: never) => this.run(listener.name, () => (handler as Handler<typeof type>)(payload));
      const set = this.handlers.get(type) ?? new Set();
      set.add(wrapped);
      this.handlers.set(type, set);
      removers.push(() => set.delete(wrapped));
    }
    return () => removers.forEach((remove) => remove());
  }

  /** Calls every handler; a failing listener is reported and never affects the caller. */
  emit<K extends DomainEventType>(type: K, payload: DomainEventMap[K]): void {
    for (const handler of this.handlers.get(type) ?? []) handler(payload as never);
  }

  emitFact(fact: DomainFact): void {
    this.emit(fact.type, fact.payload as never);
  }

  private run(listener: string, call: () => void | Promise<void>): void {
    try {
      const result = call();
      if (result instanceof Promise) result.catch((error: unknown) => this.onListenerError(listener, error));
    } catch (error) {
      this.onListenerError(listener, error);
    }
  }
}
