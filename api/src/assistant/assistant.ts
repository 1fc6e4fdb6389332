/**
 * The assistant: reacts to visitor messages in conversations it owns. It is just another
 * author: it uses the services, and its messages are refused once it no longer owns the
 * conversation (a take-over while it streams stops the stream and nothing more is posted).
 *
 * Order of decisions for each visitor message:
 *   1. an explicit request for a person → start the handoff, or offer the action (settings);
 *   2. frustration (if enabled) → offer the action;
 *   3. past the workspace's AI spend cap (daily / monthly) → offer the action, no provider call;
 *   4. otherwise answer from the knowledge base; below the confidence threshold (or when the
 *      model chooses to) offer the action instead.
 * Provider faults are retried with backoff within a time budget, then a friendly fallback
 * offers the action. Every AI response is metered.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/database.js';
import { OwnershipError, ServiceUnavailableError } from '../domain/errors.js';
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { LanguageModel } from '../language/model.js';
import type { Citation, StreamEvent } from '../events/types.js';
import type { AssistantSettings } from '../generated/prisma/client.js';
import type { HandoffTrigger } from '../generated/prisma/enums.js';
import type { AssistantTurn } from '../domain/conversations/messages.js';
import type { Services } from '../domain/index.js';
import { assistantTurnQueue, parseAssistantTurn, turnReplyClientId } from '../domain/assistant/turns.js';
import { JobWorker } from '../jobs/job-queue.js';
import type { Passage } from '../domain/knowledge/knowledge.js';
import { OfflineProvider } from './offline.js';
import { OpenAIProvider } from './openai.js';
import { RetryableProviderError, type ActionOption, type AssistantAnswer, type AssistantProvider } from './provider.js';
import { topicsFromInstructions } from './instructions.js';
import { addressesFollowUp, answerConfidence, chooseAction, isFollowUp, screen, type CustomTopic } from './policy.js';
import { builtInTopics, topicName } from './topics.js';

export interface AssistantDeps {
  config: Config;
  /** For the durable turn queue (jobs/job-queue.ts). */
  prisma: PrismaClient;
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
/** Turns one instance works at the same time (of different conversations). */
const turnConcurrency = 16;
/** How many earlier visitor / assistant messages the assistant reads. */
const historySize = 12;
const fallback = "Sorry — I'm having trouble answering right now. A person from our team can help you instead.";
/** Past the spend cap: no AI answer, the handoff instead (the " A person…" tail is replaced when no action exists). */
const capReachedOffer = "I can't answer more questions automatically right now. A person from our team can help you.";

function citationOf(p: Passage): Citation {
  return { documentId: p.documentId, title: p.title, sourceUrl: p.sourceUrl };
}

function uniqueCitations(passages: Passage[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const p of passages) if (!seen.has(p.documentId)) seen.set(p.documentId, citationOf(p));
  return [...seen.values()];
}

/** One run of a turn: its reply's clientId (stored once), and the signal that stops it. */
export interface TurnRun {
  replyClientId: string | null;
  /** Another run of this turn may have stored its reply already (a lease expired, a crash). */
  rerun?: boolean;
  signal?: AbortSignal;
  /** The conversation's workspace, when the turn's job names it. */
  knownWorkspaceId?: string;
}

interface Turn extends AssistantTurn, TurnRun {
  conversationId: string;
  settings: AssistantSettings;
  actions: ActionOption[];
  topics: CustomTopic[];
  /** The visitor's earlier messages, oldest first. */
  earlier: string[];
  vectors: LanguageModel['vectors'];
}

interface OfferOptions {
  body?: string;
  cited?: Citation[];
  actionId?: string;
  topic?: string;
  /** Record a LOW_CONFIDENCE offer as a content gap (default); not when the cause is not the documents. */
  recordGap?: boolean;
}

