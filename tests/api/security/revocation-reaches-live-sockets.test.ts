/**
 * Threat: a session that ends (log-out, deactivation), a role that changes or an embedding origin
 * that is removed keeps streaming customer messages on WebSockets opened before. Each open
 * operation must end with a typed error and the socket close with 4403 — on the instance that
 * made the change and, through pub/sub, on every other one (PostgreSQL + Redis pass).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
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
import { addMember, signUp, type SignedIn } from '../../helpers/team.js';

const LOG_OUT = graphql(`
  mutation RevocationLogOut {
    logOut {
      __typename
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation RevocationDeactivate($id: ID!) {
    deactivateAgent(agentId: $id) {
      __typename
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation RevocationChangeRole($id: ID!, $role: AgentRole!) {
    changeAgentRole(agentId: $id, role: $role) {
      __typename
    }
  }
`);
const ALLOW_ORIGINS = graphql(`
  mutation RevocationAllowOrigins($origins: [String!]!) {
    updateWorkspace(input: { allowedOrigins: $origins }) {
      __typename
    }
  }
`);

interface Watched {
  socket: WsConnection;
  inbox: Subscription<InboxSubscription> | null;
  stream: Subscription<StreamSubscription>;
}

const sockets: WsConnection[] = [];
const send = (server: BatonServer, visitor: VisitorSession, body: string) =>
  gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
const sent = async (response: ReturnType<typeof send>) =>
  expectTypename((await response).data.sendMessage, 'SendMessagePayload');

/** An agent's socket with a live inbox subscription and the conversation's stream. */
async function watchAsAgent(server: BatonServer, agent: SignedIn, visitor: VisitorSession): Promise<Watched> {
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${agent.token}` });
  sockets.push(socket);
  const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });
  const inbox = subscribe(socket.client, INBOX);
  await untilLive(
    inbox,
    () => send(server, visitor, 'hello'),
    (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
  );
  await stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === 'hello'));
  return { socket, inbox, stream };
}

function codesOf(errors: unknown[]): unknown[] {
  const flat = errors.flatMap((e): unknown[] => (Array.isArray(e) ? (e as unknown[]) : [e]));
  return flat.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
}

let cards = 0;

/**
 * Every operation got the typed error and the socket closed 4403; a card number the visitor sends
 * afterwards (through `sendAs`) never reaches the ended subscriptions.
 */
async function expectEnded(watched: Watched, code: string, sendAs: (body: string) => Promise<unknown>) {
  expect(await watched.socket.closed).toBe(4403);
  for (const sub of [watched.stream, watched.inbox]) {
    if (!sub) continue;
    await sub.done;
    expect(codesOf(sub.errors)).toEqual([code]);
  }
  const card = `my card is 4242 4242 4242 ${String(++cards).padStart(4, '0')}`;
  await sendAs(card);
  const bodies = watched.stream.events.map((e) => e.conversationEvents.message?.body);
  expect(bodies).not.toContain(card);
}

function revocationSuite(name: string, servers: () => { writer: BatonServer; reader: BatonServer }) {
  describe(name, () => {
    let owner: SignedIn;
    let visitor: VisitorSession;

    beforeAll(async () => {
      const { writer } = servers();
      owner = await signUp(writer.graphqlUrl, 'Revocation');
      visitor = await startSession(writer.graphqlUrl, await publicKeyOf(writer.graphqlUrl, owner.token));
    });

    it('log-out ends the session’s open subscriptions (UNAUTHENTICATED, close 4403)', async () => {
      const { writer, reader } = servers();
      const ben = await addMember(writer.graphqlUrl, owner, 'AGENT', 'Ben');
      const watched = await watchAsAgent(reader, ben, visitor);
      expectTypename((await gql(writer.graphqlUrl, LOG_OUT, {}, ben.token)).data.logOut, 'LogOutPayload');
      await expectEnded(watched, 'UNAUTHENTICATED', (body) => sent(send(writer, visitor, body)));
    });

    it('deactivation ends every socket of the agent', async () => {
      const { writer, reader } = servers();
      const cleo = await addMember(writer.graphqlUrl, owner, 'AGENT', 'Cleo');
      const watched = await watchAsAgent(reader, cleo, visitor);
      const res = await gql(writer.graphqlUrl, DEACTIVATE, { id: cleo.agentId }, owner.token);
      expectTypename(res.data.deactivateAgent, 'Agent');
      await expectEnded(watched, 'UNAUTHENTICATED', (body) => sent(send(writer, visitor, body)));
    });

    it('a role change ends operations authorised for the old role (FORBIDDEN); the session reconnects', async () => {
      const { writer, reader } = servers();
      const dana = await addMember(writer.graphqlUrl, owner, 'ADMIN', 'Dana');
      const watched = await watchAsAgent(reader, dana, visitor);
      const res = await gql(writer.graphqlUrl, CHANGE_ROLE, { id: dana.agentId, role: 'AGENT' }, owner.token);
      expectTypename(res.data.changeAgentRole, 'Agent');
      await expectEnded(watched, 'FORBIDDEN', (body) => sent(send(writer, visitor, body)));
      // The session itself still works: a new socket subscribes under the new role.
      const again = await watchAsAgent(reader, dana, visitor);
      expect(again.inbox?.errors).toEqual([]);
    });

    it('removing the embedding origin ends the visitor’s sockets opened from it', async () => {
      const { writer, reader } = servers();
      const origin = 'https://shop.example';
      const guest = await startSession(writer.graphqlUrl, await publicKeyOf(writer.graphqlUrl, owner.token));
      const socket = connectWs(reader.wsUrl, { authorization: `Bearer ${guest.token}` }, { origin });
      sockets.push(socket);
      const stream = subscribe(socket.client, STREAM, { id: guest.conversationId, after: 0 });
      await untilLive(
        stream,
        () => send(writer, guest, 'ping'),
        (e) => e.conversationEvents.message?.body === 'ping',
      );
      const res = await gql(writer.graphqlUrl, ALLOW_ORIGINS, { origins: ['https://other.example'] }, owner.token);
      expectTypename(res.data.updateWorkspace, 'Workspace');
      const fromAllowedSite = { token: guest.token, headers: { origin: 'https://other.example' } };
      await expectEnded({ socket, inbox: null, stream }, 'UNAUTHENTICATED', (body) =>
        sent(gql(writer.graphqlUrl, SEND, { input: { conversationId: guest.conversationId, body } }, fromAllowedSite)),
      );
      await gql(writer.graphqlUrl, ALLOW_ORIGINS, { origins: [] }, owner.token);
    });
  });
}

describe('revocation on one instance', () => {
  let server: BatonServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await server?.close();
  });
  revocationSuite('one instance', () => ({ writer: server, reader: server }));
});

describe.runIf(Boolean(process.env.DATABASE_URL && process.env.REDIS_URL))('revocation across two instances', () => {
  let a: BatonServer;
  let b: BatonServer;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ DATABASE_URL: a.config.databaseUrl! });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  revocationSuite('change on A, sockets on B', () => ({ writer: a, reader: b }));
});
