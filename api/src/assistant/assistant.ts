/**
 * The assistant: reacts to visitor messages in conversations it owns. It is just another
 * author: it uses the services, and its messages are refused once it no longer owns the
 * conversation (a take-over while it streams stops the stream and nothing more is posted).
 *
 * Order of decisions for each visitor message:
 *   1. an explicit request for a person → start the handoff, or offer the action (settings);
 *   2. frustration (if enabled) → offer the action;
 *   3. otherwise answer from the knowledge base; below the confidence threshold (or when the
 *      model chooses to) offer the action instead.
 * Provider faults are retried with backoff within a time budget, then a friendly fallback
 * offers the action. Every AI response is metered.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import { OwnershipError } from '../errors.js';
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { Citation, StreamEvent } from '../events/types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { HandoffTrigger } from '../generated/prisma/enums.js';
import type { Services } from '../services/index.js';
import type { Passage } from '../services/knowledge.js';
import { OfflineProvider } from './offline.js';
import { OpenAIProvider } from './openai.js';
import { RetryableProviderError, type AssistantAnswer, type AssistantProvider } from './provider.js';
import { isExplicitHandoffRequest, readFrustration } from './signals.js';

export interface AssistantDeps {
  prisma: PrismaClient;
  config: Config;
  services: Services;
  events: DomainEvents;
  pubsub: BatonPubSub;
  log: (message: string) => void;
}

const offers: Record<HandoffTrigger, string> = {
  EXPLICIT_REQUEST: 'Of course — I can connect you with a person from our team.',
  FRUSTRATION: "I'm sorry this has been frustrating. A person from our team can take it from here.",
  LOW_CONFIDENCE: "I couldn't find a reliable answer to that in our help articles. A person from our team can help.",
  BUTTON: 'A person from our team can help with this.',
};
const fallback = "Sorry — I'm having trouble answering right now. A person from our team can help you instead.";

function citationOf(p: Passage): Citation {
  return { documentId: p.documentId, title: p.title, sourceUrl: p.sourceUrl };
}

function uniqueCitations(passages: Passage[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const p of passages) if (!seen.has(p.documentId)) seen.set(p.documentId, citationOf(p));
  return [...seen.values()];
}

export class Assistant {
  readonly provider: AssistantProvider;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly deps: AssistantDeps) {
    const { apiKey, baseUrl } = deps.config.openai;
    this.provider = apiKey ? new OpenAIProvider({ apiKey, baseUrl }) : new OfflineProvider();
  }

  /** Answers visitor messages one at a time per conversation, in order. */
  enqueue(conversationId: string, messageId: string): void {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => this.respond(conversationId, messageId))
      .catch((error: unknown) => this.deps.log(`assistant failed on ${conversationId}: ${String(error)}`))
      .finally(() => {
        if (this.queues.get(conversationId) === next) this.queues.delete(conversationId);
      });
    this.queues.set(conversationId, next);
  }

  /** Resolves once every queued reply is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  async respond(conversationId: string, messageId: string): Promise<void> {
    const { prisma, services } = this.deps;
    const conversation = await prisma.conversation.findUnique({ where: { id: conversationId } });
    if (!conversation || conversation.status !== 'ASSISTANT') return;
    const settings = await services.assistantSettings.get(conversation.workspaceId);
    const message = await prisma.message.findUnique({ where: { id: messageId } });
    if (!message) return;
    const history = await prisma.message.findMany({
      where: { conversationId, internal: false, authorKind: { in: ['VISITOR', 'ASSISTANT'] }, seq: { lte: message.seq } },
      orderBy: { seq: 'desc' },
      take: 12,
    });
    history.reverse();
    const actions = (await services.customActions.list(conversation.workspaceId, true)).filter(
      (a) => a.intent === 'ESCALATE_TO_HUMAN',
    );
    const escalation = actions[0] ?? null;

    const offer = async (trigger: HandoffTrigger, body = offers[trigger], cited: Citation[] = [], actionId = escalation?.id) => {
      await this.post(conversationId, {
        body: actionId ? body : `${body.split(' A person')[0]} Please leave your question here and our team will get back to you.`,
        citations: cited,
        suggestedActionIds: actionId ? [actionId] : [],
        suggestionTrigger: actionId ? trigger : null,
      });
    };

    // 1. "Can I talk to a person?"
    if (isExplicitHandoffRequest(message.body)) {
      if (settings.explicitRequestMode === 'START_HANDOFF' || !escalation) {
        await services.handoff.request({
          conversationId,
          trigger: 'EXPLICIT_REQUEST',
          actionId: null,
          citedDocuments: await services.handoff.citationsSoFar(conversationId),
        });
        return;
      }
      await offer('EXPLICIT_REQUEST');
      return;
    }

    // 2. Frustration.
    if (settings.frustrationDetection) {
      const earlier = history.filter((m) => m.authorKind === 'VISITOR' && m.id !== message.id).map((m) => m.body);
      if (readFrustration(message.body, earlier).frustrated) {
        await offer('FRUSTRATION');
        return;
      }
    }

    // 3. Answer from the knowledge base.
    const passages = await services.knowledge.search(conversation.workspaceId, message.body, 3);
    const answer = await this.generate(conversationId, message.seq, {
      instructions: settings.instructions,
      model: settings.model ?? this.deps.config.openai.model,
      history: history.map((m) => ({ role: m.authorKind === 'VISITOR' ? 'user' : 'assistant', content: m.body })),
      question: message.body,
      passages,
      actions: actions.map((a) => ({ id: a.id, label: a.label, description: a.description })),
    });
    if (answer === 'stopped') return;
    if (answer === 'failed') {
      await offer('LOW_CONFIDENCE', fallback);
      return;
    }
    await services.usage.record(conversation.workspaceId, answer.usage);
    const cited = uniqueCitations(answer.cited);
    if (answer.offerActionId) {
      await offer('LOW_CONFIDENCE', answer.text || offers.LOW_CONFIDENCE, cited, answer.offerActionId);
      return;
    }
    if (!answer.text || answer.confidence < settings.confidenceThreshold) {
      await offer('LOW_CONFIDENCE', offers.LOW_CONFIDENCE, []);
      return;
    }
    await this.post(conversationId, { body: answer.text, citations: cited });
  }

  /** Posts as the assistant; refused (and dropped) when it no longer owns the conversation. */
  private async post(conversationId: string, reply: Parameters<Services['conversations']['postAssistantMessage']>[1]) {
    try {
      await this.deps.services.conversations.postAssistantMessage(conversationId, reply);
    } catch (error) {
      if (!(error instanceof OwnershipError)) throw error;
    }
  }

  /**
   * Runs the provider with retries, streaming drafts to the conversation, and stops as soon as
   * the conversation's ownership changes (a take-over on any instance).
   */
  private async generate(
    conversationId: string,
    seq: number,
    request: Omit<Parameters<AssistantProvider['answer']>[0], 'onToken' | 'signal' | 'timeoutMs'>,
  ): Promise<AssistantAnswer | 'stopped' | 'failed'> {
    const { config } = this.deps;
    const stop = new AbortController();
    const watch = this.watchOwnership(conversationId, stop);
    const draftId = randomUUID();
    let streamed = false;
    const onToken = (delta: string) => {
      if (stop.signal.aborted || !delta) return;
      streamed = true;
      this.publishDraft(conversationId, seq, draftId, delta);
    };
    const deadline = Date.now() + config.assistant.budgetMs;
    try {
      for (let attempt = 0; ; attempt++) {
        const remaining = deadline - Date.now();
        try {
          return await this.provider.answer({
            ...request,
            onToken,
            signal: stop.signal,
            timeoutMs: Math.max(1, Math.min(config.assistant.attemptTimeoutMs, remaining)),
          });
        } catch (error) {
          if (stop.signal.aborted) return 'stopped';
          const retryable = error instanceof RetryableProviderError && !streamed;
          const wait = Math.min(
            (error instanceof RetryableProviderError && error.retryAfterMs) || 250 * 2 ** attempt,
            5000,
          );
          if (!retryable || attempt >= config.assistant.retries || Date.now() + wait >= deadline) {
            this.deps.log(`assistant provider gave up after ${attempt + 1} attempt(s): ${String(error)}`);
            return 'failed';
          }
          await new Promise((resolve) => setTimeout(resolve, wait));
          if (stop.signal.aborted) return 'stopped';
        }
      }
    } finally {
      stop.abort();
      await watch;
    }
  }

  private publishDraft(conversationId: string, seq: number, draftId: string, delta: string): void {
    const event: StreamEvent = {
      conversationId,
      seq,
      kind: 'ASSISTANT_DRAFT',
      internal: false,
      at: new Date().toISOString(),
      draft: { draftId, delta },
    };
    void this.deps.prisma.conversation
      .findUnique({ where: { id: conversationId }, select: { workspaceId: true } })
      .then((c) => c && this.deps.events.emit('conversation.event', { workspaceId: c.workspaceId, event }));
  }

  /** Aborts `stop` when the conversation's status changes (heard through pub/sub, so across instances). */
  private async watchOwnership(conversationId: string, stop: AbortController): Promise<void> {
    const iterator = this.deps.pubsub.pubsub.subscribe('conversation', conversationId)[Symbol.asyncIterator]();
    const ended = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      for (;;) {
        const next = await Promise.race([iterator.next(), ended.then(() => null)]);
        if (!next || next.done) return;
        const event = next.value;
        if ('kind' in event && event.kind === 'STATUS_CHANGED') {
          stop.abort(new Error('ownership changed'));
          return;
        }
      }
    } finally {
      await iterator.return?.();
    }
  }
}
