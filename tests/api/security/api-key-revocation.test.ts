/**
 * Threat: a revoked API key (a leaked CRM credential) keeps streaming customer messages on a
 * WebSocket opened before. Revoking must end its open operations at once with a typed error
 * and close the socket with 4403 — on the instance that revoked it and, through pub/sub, on
 * every other one (PostgreSQL + Redis pass) — while its creator's own session carries on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import type { InboxSubscription, StreamSubscription } from '../../gql/graphql.js';
import {
  connectWs,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type Subscription,
  type WsConnection,
} from '../../helpers/graphql.js';
import { INBOX, publicKeyOf, SEND, startSession, STREAM, type VisitorSession } from '../../helpers/handoff.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';
import { createKey, REVOKE_KEY } from '../../helpers/api-keys.js';

const sockets: WsConnection[] = [];
const send = (server: BatonServer, visitor: VisitorSession, body: string) =>
  gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);

interface Watched {
  socket: WsConnection;
  inbox: Subscription<InboxSubscription>;
  stream: Subscription<StreamSubscription>;
}

async function watch(
  server: BatonServer,
  writer: BatonServer,
  token: string,
  visitor: VisitorSession,
): Promise<Watched> {
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${token}` });
  sockets.push(socket);
  const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });
  const inbox = subscribe(socket.client, INBOX);
  await untilLive(
    inbox,
    () => send(writer, visitor, 'hello'),
    (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
  );
  await stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === 'hello'));
  return { socket, inbox, stream };
}

function codesOf(errors: unknown[]): unknown[] {
  const flat = errors.flatMap((e): unknown[] => (Array.isArray(e) ? (e as unknown[]) : [e]));
  return flat.map((e) => (e as { extensions?: { code?: string; reason?: string } }).extensions);
}

function suite(name: string, servers: () => { writer: BatonServer; reader: BatonServer }) {
  describe(name, () => {
    let owner: SignedIn;
    let visitor: VisitorSession;

    beforeAll(async () => {
      const { writer } = servers();
      owner = await signUp(writer.graphqlUrl, 'Key revocation');
      visitor = await startSession(writer.graphqlUrl, await publicKeyOf(writer.graphqlUrl, owner.token));
    });

    it('revoking a key ends its open subscriptions (UNAUTHENTICATED, close 4403); the creator’s session carries on', async () => {
      const { writer, reader } = servers();
      const key = await createKey(writer.graphqlUrl, owner, ['CONVERSATIONS_READ']);
      const byKey = await watch(reader, writer, key.secret, visitor);
      const bySession = await watch(reader, writer, owner.token, visitor);
      const revoked = await gql(writer.graphqlUrl, REVOKE_KEY, { id: key.id }, owner.token);
      expectTypename(revoked.data.revokeApiKey, 'ApiKey');
      expect(await byKey.socket.closed).toBe(4403);
      for (const sub of [byKey.stream, byKey.inbox]) {
        await sub.done;
        expect(codesOf(sub.errors)).toEqual([{ code: 'UNAUTHENTICATED', reason: 'REVOKED' }]);
      }
      // A card number sent afterwards never reaches the ended subscriptions; the session's do get it.
      const card = 'my card is 4242 4242 4242 4242';
      await send(writer, visitor, card);
      await bySession.stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === card));
      expect(byKey.stream.events.map((e) => e.conversationEvents.message?.body)).not.toContain(card);
      expect(bySession.stream.errors).toEqual([]);
      // And the key cannot open a new socket.
      const again = connectWs(reader.wsUrl, { authorization: `Bearer ${key.secret}` });
      sockets.push(again);
      expect(await again.closed).toBe(4403);
    });

    it('other keys of the same member keep streaming', async () => {
      const { writer, reader } = servers();
      const doomed = await createKey(writer.graphqlUrl, owner, ['CONVERSATIONS_READ']);
      const kept = await createKey(writer.graphqlUrl, owner, ['CONVERSATIONS_READ']);
      const ended = await watch(reader, writer, doomed.secret, visitor);
      const live = await watch(reader, writer, kept.secret, visitor);
      await gql(writer.graphqlUrl, REVOKE_KEY, { id: doomed.id }, owner.token);
      expect(await ended.socket.closed).toBe(4403);
      await send(writer, visitor, 'still there?');
      await live.stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === 'still there?'));
      expect(live.stream.errors).toEqual([]);
    });
  });
}

describe('API key revocation on one instance', () => {
  let server: BatonServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await server?.close();
  });
  suite('one instance', () => ({ writer: server, reader: server }));
});

describe.runIf(Boolean(process.env.DATABASE_URL && process.env.REDIS_URL))(
  'API key revocation across two instances',
  () => {
    let a: BatonServer;
    let b: BatonServer;
    beforeAll(async () => {
      a = await startTestServer();
      b = await startTestServer({ DATABASE_URL: a.config.databaseUrl! });
    });
    afterAll(async () => {
      await Promise.all(sockets.map((s) => s.dispose()));
      await b?.close();
      await a?.close();
    });
    suite('revoked on A, sockets on B', () => ({ writer: a, reader: b }));
  },
);
