/**
 * Handoff requests: a visitor pressing a custom action (or, later, the assistant deciding)
 * moves the conversation to the queue with a structured packet — trigger, captured values,
 * a short summary, cited documents — in one transaction, published after commit.
 */
import { z } from 'zod';
import type { VisitorViewer } from '../../auth/viewer.js';
import { NotFoundError } from '../errors.js';
import type { ActionSubmission, Citation } from '../../events/types.js';
import type { Conversation, HandoffRequest, Prisma } from '../../generated/prisma/client.js';
import type { HandoffTrigger } from '../../generated/prisma/enums.js';
import { topicName } from '../../assistant/topics.js';
import type { ServiceDeps } from '../deps.js';
import { allocateSeq, nextSlot, recordMessage, recordOwnershipChange, withOutbox } from '../conversations/log.js';
import { visibleConversation } from '../conversations/access.js';
import { checkActionValues, type CapturedValue, type CustomActionService } from '../actions/custom-actions.js';

export const submitActionInput = z.object({
  conversationId: z.string(),
  actionId: z.string(),
  values: z
    .array(z.object({ key: z.string().max(40), value: z.string().max(10_000, 'Value is too long') }))
    .max(50, 'Too many values')
    .default([]),
});

export interface HandoffResult {
  conversationId: string;
  /** The request queued, or the latest one (null when the team took the chat without one). */
  handoff: HandoffRequest | null;
  /** False when a handoff was already pending or accepted: the existing one is returned. */
  created: boolean;
}

export interface HandoffRequestInput {
  conversationId: string;
  trigger: HandoffTrigger;
  actionId?: string | null;
  actionLabel?: string | null;
  captured?: CapturedValue[];
  citedDocuments?: Citation[];
  /** With a SENSITIVE trigger: the topic key or name. */
  topic?: string | null;
  /** The visitor's form, recorded as their message with the handoff (same transaction). */
  submission?: ActionSubmission;
}

// No promise of when: the widget's status line says who is there and how long (domain/assignment/expected-wait.ts).
const connectingNotice = 'Connecting you with the team.';

function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

const triggerPhrase: Record<HandoffTrigger, string> = {
  BUTTON: 'Pressed',
  EXPLICIT_REQUEST: 'Asked for a person',
  LOW_CONFIDENCE: 'The assistant was not confident enough to answer',
  FRUSTRATION: 'The visitor seemed frustrated',
  SENSITIVE: 'A topic the assistant must not handle',
};

