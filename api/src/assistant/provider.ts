/** The interface both assistant providers implement. */
import type { Passage } from '../domain/knowledge/knowledge.js';

export interface ActionOption {
  id: string;
  label: string;
  description: string;
}

export interface AssistantRequest {
  instructions: string;
  model: string;
  /** The conversation so far (visible messages), oldest first; the last one is the question. */
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
  question: string;
  passages: Passage[];
  /** Enabled custom actions the model may offer (the general one first). */
  actions: ActionOption[];
  /** Topics the assistant must hand off (key, and a description for a model). */
  topics: Array<{ key: string; description: string }>;
  /** How well the best passage answers the question (policy.answerConfidence). */
  confidence: number;
  /** Called with each piece of the reply as it is generated. */
  onToken(delta: string): void;
  signal: AbortSignal;
  /** Per-attempt time limit. */
  timeoutMs: number;
}

export interface AssistantAnswer {
  text: string;
  /** Passages the answer relied on. */
  cited: Passage[];
  /** 0..1: how well the knowledge base covers the question. */
  confidence: number;
  /** The model chose to offer this action instead of (or besides) answering. */
  offerActionId?: string;
  /** With offerActionId: the sensitive topic the model recognised (a key of `request.topics`). */
  offerTopic?: string;
  usage?: { promptTokens: number; completionTokens: number };
}

export interface AssistantProvider {
  readonly name: 'offline' | 'openai';
  answer(request: AssistantRequest): Promise<AssistantAnswer>;
}

/** A failure worth another attempt (rate limit, server error, timeout, unreadable output). */
export class RetryableProviderError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
