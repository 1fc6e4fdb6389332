/**
 * A real `redis-server` a test starts itself (on a free port, nothing saved, its own --dir under a
 * tmp folder), so it can kill it (SIGKILL: a real outage, connections reset) and restart it on the
 * same port. Needs `redis-server` on the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  /** SIGKILL; resolves once the process has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers PING. */
  restart(): Promise<void>;
  /** Kills it (if running) and removes its folder. */
  stop(): Promise<void>;
  /** Sends one command over a fresh connection; resolves with the raw RESP reply (e.g. `+OK\r\n`). */
  command(...args: string[]): Promise<string>;
}

const startTimeoutMs = 10_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One command over a fresh connection (RESP array of bulk strings); the first reply line(s) as received. */
function send(port: number, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`redis ${args[0]}: no reply within ${timeoutMs} ms`));
    });
    socket.on('error', (error) => {
      socket.destroy();
      reject(error);
    });
    socket.on('connect', () => {
      const parts = args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`);
      socket.write(`*${args.length}\r\n${parts.join('')}`);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer);
      }
    });
  });
}

/** One PING over a fresh connection: true when the answer is +PONG. */
async function ping(port: number): Promise<boolean> {
  try {
    return (await send(port, ['PING'], 1000)).startsWith('+PONG');
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-redis-'));
  let child: ChildProcess | undefined;
  let port = 0;
  const children = new Set<ChildProcess>();
  const killAll = () => {
    for (const c of children) c.kill('SIGKILL');
  };
  process.once('exit', killAll);

  /** Spawns redis-server on `port`; resolves true once it answers PING, false if it exited first. */
  const launch = async (): Promise<boolean> => {
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      if (output.length < 8000) output += chunk.toString('utf8');
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      if (output.length < 8000) output += chunk.toString('utf8');
    });
    children.add(proc);
    proc.once('exit', () => children.delete(proc));
    let spawnError: Error | undefined;
    proc.once('error', (error) => {
      spawnError = error;
    });
    child = proc;
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (spawnError) throw new Error(`redis-server could not start: ${spawnError.message}`);
      if (proc.exitCode !== null || proc.signalCode !== null) {
        if (/address already in use/i.test(output)) return false;
        throw new Error(`redis-server exited on port ${port}: ${output.trim()}`);
      }
      if (await ping(port)) return true;
      await new Promise((resolve) => setTimeout(resolve, 25)); // polling for the port to answer, not a proof
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server on port ${port} did not answer PING within ${startTimeoutMs} ms: ${output.trim()}`);
  };

  // A free port can be taken between the probe and redis-server's bind: try a few.
  for (let attempt = 0; ; attempt += 1) {
    port = await freePort();
    if (await launch()) break;
    if (attempt >= 4) throw new Error('redis-server: no free port after 5 attempts');
  }

  const kill = async () => {
    const proc = child;
    if (!proc) return;
    proc.kill('SIGKILL');
    await exited(proc);
  };

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    restart: async () => {
      await kill();
      // The port was ours a moment ago; redis-server binds with SO_REUSEADDR, but retry briefly if needed.
      const deadline = Date.now() + startTimeoutMs;
      while (!(await launch())) {
        if (Date.now() > deadline) throw new Error(`redis-server could not bind port ${port} again`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: async () => {
      await kill();
      child = undefined;
      process.removeListener('exit', killAll);
      rmSync(dir, { recursive: true, force: true });
    },
    command: (...args: string[]) => send(port, args, 30_000),
  };
}