export class HandoffService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly actions: CustomActionService,
  ) {}

  /**
   * A visitor submits a custom action with its field values (validated here, guarantee 6). Every
   * submission with values is recorded in the transcript as the visitor's own structured message
   * (whatever the status, so the team sees it live); with the assistant (or resolved) it also
   * queues a handoff carrying the values, while the team already has the chat it is that message
   * alone. A bare press with nothing filled in records no message.
   */
  async submitAction(visitor: VisitorViewer, input: z.output<typeof submitActionInput>): Promise<HandoffResult> {
    const conversation = await visibleConversation(this.deps.prisma, visitor, input.conversationId);
    const action = await this.actions.find(visitor.workspaceId, input.actionId);
    if (!action.enabled) throw new NotFoundError('Custom action', 'This action is not available.');
    const captured = checkActionValues(action, input.values);
    const transcript = await this.transcript(conversation.id);
    const submission: ActionSubmission = {
      actionId: action.id,
      actionLabel: action.label,
      values: captured.map(({ key, label, value }) => ({ key, label, value })),
    };
    // A bare press (nothing filled in) says nothing beyond the handoff itself: no message.
    const filledIn = submission.values.some((v) => v.value);
    // Accepting a handoff the assistant offered keeps the reason it offered it for.
    const offered = transcript.findLast((m) => m.authorKind === 'ASSISTANT');
    const accepted = offered?.suggestionTrigger && offered.suggestedActionIds.includes(action.id) ? offered : null;
    const result = await this.request(
      {
        conversationId: conversation.id,
        trigger: accepted?.suggestionTrigger ?? 'BUTTON',
        topic: accepted?.suggestionTopic ?? null,
        actionId: action.id,
        actionLabel: action.label,
        captured,
        citedDocuments: citationsIn(transcript),
        ...(filledIn && { submission }),
      },
      { conversation, transcript },
    );
    // The team already has the chat: the submission is the visitor's message alone.
    if (!result.created && filledIn) await this.recordSubmission(conversation, submission);
    return result;
  }

  /** The submission as the visitor's message ("Request a return" + its values), in its own transaction. */
  private async recordSubmission(
    conversation: Pick<Conversation, 'id' | 'workspaceId'>,
    submission: ActionSubmission,
  ): Promise<void> {
    await withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
      const slot = await allocateSeq(tx, conversation.id, 1, { workspaceId: conversation.workspaceId });
      if (!slot) throw new NotFoundError('Conversation');
      await recordMessage(tx, outbox, conversation.id, slot, {
        authorKind: 'VISITOR',
        authorName: null,
        body: submissionText(submission),
        submission,
      });
    });
  }

  /** Every document the assistant cited in the conversation so far, once each. */
  async citationsSoFar(conversationId: string): Promise<Citation[]> {
    return citationsIn(await this.transcript(conversationId));
  }

  /** What a handoff reads of the conversation's visitor and assistant messages, oldest first (one query). */
  private transcript(conversationId: string): Promise<TranscriptLine[]> {
    return this.deps.prisma.message.findMany({
      where: { conversationId, authorKind: { in: ['VISITOR', 'ASSISTANT'] } },
      orderBy: { seq: 'asc' },
      select: transcriptSelect,
    });
  }

  /**
   * Queues the conversation for a human. A request while one is pending (or a human already
   * owns the conversation) returns the existing request instead of creating another. `known`:
   * what the caller already read (the conversation, its transcript), not read again here.
   */
  async request(
    input: HandoffRequestInput,
    known: { conversation?: Pick<Conversation, 'id' | 'workspaceId'>; transcript?: TranscriptLine[] } = {},
  ): Promise<HandoffResult> {
    const conversation =
      known.conversation ??
      (await this.deps.prisma.conversation.findUnique({
        where: { id: input.conversationId },
        select: { id: true, workspaceId: true },
      }));
    if (!conversation) throw new NotFoundError('Conversation');
    const summary = summarize(input, known.transcript ?? (await this.transcript(conversation.id)));
    const created = await withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
      const now = new Date();
      const first = await allocateSeq(
        tx,
        conversation.id,
        input.submission ? 3 : 2,
        { status: { in: ['ASSISTANT', 'RESOLVED'] } },
        {
          status: 'QUEUED',
          assigneeId: null,
          version: { increment: 1 },
          handoffRequestedAt: now,
          firstHumanReplyAt: null,
          responseTargetBreachedAt: null,
          resolvedAt: null,
        },
      );
      if (first === null) return null;
      const handoff = await tx.handoffRequest.create({
        data: {
          workspaceId: conversation.workspaceId,
          conversationId: conversation.id,
          trigger: input.trigger,
          actionId: input.actionId ?? null,
          capturedValues: (input.captured ?? []) as unknown as Prisma.InputJsonValue,
          summary,
          citedDocuments: (input.citedDocuments ?? []) as unknown as Prisma.InputJsonValue,
          topic: input.trigger === 'SENSITIVE' ? (input.topic ?? null) : null,
          createdAt: now,
        },
      });
      recordOwnershipChange(outbox, conversation.id, first.seq, {
        change: 'HANDOFF_REQUESTED',
        status: 'QUEUED',
        assigneeId: null,
        assigneeName: null,
      });
      let slot = nextSlot(first);
      if (input.submission) {
        await recordMessage(tx, outbox, conversation.id, slot, {
          authorKind: 'VISITOR',
          authorName: null,
          body: submissionText(input.submission),
          submission: input.submission,
          notLast: true,
        });
        slot = nextSlot(slot);
      }
      await recordMessage(tx, outbox, conversation.id, slot, {
        authorKind: 'SYSTEM',
        authorName: null,
        body: connectingNotice,
      });
      return handoff;
    });
    if (created) return { conversationId: conversation.id, handoff: created, created: true };
    const existing = await this.deps.prisma.handoffRequest.findFirst({
      where: { conversationId: conversation.id },
      orderBy: { createdAt: 'desc' },
    });
    return { conversationId: conversation.id, handoff: existing, created: false };
  }
}

/** The submission in words, for clients (and webhooks) that do not read `submission`. */
export function submissionText(submission: ActionSubmission): string {
  const lines = submission.values.filter((v) => v.value).map((v) => `${v.label}: ${v.value}`);
  return [submission.actionLabel, ...lines].join('\n').slice(0, 4000);
}

const transcriptSelect = {
  authorKind: true,
  internal: true,
  body: true,
  citations: true,
  suggestionTrigger: true,
  suggestionTopic: true,
  suggestedActionIds: true,
  submission: true,
} satisfies Prisma.MessageSelect;
type TranscriptLine = Prisma.MessageGetPayload<{ select: typeof transcriptSelect }>;

function citationsIn(transcript: readonly TranscriptLine[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const m of transcript) {
    if (m.authorKind !== 'ASSISTANT') continue;
    for (const c of m.citations as unknown as Citation[]) if (!seen.has(c.documentId)) seen.set(c.documentId, c);
  }
  return [...seen.values()];
}

/** A short, extractive summary for the inbox card: why, what was asked first, what last. */
function summarize(input: HandoffRequestInput, transcript: readonly TranscriptLine[]): string {
  // Earlier form submissions are in their own packets: the summary quotes what the visitor wrote.
  const messages = transcript.filter((m) => !m.internal && m.submission === null);
  const fromVisitor = messages.filter((m) => m.authorKind === 'VISITOR');
  const parts = [
    input.trigger === 'BUTTON' && input.actionLabel
      ? `Pressed ${quote(input.actionLabel, 60)}.`
      : input.trigger === 'SENSITIVE' && input.topic
        ? `Sensitive topic: ${topicName(input.topic)}.`
        : `${triggerPhrase[input.trigger]}.`,
  ];
  const first = fromVisitor[0];
  const last = fromVisitor[fromVisitor.length - 1];
  if (first) parts.push(`First asked: ${quote(first.body)}.`);
  if (last && last !== first) parts.push(`Latest: ${quote(last.body)}.`);
  if (!first) parts.push('No messages before the request.');
  for (const value of input.captured ?? []) parts.push(`${value.label}: ${quote(value.value, 80)}.`);
  parts.push(`${messages.length} message${messages.length === 1 ? '' : 's'} with the assistant so far.`);
  return parts.join(' ');
}
