/**
 * A real Baton instance as a child process (`node --import tsx api/src/main.ts`, or other `nodeArgs`), for the fault
 * tests: it can be killed with SIGKILL, sent SIGTERM, and its exit code, signal and output are
 * kept. The URL is read from the "Baton is running at <url>" line it prints once it listens.
 *
 * The child gets the test's PATH and HOME but none of its Baton settings, NODE_ENV (vitest sets
 * `test`) or DATABASE_URL / REDIS_URL: only what `env` says, on top of PORT=0 and HOST=127.0.0.1,
 * so it runs with the same defaults an operator's instance has — except that it trusts the test
 * suite's documents (`BATON_EXTRA_TRUSTED_DOCUMENTS`, see tests/helpers/trusted-documents.ts),
 * which the tests send as visitors and without credentials.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { trustTestDocuments } from './trusted-documents.js';

/**
 * The checkout whose api/src/main.ts runs: this one, or BATON_FAULTS_CHECKOUT — another copy of
 * the repository with the same dependencies (e.g. the code before a fix, to watch a scenario fail).
 */
const checkout = process.env.BATON_FAULTS_CHECKOUT || fileURLToPath(new URL('../../', import.meta.url));

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BatonProcess {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  readonly graphqlUrl: string;
  readonly wsUrl: string;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Set once the process has exited. */
  exit(): ProcessExit | undefined;
  /** Resolves when the process exits (never rejects). */
  readonly exited: Promise<ProcessExit>;
  /** SIGKILL; resolves once the process is gone. */
  kill9(): Promise<ProcessExit>;
  /**
   * SIGTERM; resolves with the exit once the process is gone. Rejects after `timeoutMs` (then
   * kills it), naming its output, so a shutdown that hangs fails the test instead of holding it.
   */
  terminate(timeoutMs?: number): Promise<ProcessExit>;
  /** Output of the process, for failure messages. */
  describe(): string;
}

export interface StartOptions {
  /** A label in failure messages ("A", "B"). */
  name?: string;
  /** How long the process may take to print its URL. */
  startTimeoutMs?: number;
  /** Node's arguments (default: the TypeScript entry point through tsx; the compiled build: see production-build.test.ts). */
  nodeArgs?: string[];
}

/** Keeps the environment a process needs to run, drops every setting of the test's own. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SystemRoot'];
  const env: Record<string, string> = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

export async function startBatonProcess(
  env: Record<string, string>,
  { name = 'baton', startTimeoutMs = 60_000, nodeArgs = ['--import', 'tsx', 'api/src/main.ts'] }: StartOptions = {},
): Promise<BatonProcess> {
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: checkout,
    env: { ...baseEnv(), PORT: '0', HOST: '127.0.0.1', ...trustTestDocuments, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let exit: ProcessExit | undefined;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));

  const describe = () =>
    `[${name} pid ${child.pid ?? '?'}${exit ? ` exited code=${exit.code} signal=${exit.signal}` : ''}]\n` +
    `--- stdout ---\n${out.slice(-4000)}\n--- stderr ---\n${err.slice(-4000)}`;

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${startTimeoutMs} ms\n${describe()}`));
    }, startTimeoutMs);
    const onData = () => {
      const match = /Baton is running at (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it started\n${describe()}`));
    });
  });

  const pid = child.pid!;
  return {
    name,
    pid,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    stdout: () => out,
    stderr: () => err,
    exit: () => exit,
    exited,
    describe,
    kill9: async () => {
      if (!exit) child.kill('SIGKILL');
      return exited;
    },
    terminate: async (timeoutMs = 30_000) => {
      if (exit) return exit;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`${name} did not exit within ${timeoutMs} ms of SIGTERM\n${describe()}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