/** The sensitive topics the provider is told about: the enabled built-in ones and the workspace's own. */
function providerTopics(disabled: string[], topics: CustomTopic[]): { key: string; description: string }[] {
  const examples = (t: CustomTopic) =>
    t.examples
      .slice(0, 3)
      .map((e) => `“${e}”`)
      .join(', ');
  return [
    ...builtInTopics
      .filter((t) => !disabled.includes(t.key))
      .map((t) => ({ key: t.key, description: `${t.name}: ${t.description}` })),
    ...topics.map((t) => ({
      key: t.name,
      description: t.examples.length ? `${t.name} (e.g. ${examples(t)})` : t.name,
    })),
  ];
}

export class Assistant {
  readonly provider: AssistantProvider;
  /** Visitor messages waiting for an answer, in the database, worked by every instance. */
  readonly turns: JobWorker;

  constructor(private readonly deps: AssistantDeps) {
    const { apiKey, baseUrl } = deps.config.openai;
    this.provider = apiKey ? new OpenAIProvider({ apiKey, baseUrl }) : new OfflineProvider();
    this.turns = new JobWorker({
      prisma: deps.prisma,
      queue: assistantTurnQueue,
      concurrency: turnConcurrency,
      leaseMs: deps.config.jobs.leaseMs,
      pollMs: deps.config.jobs.pollMs,
      log: deps.log,
      // A database outage does not use up a turn's attempts: it is answered once the database is back.
      isTransient: (error) => error instanceof ServiceUnavailableError,
      handler: (job, { signal }) => {
        const { conversationId, messageId, workspaceId } = parseAssistantTurn(job.payload);
        return this.respond(conversationId, messageId, {
          replyClientId: turnReplyClientId(job.id),
          ...(workspaceId !== undefined && { knownWorkspaceId: workspaceId }),
          rerun: job.attempt > 1,
          signal,
        });
      },
    });
  }

  /** Starts working the turn queue. */
  start(): void {
    this.turns.start();
  }

  /** Stops taking turns; running ones get `graceMs`, then their leases are released for another instance. */
  stop(graceMs: number): Promise<void> {
    return this.turns.stop(graceMs);
  }

  /** Resolves once no turn is waiting or running on any instance (tests). */
  idle(): Promise<void> {
    return this.turns.idle();
  }

  async respond(conversationId: string, messageId: string, run: TurnRun = { replyClientId: null }): Promise<void> {
    const { services } = this.deps;
    // A turn run again after its lease expired: its reply is already stored.
    if (
      run.replyClientId &&
      run.rerun !== false &&
      (await services.messages.existingByClientId(conversationId, run.replyClientId))
    )
      return;
    const turn = await this.readTurn(conversationId, messageId, run);
    if (!turn) return;
    const { settings, actions, message } = turn;
    if (turn.queued) return this.answerWhileQueued(turn);

    // 1. Explicit requests, sensitive topics, frustration: the same policy for every provider.
    const screening = screen({
      message: message.body,
      earlier: turn.earlier,
      settings,
      topics: turn.topics,
      vectors: turn.vectors,
    });
    if (
      screening?.trigger === 'EXPLICIT_REQUEST' &&
      (settings.explicitRequestMode === 'START_HANDOFF' || actions.length === 0)
    ) {
      await services.handoff.request({
        conversationId,
        trigger: 'EXPLICIT_REQUEST',
        actionId: null,
        citedDocuments: await services.handoff.citationsSoFar(conversationId),
      });
      return;
    }
    if (screening) {
      await this.offer(turn, screening.trigger, { ...(screening.topic && { topic: screening.topic }) });
      return;
    }

    // 2. Past the workspace's spend cap (domain/assistant/usage.ts) the provider is not called:
    //    the handoff is offered instead.
    if (await services.usage.capReached(turn.workspaceId, settings)) {
      await this.offer(turn, 'LOW_CONFIDENCE', { body: capReachedOffer, recordGap: false });
      return;
    }

    // 3. Answer from the knowledge base (the provider may still decline or offer an action).
    const { question, passages, confidence } = await this.retrieve(turn);
    const answer = await this.generate(turn, {
      instructions: settings.instructions,
      model: settings.model ?? this.deps.config.openai.model,
      history: turn.history.map((m) => ({ role: m.authorKind === 'VISITOR' ? 'user' : 'assistant', content: m.body })),
      question,
      passages,
      actions,
      topics: providerTopics(settings.disabledTopics, turn.topics),
      confidence,
    });
    if (answer !== 'stopped') await this.deliver(turn, answer);
  }

