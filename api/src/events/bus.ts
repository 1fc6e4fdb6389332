/**
 * Domain events, emitted by services after their transaction commits. Listeners react in this
 * process only (the instance that committed the write), so with several API instances nothing
 * runs twice: the GraphQL fan-out (events/fanout.ts) is one listener, the assistant another.
 */
import type { InboxEvent, StreamEvent } from './types.js';

export interface DomainEventMap {
  /** Something was appended to a conversation's stream (or a typing indicator changed). */
  'conversation.event': { workspaceId: string; event: StreamEvent };
  /** A workspace inbox notification. */
  'inbox.event': InboxEvent;
  /** A visitor wrote in a conversation the assistant owns. */
  'assistant.turn': { workspaceId: string; conversationId: string; messageId: string };
}

type Listener<K extends keyof DomainEventMap> = (payload: DomainEventMap[K]) => void | Promise<void>;

export class DomainEvents {
  private readonly listeners = new Map<keyof DomainEventMap, Set<Listener<keyof DomainEventMap>>>();

  constructor(private readonly onListenerError: (error: unknown) => void) {}

  on<K extends keyof DomainEventMap>(type: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as Listener<keyof DomainEventMap>);
    this.listeners.set(type, set);
    return () => set.delete(listener as Listener<keyof DomainEventMap>);
  }

  /** Calls every listener; a failing listener is reported and never affects the caller. */
  emit<K extends keyof DomainEventMap>(type: K, payload: DomainEventMap[K]): void {
    for (const listener of this.listeners.get(type) ?? []) {
      try {
        const result = listener(payload);
        if (result instanceof Promise) result.catch(this.onListenerError);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
