/**
 * A load client, forked by bench/load/run.ts and driven over IPC. Raw `ws` speaking
 * graphql-transport-ws (for Baton) or the baseline's tiny protocol (plain-ws-server.ts): cheaper
 * than graphql-ws's client, so the client is less likely to be the limit (its CPU is reported).
 * Triggers are sent from here, so trigger and arrival times are deltas of one clock in one process.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

type Command =
  | {
      op: 'open';
      protocol: 'baton' | 'plain';
      wsUrl: string;
      token?: string;
      /** Socket i subscribes to conversationIds[i % length]. */
      conversationIds: string[];
      query?: string;
      n: number;
    }
  | {
      op: 'trigger';
      protocol: 'baton' | 'plain';
      url: string;
      token?: string;
      conversationId: string;
      payload?: string;
      body?: string;
      timeoutMs: number;
    }
  | { op: 'close' };

const sockets: WebSocket[] = [];
/** Per socket, the time of the first frame since the last trigger started (NaN: none yet). */
let arrivals: number[] = [];
let lastFrameBytes = 0;
let waiting: (() => void) | null = null;
let pending = 0;
let clientId = 0;

function reply(message: unknown): void {
  process.send?.(message);
}

function openOne(cmd: Extract<Command, { op: 'open' }>, conversationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const index = sockets.length;
    const socket = new WebSocket(cmd.wsUrl, cmd.protocol === 'baton' ? 'graphql-transport-ws' : undefined);
    sockets.push(socket);
    arrivals.push(Number.NaN);
    socket.on('error', reject);
    socket.on('open', () => {
      if (cmd.protocol === 'baton') {
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${cmd.token}` } }));
      } else {
        socket.send(JSON.stringify({ type: 'subscribe', id: '1', conversation: conversationId }));
      }
    });
    socket.on('close', (code, reason) => reject(new Error(`socket closed ${code} ${String(reason)}`)));
    socket.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('{"type":"connection_ack"')) {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: cmd.query, variables: { id: conversationId } },
          }),
        );
        // graphql-transport-ws has no subscribe acknowledgement: set-up is confirmed by a
        // sentinel event that every socket must receive, or by the server's count of live
        // streams (fanout.ts).
        resolve();
        return;
      }
      if (text.startsWith('{"type":"ack"')) {
        resolve();
        return;
      }
      if (text.includes('"type":"error"')) {
        reject(new Error(text));
        return;
      }
      if (process.env.BENCH_DEBUG) console.error(text.slice(0, 300));
      if (Number.isNaN(arrivals[index]!)) {
        arrivals[index] = performance.now();
        lastFrameBytes = data.length;
        pending -= 1;
        if (pending === 0) waiting?.();
      }
    });
  });
}

async function open(cmd: Extract<Command, { op: 'open' }>): Promise<unknown> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const batch = 200;
  for (let i = 0; i < cmd.n; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, cmd.n - i) }, (_, j) =>
        openOne(cmd, cmd.conversationIds[(i + j) % cmd.conversationIds.length]!),
      ),
    );
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, sockets: sockets.length, clientCpuMs: (used.user + used.system) / 1000 };
}

async function trigger(cmd: Extract<Command, { op: 'trigger' }>): Promise<unknown> {
  arrivals = arrivals.map(() => Number.NaN);
  pending = sockets.length;
  const all = new Promise<void>((resolve) => (waiting = resolve));
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let answeredMs = Number.NaN;
  const request =
    cmd.protocol === 'baton'
      ? fetch(cmd.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${cmd.token}` },
          body: JSON.stringify({
            query: 'mutation($i: ReplyInput!) { replyToConversation(input: $i) { __typename } }',
            variables: {
              i: { conversationId: cmd.conversationId, body: cmd.body, clientId: `load-${process.pid}-${clientId++}` },
            },
          }),
        })
      : fetch(`${cmd.url}/trigger`, {
          method: 'POST',
          body: JSON.stringify({ conversation: cmd.conversationId, payload: cmd.payload }),
        });
  const answered = request.then(async (res) => {
    const text = await res.text();
    answeredMs = performance.now() - t0;
    if (!res.ok || text.includes('"errors"') || (cmd.protocol === 'baton' && !text.includes('SendMessagePayload')))
      throw new Error(`trigger failed: ${text}`);
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), cmd.timeoutMs)));
  const outcome = await Promise.race([Promise.all([all, answered]).then(() => 'ok' as const), timedOut]);
  clearTimeout(timer);
  waiting = null;
  const used = process.cpuUsage(cpu);
  const got = arrivals.filter((t) => !Number.isNaN(t)).map((t) => t - t0);
  return {
    ok: outcome === 'ok',
    received: got.length,
    sockets: sockets.length,
    mutationMs: answeredMs,
    firstMs: got.length ? Math.min(...got) : Number.NaN,
    lastMs: got.length ? Math.max(...got) : Number.NaN,
    frameBytes: lastFrameBytes,
    clientCpuMs: (used.user + used.system) / 1000,
  };
}

process.on('message', (cmd: Command) => {
  void (async () => {
    try {
      if (cmd.op === 'open') reply({ ok: true, result: await open(cmd) });
      else if (cmd.op === 'trigger') reply({ ok: true, result: await trigger(cmd) });
      else {
        for (const s of sockets) {
          s.removeAllListeners('close');
          s.terminate();
        }
        reply({ ok: true, result: null });
        process.exit(0);
      }
    } catch (error) {
      reply({ ok: false, error: String(error) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
