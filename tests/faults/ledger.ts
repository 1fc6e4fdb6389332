/**
 * The ledger of a fault scenario: what the visitors sent and were told, against what the
 * database holds and what their streams showed. Every scenario asserts its zeros.
 */
import { type StoredMessage, type Truth, extraReplies, unanswered } from './fixtures.js';
import type { Visitor } from './visitor.js';

export interface Counts {
  /** Distinct client ids the visitors tried to send. */
  sent: number;
  /** Client ids with at least one SendMessagePayload. */
  acknowledged: number;
  /** Visitor messages of those client ids in the database. */
  stored: number;
  /** Acknowledged client ids whose message a subscriber's stream delivered (once per subscriber). */
  received: number;
  /** Acknowledged but not in the database. */
  lost: number;
  /** Client ids stored more than once, plus stream events delivered twice. */
  duplicated: number;
  /** Visible events in the database that a subscriber's stream never delivered (summed over subscribers). */
  gaps: number;
  /** Acknowledged visitor messages without an assistant reply after them. */
  unanswered: number;
  /** Assistant replies beyond one per visitor message. */
  extraReplies: number;
}

export interface LedgerResult {
  counts: Counts;
  /** Per visitor, for failure messages. */
  details: string[];
  messages: Map<string, StoredMessage[]>;
}

/**
 * `senders` made the attempts (one per conversation); `subscribers` are every stream that
 * followed one of their conversations (the senders themselves, or others on other instances).
 */
export async function ledger(
  senders: Visitor[],
  truth: Truth,
  subscribers: Visitor[] = senders,
): Promise<LedgerResult> {
  const counts: Counts = {
    sent: 0,
    acknowledged: 0,
    stored: 0,
    received: 0,
    lost: 0,
    duplicated: 0,
    gaps: 0,
    unanswered: 0,
    extraReplies: 0,
  };
  const details: string[] = [];
  const messages = new Map<string, StoredMessage[]>();
  for (const visitor of senders) {
    const sent = new Set(visitor.attempts.map((a) => a.clientId));
    const acked = new Set(visitor.attempts.filter((a) => a.outcome.kind === 'acked').map((a) => a.clientId));
    const stored = await truth.messages(visitor.conversationId);
    messages.set(visitor.conversationId, stored);
    const storedIds = stored.flatMap((m) => (m.authorKind === 'VISITOR' && m.clientId ? [m.clientId] : []));
    const storedCount = new Map<string, number>();
    for (const id of storedIds) storedCount.set(id, (storedCount.get(id) ?? 0) + 1);
    const lost = [...acked].filter((id) => !storedCount.has(id));
    const twice = [...storedCount.values()].filter((n) => n > 1).length;
    const noReply = unanswered(stored).filter((m) => m.clientId !== null && acked.has(m.clientId));

    counts.sent += sent.size;
    counts.acknowledged += acked.size;
    counts.stored += [...sent].filter((id) => storedCount.has(id)).length;
    counts.lost += lost.length;
    counts.duplicated += twice;
    counts.unanswered += noReply.length;
    counts.extraReplies += extraReplies(stored);
    if (lost.length || twice || noReply.length)
      details.push(
        `${visitor.name}: lost ${JSON.stringify(lost)}, stored twice ${twice}, unanswered ${noReply.length} ` +
          `(${stored.filter((m) => m.authorKind === 'ASSISTANT').length} replies to ` +
          `${stored.filter((m) => m.authorKind === 'VISITOR').length} visitor messages)`,
      );

    const visible = await truth.visibleSeqs(visitor.conversationId);
    for (const stream of subscribers.filter((s) => s.conversationId === visitor.conversationId)) {
      const streamed = new Set(
        stream.events.flatMap((e) =>
          e.message?.authorKind === 'VISITOR' && e.message.clientId ? [e.message.clientId] : [],
        ),
      );
      const delivered = new Set(stream.events.map((e) => e.seq));
      const gaps = visible.filter((seq) => !delivered.has(seq));
      counts.received += [...acked].filter((id) => streamed.has(id)).length;
      counts.duplicated += stream.repeated.length;
      counts.gaps += gaps.length;
      if (gaps.length || stream.repeated.length)
        details.push(
          `${stream.name}: gaps ${JSON.stringify(gaps)}, repeated ${JSON.stringify(stream.repeated.map((e) => e.seq))}; ` +
            `subscriptions on ${JSON.stringify(stream.subscribedOn)}, close codes ${JSON.stringify(stream.closeCodes)}`,
        );
    }
  }
  return { counts, details, messages };
}
