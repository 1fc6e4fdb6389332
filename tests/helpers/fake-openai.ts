/**
 * A local HTTP server that speaks enough of the OpenAI Chat Completions protocol for the official
 * `openai` SDK: streaming (SSE `chat.completion.chunk`s, `stream_options.include_usage`, tool calls
 * streamed as argument fragments) and non-streaming replies, OpenAI-style errors, and failure
 * modes (hang, malformed stream). Point the app at it with OPENAI_BASE_URL = `fake.baseUrl`.
 *
 *   const fake = await startFakeOpenAI();
 *   fake.enqueue({ kind: 'error', status: 429, retryAfterSeconds: 0 }, { kind: 'text', text: 'Hi' });
 *   // ... exercise the app ...
 *   expect(fake.requests).toHaveLength(2);
 *   await fake.close();
 *
 * Every POST /v1/chat/completions is recorded in `requests` (also those rejected with 401 or 400);
 * only authorized requests with a JSON body consume a reply. Replies are taken from the queue in
 * FIFO order, then from the default. Uses node:http only.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePause {
  after: number;
  until: Promise<unknown>;
}

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
}

export type FakeReply =
  /**
   * `text` in chunks of `chunkSize` characters (default 4), one SSE chunk each; then a chunk with finish_reason 'stop'; then, when the request asked for
   * `stream_options.include_usage`, a chunk with `usage` and empty `choices`; then `data: [DONE]`.
   * With `pause`, the stream stops after `pause.after` chunks until `pause.until` settles (or the
   * client goes away): a reply that is certainly still streaming while the test acts.
   */
  | { kind: 'text'; text: string; chunkSize?: number; usage?: FakeUsage; pause?: FakePause }
  /**
   * Optional `text` chunks, then one tool call streamed as OpenAI does: a delta carrying the call's
   * index, id, type, name and the first fragment of its JSON arguments, then deltas with further
   * argument fragments (`chunkSize` characters each, default 4); finish_reason 'tool_calls'.
   */
  | {
      kind: 'tool';
      name: string;
      arguments: Record<string, unknown>;
      text?: string;
      chunkSize?: number;
      usage?: FakeUsage;
    }
  /** That HTTP status with an OpenAI-style JSON error body; `retry-after` and `retry-after-ms` headers when given. */
  | { kind: 'error'; status: 429 | 500 | 503; retryAfterSeconds?: number }
  /** Reads the request and never answers (until `close()`): exercises client timeouts. */
  | { kind: 'hang' }
  /** 200 with a body that is not valid JSON (an SSE stream when streaming), then ends. */
  | { kind: 'garbage' }
  /** A valid reply whose assistant content is empty, finish_reason 'stop'. */
  | { kind: 'empty' };

export interface RecordedRequest {
  /** The parsed JSON body (the raw text if it was not valid JSON); read it with `chatBody()`. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Date.now() when the request's body had been read. */
  at: number;
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:PORT/v1 — what to pass as OPENAI_BASE_URL / `baseURL`. */
  baseUrl: string;
  /** Every POST /v1/chat/completions, in order. */
  requests: RecordedRequest[];
  /** Replies are consumed in FIFO order, one per request. */
  enqueue(...replies: FakeReply[]): void;
  /** Used when the queue is empty (initially `{ kind: 'text', text: 'OK' }`). */
  setDefault(reply: FakeReply | ((req: RecordedRequest) => FakeReply)): void;
  /** Stops the server, ending hanging and in-progress responses. Idempotent. */
  close(): Promise<void>;
}

