/**
 * Assistant turns: the assistant's duty to answer a visitor message, recorded as a durable job
 * (jobs/job-queue.ts) in the transaction that stores the message. Any instance works the queue
 * (assistant/assistant.ts); turns of one conversation run in order; a turn whose instance died
 * is taken over by another once its lease expires, and its reply is stored at most once (the
 * reply's clientId is the turn's id).
 */
import { z } from 'zod';
import { enqueueJob, type Tx } from '../../jobs/job-queue.js';
import type { Outbox } from '../conversations/log.js';

export const assistantTurnQueue = 'assistant-turn';

/** workspaceId: the turn reads no conversation row for it (absent from turns queued by older versions). */
const turnPayload = z.object({ conversationId: z.string(), messageId: z.string(), workspaceId: z.string().optional() });
export type AssistantTurnPayload = z.infer<typeof turnPayload>;

/** The assistant answers a visitor's message while it owns the conversation. */
export function assistantAnswers(message: { authorKind: string; internal: boolean }, status: string): boolean {
  return message.authorKind === 'VISITOR' && !message.internal && status === 'ASSISTANT';
}

export async function enqueueAssistantTurn(tx: Tx, outbox: Outbox, turn: AssistantTurnPayload): Promise<void> {
  await enqueueJob(tx, { queue: assistantTurnQueue, key: turn.conversationId, payload: turn });
  outbox.facts.push({ type: 'job.enqueued', payload: { queue: assistantTurnQueue } });
}

export function parseAssistantTurn(payload: unknown): AssistantTurnPayload {
  return turnPayload.parse(payload);
}

/** The clientId of a turn's reply: a turn run twice (after a lease expired) stores one reply. */
export function turnReplyClientId(turnId: bigint): string {
  return `assistant-turn:${turnId}`;
}
