/**
 * What subscribers resolve from one event, read once for all of them. Every agent of a workspace
 * receives each inbox event and resolves its `conversation` (for its own permissions and
 * selection); the rows they read are the same, so one loader per event (a `DataLoader`, its
 * cache keyed by the Prisma selection) reads each distinct selection once. It lives as long as
 * the event object does.
 */
import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/database.js';
import type { Conversation } from '../generated/prisma/client.js';
import type { InboxEvent } from '../events/types.js';

type Selection = Record<string, unknown>;

const loaders = new WeakMap<InboxEvent, DataLoader<Selection, Conversation, string>>();

/** The event's conversation with `selection` (Pothos's query for the subscriber's fields). */
export function conversationOfEvent(
  prisma: PrismaClient,
  event: InboxEvent,
  selection: Selection,
): Promise<Conversation> {
  let loader = loaders.get(event);
  if (!loader) {
    loader = new DataLoader(
      (selections) =>
        Promise.all(
          selections.map((query) =>
            prisma.conversation.findUniqueOrThrow({ ...query, where: { id: event.conversationId } }),
          ),
        ),
      { cacheKeyFn: (query) => JSON.stringify(query) },
    );
    loaders.set(event, loader);
  }
  return loader.load(selection);
}
