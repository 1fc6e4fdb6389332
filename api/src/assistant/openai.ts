/**
 * An OpenAI-compatible provider through the official `openai` SDK: the system prompt is the
 * workspace's instructions plus the retrieved passages; enabled custom actions are offered as a
 * tool the model can call; the reply streams token by token. Retries are Baton's own (see
 * assistant.ts), so the SDK's are off; every attempt has its own time limit, covering the
 * whole stream (the SDK's timeout stops at the response headers).
 */
import OpenAI, { APIConnectionError, APIError } from 'openai';
import {
  RetryableProviderError,
  type AssistantAnswer,
  type AssistantProvider,
  type AssistantRequest,
} from './provider.js';

const offerTool = 'offer_action';

export class OpenAIProvider implements AssistantProvider {
  readonly name = 'openai' as const;
  private readonly client: OpenAI;

  constructor(options: { apiKey: string; baseUrl?: string | undefined }) {
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0 });
  }

  async answer(request: AssistantRequest): Promise<AssistantAnswer> {
    const attempt = new AbortController();
    const timer = setTimeout(() => attempt.abort(new Error('timeout')), request.timeoutMs);
    const onAbort = () => attempt.abort(request.signal.reason);
    request.signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.stream(request, attempt.signal);
    } catch (error) {
      if (request.signal.aborted) throw error;
      throw toRetryable(error, attempt.signal.aborted);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    }
  }

  private async stream(request: AssistantRequest, signal: AbortSignal): Promise<AssistantAnswer> {
    const tools = offerTools(request);
    const system = systemPrompt(request);
    const stream = await this.client.chat.completions.create(
      {
        model: request.model,
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'system', content: system }, ...request.history],
        ...(tools.length && { tools }),
      },
      { signal },
    );
    let text = '';
    let toolName = '';
    let toolArgs = '';
    let usage: AssistantAnswer['usage'];
    for await (const chunk of stream) {
      if (chunk.usage)
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      const delta = chunk.choices[0]?.delta;
      if (delta?.content) {
        text += delta.content;
        request.onToken(delta.content);
      }
      for (const call of delta?.tool_calls ?? []) {
        toolName += call.function?.name ?? '';
        toolArgs += call.function?.arguments ?? '';
      }
    }
    let offerActionId: string | undefined;
    let offerTopic: string | undefined;
    if (toolName === offerTool) {
      try {
        const args = JSON.parse(toolArgs) as { action_id?: unknown; topic?: unknown };
        if (typeof args.action_id === 'string' && request.actions.some((a) => a.id === args.action_id)) {
          offerActionId = args.action_id;
        }
        if (typeof args.topic === 'string' && request.topics.some((t) => t.key === args.topic)) offerTopic = args.topic;
      } catch {
        // An unreadable tool call falls back to the first action below.
      }
      offerActionId ??= request.actions[0]?.id;
    }
    if (!text.trim() && !offerActionId) throw new RetryableProviderError('The model returned an empty reply.');
    const cited = request.passages.filter((_, i) => text.includes(`[${i + 1}]`));
    return {
      text: text.trim(),
      cited: cited.length || offerActionId ? cited : request.passages.slice(0, 1),
      confidence: offerActionId ? 0 : Math.max(request.confidence, 0.5),
      ...(offerActionId && { offerActionId }),
      ...(offerActionId && offerTopic && { offerTopic }),
      ...(usage && { usage }),
    };
  }
}

/** The system prompt: the admin's instructions, the rules, the sensitive topics, the passages. */
function systemPrompt(request: AssistantRequest): string {
  const passages = request.passages
    .map((p, i) => `[${i + 1}] ${p.title}${p.sourceUrl ? ` (${p.sourceUrl})` : ''}\n${p.text}`)
    .join('\n\n');
  return [
    request.instructions.trim() || 'You are a friendly, concise customer-support assistant.',
    'Answer only from the numbered help-centre passages below and cite them like [1]. If they do not answer the question, or the visitor needs something only a person can do, call the offer_action tool instead of guessing.',
    request.topics.length
      ? `Never handle these topics yourself; when the visitor's message is about one of them, call offer_action with its topic key:\n${request.topics.map((t) => `- ${t.key}: ${t.description}`).join('\n')}`
      : '',
    passages ? `Passages:\n${passages}` : 'There are no relevant passages for this question.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The offer_action tool: the enabled actions (with their descriptions) and the topic keys. */
function offerTools(request: AssistantRequest): OpenAI.Chat.Completions.ChatCompletionTool[] {
  return request.actions.length
    ? [
        {
          type: 'function',
          function: {
            name: offerTool,
            description: `Offer the visitor one of these buttons:\n${request.actions.map((a) => `- ${a.id}: ${a.label} — ${a.description}`).join('\n')}`,
            parameters: {
              type: 'object',
              properties: {
                action_id: { type: 'string', enum: request.actions.map((a) => a.id) },
                reason: { type: 'string' },
                ...(request.topics.length && {
                  topic: {
                    type: 'string',
                    enum: request.topics.map((t) => t.key),
                    description: 'The sensitive topic, when that is why a person should take over.',
                  },
                }),
              },
              required: ['action_id'],
            },
          },
        },
      ]
    : [];
}

function toRetryable(error: unknown, timedOut: boolean): Error {
  if (error instanceof RetryableProviderError) return error;
  if (timedOut) return new RetryableProviderError('The model did not answer in time.');
  if (error instanceof APIError && error.status !== undefined) {
    if (error.status === 429 || error.status >= 500) {
      const after = Number(error.headers?.get?.('retry-after'));
      return new RetryableProviderError(
        `The model provider answered ${error.status}.`,
        Number.isFinite(after) ? after * 1000 : undefined,
      );
    }
    return error;
  }
  if (error instanceof APIConnectionError || error instanceof SyntaxError || error instanceof TypeError) {
    return new RetryableProviderError(`The model provider failed: ${error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
