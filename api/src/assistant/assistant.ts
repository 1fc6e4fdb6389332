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
import { OwnershipError } from '../domain/errors.js';
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { LanguageModel } from '../language/model.js';
import type { Citation, StreamEvent } from '../events/types.js';
import type { HandoffTrigger } from '../generated/prisma/enums.js';
import type { Services } from '../domain/index.js';
import type { Passage } from '../domain/knowledge/knowledge.js';
import { OfflineProvider } from './offline.js';
import { OpenAIProvider } from './openai.js';
import { RetryableProviderError, type AssistantAnswer, type AssistantProvider } from './provider.js';
import { topicsFromInstructions } from './instructions.js';
import { addressesFollowUp, answerConfidence, chooseAction, isFollowUp, screen, type CustomTopic } from './policy.js';
import { builtInTopics, topicName } from './topics.js';

export interface AssistantDeps {
  config: Config;
  services: Services;
  events: DomainEvents;
  pubsub: BatonPubSub;
  language: LanguageModel;
  log: (message: string) => void;
}

const offers: Record<HandoffTrigger, string> = {
  EXPLICIT_REQUEST: 'Of course — I can connect you with a person from our team.',
  FRUSTRATION: "I'm sorry this has been frustrating. A person from our team can take it from here.",
  LOW_CONFIDENCE: "I couldn't find a reliable answer to that in our help articles. A person from our team can help.",
  BUTTON: 'A person from our team can help with this.',
  SENSITIVE: "That's something a person from our team should handle. A person from our team can help.",
};
/** How many earlier visitor / assistant messages the assistant reads. */
const historySize = 12;
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
    const { services } = this.deps;
    const turn = await services.messages.assistantTurn(conversationId, messageId, historySize);
    if (!turn) return;
    const { workspaceId, message, history } = turn;
    const settings = await services.assistantSettings.get(workspaceId);
    const actions = (await services.customActions.list(workspaceId, true))
      .filter((a) => a.intent === 'ESCALATE_TO_HUMAN')
      .map((a) => ({ id: a.id, label: a.label, description: a.description }));
    const topics: CustomTopic[] = [
      ...(await services.handoffTopics.list(workspaceId, true)).map((t) => ({ name: t.name, examples: t.examples })),
      ...topicsFromInstructions(settings.instructions).map((name) => ({ name, examples: [] })),
    ];
    const vectors = this.deps.language.vectors;
    const earlier = history.filter((m) => m.authorKind === 'VISITOR' && m.id !== message.id).map((m) => m.body);

    const offer = async (trigger: HandoffTrigger, options: { body?: string; cited?: Citation[]; actionId?: string; topic?: string } = {}) => {
      const topicText = options.topic ? ` ${topicName(options.topic)}` : '';
      const actionId = options.actionId ?? chooseAction(actions, `${message.body}${topicText}`, vectors);
      const body = options.body ?? offers[trigger];
      if (trigger === 'LOW_CONFIDENCE') await services.contentGaps.record(workspaceId, conversationId, message.id, message.body);
      await this.post(conversationId, {
        body: actionId ? body : `${body.split(' A person')[0]} Please leave your question here and our team will get back to you.`,
        citations: options.cited ?? [],
        suggestedActionIds: actionId ? [actionId] : [],
        suggestionTrigger: actionId ? trigger : null,
        suggestionTopic: actionId && trigger === 'SENSITIVE' ? (options.topic ?? null) : null,
      });
    };

    // 1. Explicit requests, sensitive topics, frustration: the same policy for every provider.
    const screening = screen({ message: message.body, earlier, settings, topics, vectors });
    if (screening?.trigger === 'EXPLICIT_REQUEST' && (settings.explicitRequestMode === 'START_HANDOFF' || actions.length === 0)) {
      await services.handoff.request({
        conversationId,
        trigger: 'EXPLICIT_REQUEST',
        actionId: null,
        citedDocuments: await services.handoff.citationsSoFar(conversationId),
      });
      return;
    }
    if (screening) {
      await offer(screening.trigger, { ...(screening.topic && { topic: screening.topic }) });
      return;
    }

    // 2. Answer from the knowledge base; a follow-up is read together with the message before it.
    let question = message.body;
    let passages = await services.knowledge.search(workspaceId, question, 3);
    let confidence = answerConfidence(passages[0], vectors !== null);
    const previous = earlier[earlier.length - 1];
    if (previous && isFollowUp(message.body)) {
      const together = `${previous} ${message.body}`;
      const withContext = await services.knowledge.search(workspaceId, together, 3);
      const contextConfidence = answerConfidence(withContext[0], vectors !== null);
      if (contextConfidence > confidence && withContext[0] && addressesFollowUp(message.body, withContext[0], vectors)) {
        passages = withContext;
        question = together;
        confidence = contextConfidence;
      }
    }
    const answer = await this.generate(workspaceId, conversationId, message.seq, {
      instructions: settings.instructions,
      model: settings.model ?? this.deps.config.openai.model,
      history: history.map((m) => ({ role: m.authorKind === 'VISITOR' ? 'user' : 'assistant', content: m.body })),
      question,
      passages,
      actions,
      topics: [
        ...builtInTopics.filter((t) => !settings.disabledTopics.includes(t.key)).map((t) => ({ key: t.key, description: `${t.name}: ${t.description}` })),
        ...topics.map((t) => ({ key: t.name, description: t.examples.length ? `${t.name} (e.g. ${t.examples.slice(0, 3).map((e) => `“${e}”`).join(', ')})` : t.name })),
      ],
      confidence,
    });
    if (answer === 'stopped') return;
    if (answer === 'failed') {
      await offer('LOW_CONFIDENCE', { body: fallback });
      return;
    }
    await services.usage.record(workspaceId, answer.usage);
    const cited = uniqueCitations(answer.cited);
    if (answer.offerActionId) {
      const trigger = answer.offerTopic ? 'SENSITIVE' : 'LOW_CONFIDENCE';
      await offer(trigger, {
        body: answer.text || offers[trigger],
        cited,
        actionId: answer.offerActionId,
        ...(answer.offerTopic && { topic: answer.offerTopic }),
      });
      return;
    }
    if (!answer.text || answer.confidence < settings.confidenceThreshold) {
      await offer('LOW_CONFIDENCE');
      return;
    }
    await this.post(conversationId, { body: answer.text, citations: cited });
  }

  /** Posts as the assistant; refused (and dropped) when it no longer owns the conversation. */
  private async post(conversationId: string, reply: Parameters<Services['messages']['postAssistantMessage']>[1]) {
    try {
      await this.deps.services.messages.postAssistantMessage(conversationId, reply);
    } catch (error) {
      if (!(error instanceof OwnershipError)) throw error;
    }
  }

  /**
   * Runs the provider with retries, streaming drafts to the conversation, and stops as soon as
   * the conversation's ownership changes (a take-over on any instance).
   */
  private async generate(
    workspaceId: string,
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
      this.publishDraft(workspaceId, conversationId, seq, draftId, delta);
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

  private publishDraft(workspaceId: string, conversationId: string, seq: number, draftId: string, delta: string): void {
    const event: StreamEvent = {
      conversationId,
      seq,
      kind: 'ASSISTANT_DRAFT',
      internal: false,
      at: new Date().toISOString(),
      draft: { draftId, delta },
    };
    this.deps.events.emit('conversation.activity', { workspaceId, event });
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