/** The parts of a Chat Completions request body the tests read. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages: Array<{ role: string; content: string | null }>;
  tools?: Array<{
    type: string;
    function: {
      name: string;
      description?: string;
      parameters: { properties: Record<string, { type?: string; description?: string; enum?: string[] }> };
    };
  }>;
}

/** A recorded request's body as a Chat Completions request; throws when it is not one. */
export function chatBody(request: RecordedRequest): ChatRequestBody {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { messages?: unknown }).messages)) {
    throw new Error(`Not a Chat Completions request: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body as ChatRequestBody;
}

const DEFAULT_CHUNK_SIZE = 4;
const ERROR_BODIES: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error', code: null },
  401: {
    message:
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    type: 'invalid_request_error',
    code: null,
  },
  404: { message: 'Invalid URL', type: 'invalid_request_error', code: null },
  429: {
    message: 'Rate limit reached for requests. Please try again later.',
    type: 'requests',
    code: 'rate_limit_exceeded',
  },
  500: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    code: 'server_error',
  },
  503: {
    message: 'The engine is currently overloaded, please try again later.',
    type: 'server_error',
    code: 'service_unavailable',
  },
};

function randomId(prefix: string): string {
  return prefix + randomBytes(12).toString('base64url');
}

function splitInto(text: string, size: number): string[] {
  const step = Math.max(1, Math.floor(size));
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += step) parts.push(text.slice(i, i + step));
  return parts;
}

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function sendError(
  res: ServerResponse,
  status: number,
  extraHeaders: Record<string, string> = {},
  message?: string,
): void {
  const base = ERROR_BODIES[status] ?? { message: `Error ${status}`, type: 'server_error', code: null };
  const body = JSON.stringify({ error: { ...base, message: message ?? base.message, param: null } });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-request-id': randomId('req_'),
    ...extraHeaders,
  });
  res.end(body);
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let defaultReply: FakeReply | ((req: RecordedRequest) => FakeReply) = { kind: 'text', text: 'OK' };
  const open = new Set<ServerResponse>();
  const shutdown = new AbortController();
  let closing: Promise<void> | undefined;

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, 500, {}, `fake-openai: ${String(err)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      req.resume();
      sendError(res, 404, {}, `Invalid URL (${req.method} ${path})`);
      return;
    }
    const raw = await readBody(req);
    let body: unknown = raw;
    let parsed = true;
    try {
      body = JSON.parse(raw);
    } catch {
      parsed = false;
    }
    const recorded: RecordedRequest = { body, headers: { ...req.headers }, at: Date.now() };
    requests.push(recorded);

    const auth = req.headers.authorization;
    if (typeof auth !== 'string' || !/^Bearer\s+\S/.test(auth)) {
      sendError(res, 401);
      return;
    }
    if (!parsed || typeof body !== 'object' || body === null) {
      sendError(res, 400);
      return;
    }
    const reply = queue.shift() ?? (typeof defaultReply === 'function' ? defaultReply(recorded) : defaultReply);
    await respond(recorded, reply, res);
  }

  async function respond(request: RecordedRequest, reply: FakeReply, res: ServerResponse): Promise<void> {
    const body = request.body as { model?: unknown; stream?: unknown; stream_options?: { include_usage?: unknown } };
    const model = typeof body.model === 'string' ? body.model : 'gpt-4o-mini';
    const stream = body.stream === true;
    const includeUsage = stream && body.stream_options?.include_usage === true;

    switch (reply.kind) {
      case 'error': {
        const headers: Record<string, string> = {};
        if (reply.retryAfterSeconds !== undefined) {
          headers['retry-after'] = String(reply.retryAfterSeconds);
          headers['retry-after-ms'] = String(Math.round(reply.retryAfterSeconds * 1000));
        }
        sendError(res, reply.status, headers);
        return;
      }
      case 'hang':
        // Headers are never sent; close() (or the client giving up) destroys the response.
        return;
      case 'garbage':
        if (stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'x-request-id': randomId('req_') });
          res.end('data: {not json\n\n');
        } else {
          res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': randomId('req_') });
          res.end('{not json');
        }
        return;
      case 'text':
      case 'empty':
      case 'tool':
        break;
    }

    const text = reply.kind === 'empty' ? '' : (reply.text ?? '');
    const tool =
      reply.kind === 'tool'
        ? { id: randomId('call_'), name: reply.name, args: JSON.stringify(reply.arguments) }
        : undefined;
    const chunkSize = (reply.kind !== 'empty' && reply.chunkSize) || DEFAULT_CHUNK_SIZE;
    const pause = reply.kind === 'text' ? reply.pause : undefined;
    const promptTokens = estimateTokens(JSON.stringify((request.body as { messages?: unknown }).messages ?? []));
    const completionTokens = estimateTokens(text) + (tool ? estimateTokens(tool.name + tool.args) : 0);
    const given = reply.kind === 'empty' ? undefined : reply.usage;
    const usage = {
      prompt_tokens: given?.prompt_tokens ?? promptTokens,
      completion_tokens: given?.completion_tokens ?? completionTokens,
      total_tokens: (given?.prompt_tokens ?? promptTokens) + (given?.completion_tokens ?? completionTokens),
    };
    const id = randomId('chatcmpl-');
    const created = Math.floor(Date.now() / 1000);
    const finishReason = tool ? 'tool_calls' : 'stop';

    if (!stream) {
      const message: Record<string, unknown> = {
        role: 'assistant',
        content: tool && !text ? null : text,
        refusal: null,
      };
      if (tool)
        message.tool_calls = [{ id: tool.id, type: 'function', function: { name: tool.name, arguments: tool.args } }];
      const json = JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
        usage,
        system_fingerprint: 'fp_fake',
      });
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
        'x-request-id': randomId('req_'),
      });
      res.end(json);
      return;
    }

    // Streaming: what each chunk's delta carries, in order.
    const deltas: Array<Record<string, unknown>> = splitInto(text, chunkSize).map((content) => ({ content }));
    if (tool) {
      const [first = '', ...rest] = splitInto(tool.args, chunkSize);
      deltas.push({
        tool_calls: [{ index: 0, id: tool.id, type: 'function', function: { name: tool.name, arguments: first } }],
      });
      for (const part of rest) deltas.push({ tool_calls: [{ index: 0, function: { arguments: part } }] });
    }
    if (deltas.length === 0) deltas.push({ content: '' });
    deltas[0] = { role: 'assistant', ...(tool && !text ? { content: null } : {}), ...deltas[0] };

    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        system_fingerprint: 'fp_fake',
        choices,
        ...(includeUsage ? { usage: null } : {}),
        ...extra,
      })}\n\n`;

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-request-id': randomId('req_'),
    });
    const events = [
      ...deltas.map((delta) => chunk([{ index: 0, delta, logprobs: null, finish_reason: null }])),
      chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]),
    ];
    if (includeUsage) events.push(chunk([], { usage }));
    events.push('data: [DONE]\n\n');

    for (const [i, event] of events.entries()) {
      if (res.destroyed || shutdown.signal.aborted) return;
      if (pause && i === pause.after) {
        const gone = new Promise<void>((resolve) => {
          res.once('close', resolve);
          shutdown.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        await Promise.race([pause.until, gone]);
        if (res.destroyed || shutdown.signal.aborted) return;
      }
      res.write(event);
    }
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(...replies) {
      queue.push(...replies);
    },
    setDefault(reply) {
      defaultReply = reply;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        shutdown.abort();
        for (const res of open) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
