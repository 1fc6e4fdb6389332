/**
 * A load client for paced workloads, forked by the benchmarks and driven over IPC (one command
 * at a time): agents on the inbox's live feed and handoffs at a fixed rate (issue 13 d, f),
 * visitors at a fixed message rate waiting for the assistant's replies (e), closed-loop senders
 * (f). Raw `ws` speaking graphql-transport-ws; every request is sent from here, so send and
 * arrival times are read on one clock. Pacing uses timers (a load generator's schedule); the end of
 * a run is decided by counting arrivals, with a deadline only as a failure bound.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

type Command =
  | { op: 'agents'; wsUrls: string[]; tokens: string[]; query: string }
  | { op: 'visitors'; wsUrls: string[]; token: string; conversationIds: string[]; query: string }
  | { op: 'handoff'; url: string; token: string; actionId: string; conversationId: string; timeoutMs: number }
  | {
      op: 'handoffs';
      urls: string[];
      token: string;
      actionId: string;
      conversationIds: string[];
      perSecond: number;
      deadlineMs: number;
    }
  | {
      op: 'messages';
      urls: string[];
      token: string;
      conversationIds: string[];
      perSecond: number;
      count: number;
      questions: string[];
      deadlineMs: number;
    }
  | {
      op: 'senders';
      urls: string[];
      token: string;
      conversationIds: string[];
      durationMs: number;
    }
  | { op: 'close' };

interface Frame {
  type: string;
  id?: string;
  payload?: {
    data?: {
      inboxEvents?: { kind: string; conversation: { id: string } };
      conversationEvents?: { kind: string; message?: { authorKind: string } | null };
    };
    errors?: unknown[];
  };
}

const sockets: WebSocket[] = [];
let clientId = 0;
/** Handoffs: conversation id → send time; arrivals per agent socket counted into `latencies`. */
const handoffSent = new Map<string, number>();
let handoffLatencies: number[] = [];
let handoffArrivals = 0;
let onHandoffArrival: (() => void) | null = null;
/** Assistant replies: per conversation, send times of messages not answered yet (in order). */
const pendingReplies = new Map<string, number[]>();
let replyLatencies: number[] = [];
let onReply: (() => void) | null = null;
let lastReplyAt = 0;
let errors: string[] = [];

function openSocket(wsUrl: string, token: string, query: string, variables: object, onData: (f: Frame) => void) {
  return new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    sockets.push(socket);
    socket.on('error', reject);
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('close', (code) => {
      errors.push(`socket closed ${code}`);
      reject(new Error(`socket closed ${code}`));
    });
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Frame;
      if (frame.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        resolve();
      } else if (frame.type === 'next') {
        if (frame.payload?.errors) errors.push(JSON.stringify(frame.payload.errors).slice(0, 300));
        onData(frame);
      } else if (frame.type === 'error') {
        errors.push(JSON.stringify(frame).slice(0, 300));
        reject(new Error(JSON.stringify(frame)));
      }
    });
  });
}

async function post(url: string, token: string | undefined, query: string, variables: object): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

const SUBMIT = 'mutation($i: SubmitActionInput!) { submitAction(input: $i) { __typename } }';
const SEND = 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { __typename } }';

async function submit(url: string, token: string, actionId: string, conversationId: string): Promise<void> {
  const text = await post(url, token, SUBMIT, { i: { conversationId, actionId } });
  if (!text.includes('HandoffPayload')) throw new Error(`handoff refused: ${text.slice(0, 300)}`);
}

async function send(url: string, token: string, conversationId: string, body: string): Promise<void> {
  const text = await post(url, token, SEND, {
    i: { conversationId, body, clientId: `d-${process.pid}-${clientId++}` },
  });
  if (!text.includes('SendMessagePayload')) throw new Error(`message refused: ${text.slice(0, 300)}`);
}

async function agents(cmd: Extract<Command, { op: 'agents' }>): Promise<unknown> {
  const t0 = performance.now();
  await Promise.all(
    cmd.tokens.map((token, i) =>
      openSocket(cmd.wsUrls[i % cmd.wsUrls.length]!, token, cmd.query, {}, (frame) => {
        const event = frame.payload?.data?.inboxEvents;
        if (event?.kind !== 'HANDOFF_REQUESTED') return;
        const sent = handoffSent.get(event.conversation.id);
        if (sent === undefined) return;
        handoffLatencies.push(performance.now() - sent);
        handoffArrivals += 1;
        onHandoffArrival?.();
      }),
    ),
  );
  agentSockets += cmd.tokens.length;
  return { ms: performance.now() - t0 };
}

async function visitors(cmd: Extract<Command, { op: 'visitors' }>): Promise<unknown> {
  await Promise.all(
    cmd.conversationIds.map((id, i) =>
      openSocket(cmd.wsUrls[i % cmd.wsUrls.length]!, cmd.token, cmd.query, { id }, (frame) => {
        const event = frame.payload?.data?.conversationEvents;
        if (event?.kind !== 'MESSAGE_CREATED' || event.message?.authorKind !== 'ASSISTANT') return;
        const sent = pendingReplies.get(id)?.shift();
        if (sent === undefined) return;
        replyLatencies.push(performance.now() - sent);
        lastReplyAt = performance.now();
        onReply?.();
      }),
    ),
  );
  return { sockets: cmd.conversationIds.length };
}

