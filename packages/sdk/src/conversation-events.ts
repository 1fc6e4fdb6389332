/**
 * A conversation's stream that survives dropped connections: subscribed with `afterSeq` = the
 * last stored sequence number it passed on, so a resubscription replays exactly what was missed;
 * an overlap is dropped by client-core's `isNewEvent` (the rule the widget and inbox apply).
 * Without `afterSeq` it starts at the conversation's `lastSeq` at the time of the call (read
 * first), so nothing stored after the call is missed either.
 */
import { isLiveOnly, isNewEvent } from '@baton/client-core/conversation-stream';
import { AsyncQueue } from './async-queue.js';
import { BatonError } from './errors.js';
import type { BatonConversationEventsSubscription } from './gql/graphql.js';
import { ConversationEventsDocument, ConversationLastSeqDocument } from './operations.js';
import type { BatonClient } from './client.js';

export type ConversationEvent = BatonConversationEventsSubscription['conversationEvents'];

interface Transport {
  request: BatonClient['request'];
  subscribe<TResult>(query: string, variables: () => object): AsyncIterableIterator<TResult>;
}

export function resumableConversationEvents(
  transport: Transport,
  conversationId: string,
  afterSeq: number | undefined,
): AsyncIterableIterator<ConversationEvent> {
  let inner: AsyncIterableIterator<BatonConversationEventsSubscription> | null = null;
  const out = new AsyncQueue<ConversationEvent>(() => void inner?.return?.());

  const run = async () => {
    let lastSeq = afterSeq ?? (await startingSeq(transport, conversationId));
    if (out.done) return;
    inner = transport.subscribe<BatonConversationEventsSubscription>(String(ConversationEventsDocument), () => ({
      conversationId,
      afterSeq: lastSeq,
    }));
    for await (const { conversationEvents: event } of inner) {
      if (!isNewEvent(lastSeq, event)) continue;
      if (!isLiveOnly(event)) lastSeq = event.seq;
      out.push(event);
    }
    out.end();
  };
  run().catch((error: unknown) => out.fail(error));
  return out;
}

async function startingSeq(transport: Transport, conversationId: string): Promise<number> {
  const { conversation } = await transport.request(ConversationLastSeqDocument, { id: conversationId });
  if (!conversation) {
    throw new BatonError({
      kind: 'result',
      code: 'NOT_FOUND',
      message: `No conversation ${conversationId} visible to this key`,
    });
  }
  return conversation.lastSeq;
}