  /**
   * While the conversation waits for the team (the workspace allows it): a confident answer from
   * the documents, or nothing — no handoff offers (one is already on its way), no content gaps,
   * and nothing once a human owns the chat (the reply's UPDATE and the ownership watch stop it).
   */
  private async answerWhileQueued(turn: Turn): Promise<void> {
    const { services } = this.deps;
    if (await services.usage.capReached(turn.workspaceId, turn.settings)) return;
    const { question, passages, confidence } = await this.retrieve(turn);
    const answer = await this.generate(turn, {
      instructions: turn.settings.instructions,
      model: turn.settings.model ?? this.deps.config.openai.model,
      history: turn.history.map((m) => ({ role: m.authorKind === 'VISITOR' ? 'user' : 'assistant', content: m.body })),
      question,
      passages,
      actions: [],
      topics: providerTopics(turn.settings.disabledTopics, turn.topics),
      confidence,
    });
    if (answer === 'stopped' || answer === 'failed') return;
    await services.usage.record(turn.workspaceId, answer.usage);
    this.deps.events.emit('assistant.answered', { workspaceId: turn.workspaceId, provider: this.provider.name });
    if (!answer.text || answer.offerActionId || answer.confidence < turn.settings.confidenceThreshold) return;
    await this.post(turn, { body: answer.text, citations: uniqueCitations(answer.cited) });
  }

  /** Everything the assistant reads for one visitor message; null once it no longer owns the conversation. */
  private async readTurn(conversationId: string, messageId: string, run: TurnRun): Promise<Turn | null> {
    const { services } = this.deps;
    const turn = await services.messages.assistantTurn(conversationId, messageId, historySize, run.knownWorkspaceId);
    if (!turn) return null;
    const { workspaceId, message, history, queued } = turn;
    const settings = await services.assistantSettings.get(workspaceId);
    // Queued: only when the admin allows it (it may have been switched off since the message).
    if (queued && !settings.answerWhileQueued) return null;
    const actions = await services.customActions.escalations(workspaceId);
    const topics: CustomTopic[] = [
      ...(await services.handoffTopics.list(workspaceId, true)).map((t) => ({ name: t.name, examples: t.examples })),
      ...topicsFromInstructions(settings.instructions).map((name) => ({ name, examples: [] })),
    ];
    const earlier = history.filter((m) => m.authorKind === 'VISITOR' && m.id !== message.id).map((m) => m.body);
    return {
      conversationId,
      workspaceId,
      message,
      history,
      settings,
      actions,
      topics,
      earlier,
      queued,
      vectors: this.deps.language.vectors,
      ...run,
    };
  }

  /** The passages for the message; a follow-up is read together with the message before it. */
  private async retrieve(turn: Turn): Promise<{ question: string; passages: Passage[]; confidence: number }> {
    const { knowledge } = this.deps.services;
    const { message, workspaceId, vectors } = turn;
    const search = await knowledge.searcher(workspaceId);
    const best = {
      question: message.body,
      passages: search(message.body, 3),
      confidence: 0,
    };
    best.confidence = answerConfidence(best.passages[0], vectors !== null);
    const previous = turn.earlier[turn.earlier.length - 1];
    if (!previous || !isFollowUp(message.body)) return best;
    const together = `${previous} ${message.body}`;
    const withContext = search(together, 3);
    const contextConfidence = answerConfidence(withContext[0], vectors !== null);
    if (
      contextConfidence > best.confidence &&
      withContext[0] &&
      addressesFollowUp(message.body, withContext[0], vectors)
    ) {
      return { question: together, passages: withContext, confidence: contextConfidence };
    }
    return best;
  }

