/**
 * The transcript the visitor reads: stored messages plus "Anna joined the chat" notices, by
 * sequence number — unless the server posted its own notice, then that one alone.
 */
import type { WidgetMessageFragment } from '../gql/graphql';

export type Message = WidgetMessageFragment;

export interface JoinNotice {
  seq: number;
  text: string;
}

export type Item = { kind: 'message'; key: string; message: Message } | { kind: 'notice'; key: string; text: string };

export function transcript(messages: readonly Message[], joins: readonly JoinNotice[]): Item[] {
  const items: Item[] = messages.map((message) => ({ kind: 'message', key: message.id, message }));
  for (const join of joins) {
    // The server posts its own "Anna joined the chat." right after the status change: show one.
    const posted = messages.some(
      (m) => m.authorKind === 'SYSTEM' && (m.seq === join.seq + 1 || m.body.startsWith(join.text)),
    );
    if (posted) continue;
    const at = items.findIndex((item) => item.kind === 'message' && item.message.seq > join.seq);
    items.splice(at === -1 ? items.length : at, 0, { kind: 'notice', key: `join-${join.seq}`, text: join.text });
  }
  return items;
}