/** Resolves when `done()` holds after an arrival, or after `deadlineMs` (then `ok` is false). */
function arrivals(set: (f: (() => void) | null) => void, done: () => boolean, deadlineMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (done()) return resolve(true);
    const timer = setTimeout(() => {
      set(null);
      resolve(false);
    }, deadlineMs);
    set(() => {
      if (!done()) return;
      clearTimeout(timer);
      set(null);
      resolve(true);
    });
  });
}

let agentSockets = 0;
const agentCount = () => agentSockets;

/** One handoff every agent must receive (the agents' feed is live): true when all did in time. */
async function oneHandoff(cmd: Extract<Command, { op: 'handoff' }>): Promise<unknown> {
  handoffLatencies = [];
  handoffArrivals = 0;
  const all = arrivals(
    (f) => (onHandoffArrival = f),
    () => handoffArrivals >= agentCount(),
    cmd.timeoutMs,
  );
  handoffSent.set(cmd.conversationId, performance.now());
  await submit(cmd.url, cmd.token, cmd.actionId, cmd.conversationId);
  return { ok: await all, received: handoffArrivals };
}

/** Paces `count` calls of `task(i)` at `perSecond`; returns their promises. */
async function paced(count: number, perSecond: number, task: (i: number) => Promise<void>): Promise<Promise<void>[]> {
  const started = performance.now();
  const tasks: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    tasks.push(task(i));
  }
  return tasks;
}

function summary(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : Number.NaN);
  return { n: s.length, p50: q(0.5), p99: q(0.99), max: s.length ? s[s.length - 1]! : Number.NaN };
}

async function handoffs(cmd: Extract<Command, { op: 'handoffs' }>): Promise<unknown> {
  handoffLatencies = [];
  handoffArrivals = 0;
  errors = [];
  const expected = cmd.conversationIds.length * agentCount();
  const all = arrivals(
    (f) => (onHandoffArrival = f),
    () => handoffArrivals >= expected,
    cmd.deadlineMs,
  );
  const mutation: number[] = [];
  const typename: number[] = [];
  const started = performance.now();
  const tasks = await paced(cmd.conversationIds.length, cmd.perSecond, async (i) => {
    const url = cmd.urls[i % cmd.urls.length]!;
    const id = cmd.conversationIds[i]!;
    const t0 = performance.now();
    handoffSent.set(id, t0);
    await submit(url, cmd.token, cmd.actionId, id);
    mutation.push(performance.now() - t0);
    const t1 = performance.now();
    await post(url, undefined, '{ __typename }', {});
    typename.push(performance.now() - t1);
  });
  const sendMs = performance.now() - started;
  await Promise.all(tasks);
  const ok = await all;
  return {
    ok,
    expected,
    received: handoffArrivals,
    sendMs,
    latency: summary(handoffLatencies),
    mutation: summary(mutation),
    typename: summary(typename),
    errors: errors.slice(0, 5),
  };
}

async function messages(cmd: Extract<Command, { op: 'messages' }>): Promise<unknown> {
  replyLatencies = [];
  errors = [];
  pendingReplies.clear();
  const all = arrivals(
    (f) => (onReply = f),
    () => replyLatencies.length >= cmd.count,
    cmd.deadlineMs,
  );
  const roundTrip: number[] = [];
  const started = performance.now();
  const tasks = await paced(cmd.count, cmd.perSecond, async (i) => {
    const id = cmd.conversationIds[i % cmd.conversationIds.length]!;
    const t0 = performance.now();
    const queue = pendingReplies.get(id) ?? [];
    pendingReplies.set(id, queue);
    queue.push(t0);
    await send(cmd.urls[i % cmd.urls.length]!, cmd.token, id, cmd.questions[i % cmd.questions.length]!);
    roundTrip.push(performance.now() - t0);
  });
  const sendMs = performance.now() - started;
  await Promise.all(tasks);
  const ok = await all;
  return {
    ok,
    expected: cmd.count,
    received: replyLatencies.length,
    sendMs,
    /** Replies per second from the first message to the last reply: what the server sustained. */
    repliesPerSecond: replyLatencies.length / ((lastReplyAt - started) / 1000),
    reply: summary(replyLatencies),
    send: summary(roundTrip),
    errors: errors.slice(0, 5),
  };
}

async function senders(cmd: Extract<Command, { op: 'senders' }>): Promise<unknown> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + cmd.durationMs;
  await Promise.all(
    cmd.conversationIds.map(async (id, i) => {
      const url = cmd.urls[i % cmd.urls.length]!;
      let n = 0;
      while (performance.now() < end) {
        const t0 = performance.now();
        await send(url, cmd.token, id, `Throughput message ${n++}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  return { messages: latencies.length, perSecond: latencies.length / (elapsed / 1000), latency: summary(latencies) };
}

process.on('message', (cmd: Command) => {
  void (async () => {
    try {
      let result: unknown = null;
      if (cmd.op === 'agents') result = await agents(cmd);
      else if (cmd.op === 'visitors') result = await visitors(cmd);
      else if (cmd.op === 'handoff') result = await oneHandoff(cmd);
      else if (cmd.op === 'handoffs') result = await handoffs(cmd);
      else if (cmd.op === 'messages') result = await messages(cmd);
      else if (cmd.op === 'senders') result = await senders(cmd);
      else {
        for (const s of sockets) {
          s.removeAllListeners('close');
          s.terminate();
        }
        process.send?.({ ok: true, result: null });
        process.exit(0);
      }
      process.send?.({ ok: true, result });
    } catch (error) {
      process.send?.({ ok: false, error: String(error) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