  /** Posts the provider's answer, or the handoff offer when it failed, declined or was not confident. */
  private async deliver(turn: Turn, answer: AssistantAnswer | 'failed'): Promise<void> {
    if (answer === 'failed') {
      await this.offer(turn, 'LOW_CONFIDENCE', { body: fallback });
      return;
    }
    await this.deps.services.usage.record(turn.workspaceId, answer.usage);
    this.deps.events.emit('assistant.answered', { workspaceId: turn.workspaceId, provider: this.provider.name });
    const cited = uniqueCitations(answer.cited);
    if (answer.offerActionId) {
      const trigger = answer.offerTopic ? 'SENSITIVE' : 'LOW_CONFIDENCE';
      await this.offer(turn, trigger, {
        body: answer.text || offers[trigger],
        cited,
        actionId: answer.offerActionId,
        ...(answer.offerTopic && { topic: answer.offerTopic }),
      });
      return;
    }
    if (!answer.text || answer.confidence < turn.settings.confidenceThreshold) {
      await this.offer(turn, 'LOW_CONFIDENCE');
      return;
    }
    await this.post(turn, { body: answer.text, citations: cited });
  }

  /** Offers a handoff: the action that fits the message best (or a leave-a-message reply without one). */
  private async offer(turn: Turn, trigger: HandoffTrigger, options: OfferOptions = {}): Promise<void> {
    const { message, conversationId, workspaceId } = turn;
    const topicText = options.topic ? ` ${topicName(options.topic)}` : '';
    const actionId = options.actionId ?? chooseAction(turn.actions, `${message.body}${topicText}`, turn.vectors);
    const body = options.body ?? offers[trigger];
    if (trigger === 'LOW_CONFIDENCE' && options.recordGap !== false) {
      await this.deps.services.contentGaps.record(workspaceId, conversationId, message.id, message.body);
    }
    await this.post(turn, {
      body: actionId
        ? body
        : `${body.split(' A person')[0]} Please leave your question here and our team will get back to you.`,
      citations: options.cited ?? [],
      suggestedActionIds: actionId ? [actionId] : [],
      suggestionTrigger: actionId ? trigger : null,
      suggestionTopic: actionId && trigger === 'SENSITIVE' ? (options.topic ?? null) : null,
    });
  }

  /** Posts as the assistant; refused (and dropped) when it no longer owns the conversation. */
  private async post(turn: Turn, reply: Parameters<Services['messages']['postAssistantMessage']>[1]) {
    try {
      await this.deps.services.messages.postAssistantMessage(
        turn.conversationId,
        reply,
        turn.replyClientId,
        turn.workspaceId,
        turn.queued,
      );
    } catch (error) {
      if (!(error instanceof OwnershipError)) throw error;
    }
  }

  /**
   * Runs the provider with retries, streaming drafts to the conversation, and stops as soon as
   * the conversation's ownership changes (a take-over on any instance).
   */
  private async generate(
    turn: Turn,
    request: Omit<Parameters<AssistantProvider['answer']>[0], 'onToken' | 'signal' | 'timeoutMs'>,
  ): Promise<AssistantAnswer | 'stopped' | 'failed'> {
    const { config } = this.deps;
    const { workspaceId, conversationId } = turn;
    const seq = turn.message.seq;
    const stop = new AbortController();
    // The worker stops the turn too (shutting down, or its lease was lost).
    turn.signal?.addEventListener('abort', () => stop.abort(turn.signal?.reason), { once: true });
    if (turn.signal?.aborted) stop.abort(turn.signal.reason);
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
          const final = !retryable || attempt >= config.assistant.retries || Date.now() + wait >= deadline;
          this.deps.events.emit('assistant.provider_failed', { workspaceId, provider: this.provider.name, final });
          if (final) {
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
    const ended = new Promise<void>((resolve) =>
      stop.signal.addEventListener('abort', () => resolve(), { once: true }),
    );
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
