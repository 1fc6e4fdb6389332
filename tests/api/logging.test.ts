/**
 * The JSON log of a real Baton process (tests/helpers/baton-process.ts, its stdout captured):
 * one JSON object per line; each request's lines carry its request id (the client's
 * `X-Request-Id` when well-formed, echoed back; a generated one otherwise); GraphQL operations
 * are logged with name and type; passwords, tokens and message bodies never appear at info.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession } from '../helpers/handoff.js';
import { SIGN_UP, strongPassword, uniqueEmail } from '../helpers/team.js';

interface LogLine {
  level: string;
  time: string;
  msg: string;
  requestId?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  operation?: { name: string | null; type: string };
}

const messageBody = 'My card number is 4111 1111 1111 1111 and I need a refund';
let dataDir: string;
let baton: BatonProcess;
let token = '';
let visitorToken = '';

const lines = (): LogLine[] =>
  baton
    .stdout()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'baton-logging-'));
  baton = await startBatonProcess({ BATON_DATA_DIR: dataDir, BATON_LOG_LEVEL: 'info' }, { name: 'logging' });
  const signedUp = await gql(
    baton.graphqlUrl,
    SIGN_UP,
    { input: { workspaceName: 'Logs', name: 'Lena Logs', email: uniqueEmail('logs'), password: strongPassword } },
    { headers: { 'x-request-id': 'req-sign-up-1' } },
  );
  token = expectTypename(signedUp.data.signUp, 'AuthPayload').token;
  const visitor = await startSession(baton.graphqlUrl, await publicKeyOf(baton.graphqlUrl, token));
  visitorToken = visitor.token;
  const sent = await gql(
    baton.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: messageBody } },
    { token: visitor.token, headers: { 'x-request-id': 'req-send-1' } },
  );
  expectTypename(sent.data.sendMessage, 'SendMessagePayload');
}, 120_000);

afterAll(async () => {
  await baton?.kill9();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and replaces a malformed one with a generated id', async () => {
    const given = await fetch(`${baton.url}/health`, { headers: { 'x-request-id': 'lb-0a1b2c:77' } });
    expect(given.status).toBe(200);
    expect(given.headers.get('x-request-id')).toBe('lb-0a1b2c:77');
    for (const bad of ['has space', 'x'.repeat(129), '{"level":"fatal"}']) {
      const res = await fetch(`${baton.url}/health`, { headers: { 'x-request-id': bad } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const none = await fetch(`${baton.url}/ready`);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await none.json()).toMatchObject({ ready: true, migrations: 'applied' });
  });
});

describe('the JSON log', () => {
  it('stops cleanly on SIGTERM (which flushes everything it logged)', async () => {
    const exit = await baton.terminate();
    expect(exit.code, baton.describe()).toBe(0);
  });

  it('is one JSON object per line with level, time and message, from start to stop', () => {
    const all = lines();
    for (const line of all) {
      expect(typeof line.level).toBe('string');
      expect(new Date(line.time).toISOString()).toBe(line.time);
      expect(typeof line.msg).toBe('string');
    }
    expect(all.some((line) => line.msg.startsWith('Baton is running at http://127.0.0.1:'))).toBe(true);
    expect(all.map((line) => line.msg)).toContain('SIGTERM: shutting down (at most 10000 ms)…');
    expect(all.at(-1)?.msg).toBe('Baton stopped.');
  });

  it("carries the client's request id on the request's access line and its operation line", () => {
    const ofSignUp = lines().filter((line) => line.requestId === 'req-sign-up-1');
    expect(ofSignUp).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'graphql operation', operation: { name: 'SignUp', type: 'mutation' } }),
        expect.objectContaining({ msg: 'request', route: '/graphql', status: 200, level: 'info' }),
      ]),
    );
    const ofSend = lines().filter((line) => line.requestId === 'req-send-1');
    expect(ofSend.map((line) => line.operation?.name ?? line.msg)).toEqual(['Send', 'request']);
  });

  it('never contains the password, a token or the message body', () => {
    const out = baton.stdout() + baton.stderr();
    expect(out).not.toContain(strongPassword);
    expect(out).not.toContain(token);
    expect(out).not.toContain(visitorToken);
    expect(out).not.toContain('4111');
    expect(out).not.toContain('refund');
  });
});
