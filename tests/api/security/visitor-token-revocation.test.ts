/**
 * Threat: a visitor token that outlives what it was granted for. The review found tokens living
 * 180 days, impossible to revoke, and still working from a site after it was removed from the
 * allowed origins. A token names a server-side widget session: it lives 30 days (renewed when the
 * widget resumes it), every request and socket checks the session and the page's Origin, and an
 * agent can end a visitor's sessions from the inbox — after which HTTP answers UNAUTHENTICATED,
 * sockets close with 4403, and the widget's next start is a fresh, anonymous visitor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { connectWs, expectTypename, gql, subscribe, untilLive, type WsConnection } from '../../helpers/graphql.js';
import {
  metadata,
  publicKeyOf,
  SEND,
  START_SESSION,
  startSession,
  STREAM,
  type VisitorSession,
} from '../../helpers/handoff.js';
import { visitorOf } from '../../helpers/identity.js';
import { startTestServer } from '../../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../../helpers/team.js';

const END_SESSIONS = graphql(`
  mutation TokenRevocationEnd($visitorId: ID!) {
    endVisitorSessions(visitorId: $visitorId) {
      __typename
      ... on EndVisitorSessionsPayload {
        endedSessions
        visitor {
          id
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);
const ALLOW_ORIGINS = graphql(`
  mutation TokenRevocationOrigins($origins: [String!]!) {
    updateWorkspace(input: { allowedOrigins: $origins }) {
      __typename
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let publicKey: string;
const sockets: WsConnection[] = [];

const say = (v: VisitorSession, body: string, origin?: string) =>
  gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: v.conversationId, body } },
    { token: v.token, headers: origin ? { origin } : {} },
  );

function expectUnauthenticated(res: { status: number; errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  expect(res.status).toBe(401);
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

function socketAs(v: VisitorSession, origin?: string): WsConnection {
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${v.token}` }, origin ? { origin } : {});
  sockets.push(socket);
  return socket;
}

/** Seconds from now until the token's `exp`. */
function lifetimeSeconds(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
  return payload.exp - Date.now() / 1000;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Tokens Ltd');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ada Agent');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

describe('lifetime', () => {
  it('a visitor token lives 30 days, and resuming renews it (a later expiry, stored by the widget)', async () => {
    const v = await startSession(server.graphqlUrl, publicKey);
    expect(lifetimeSeconds(v.token)).toBeLessThanOrEqual(30 * 86400);
    expect(lifetimeSeconds(v.token)).toBeGreaterThan(29 * 86400);
    const before = await server.db.prisma.visitorSession.findMany({ where: { visitorId: v.visitorId } });
    const resumed = await gql(server.graphqlUrl, START_SESSION, {
      input: { publicKey, visitorToken: v.token, metadata },
    });
    const session = expectTypename(resumed.data.startWidgetSession, 'WidgetSession');
    expect(session).toMatchObject({ resumed: true, visitorId: v.visitorId });
    const after = await server.db.prisma.visitorSession.findMany({ where: { visitorId: v.visitorId } });
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.expiresAt.getTime()).toBeGreaterThan(before[0]!.expiresAt.getTime());
  });
});

describe('an origin removed from the allowed list', () => {
  it('its tokens get UNAUTHENTICATED over HTTP and 4403 on a new socket', async () => {
    const shop = 'https://shop.example';
    const blog = 'https://blog.example';
    expectTypename(
      (await gql(server.graphqlUrl, ALLOW_ORIGINS, { origins: [shop, blog] }, owner.token)).data.updateWorkspace,
      'Workspace',
    );
    try {
      const started = await gql(
        server.graphqlUrl,
        START_SESSION,
        { input: { publicKey, metadata } },
        { headers: { origin: shop } },
      );
      const s = expectTypename(started.data.startWidgetSession, 'WidgetSession');
      const v = { token: s.token, conversationId: s.conversation.id, visitorId: s.visitorId };
      expectTypename((await say(v, 'from the shop', shop)).data.sendMessage, 'SendMessagePayload');

      await gql(server.graphqlUrl, ALLOW_ORIGINS, { origins: [blog] }, owner.token);
      expectUnauthenticated(await say(v, 'still from the shop', shop));
      expectUnauthenticated(await say(v, 'from no page at all'));
      expect(await socketAs(v, shop).closed).toBe(4403);
    } finally {
      await gql(server.graphqlUrl, ALLOW_ORIGINS, { origins: [] }, owner.token);
    }
  });
});

describe('ending a visitor’s sessions from the inbox', () => {
  it('an agent ends them: HTTP UNAUTHENTICATED, the open socket and new ones 4403, the widget starts afresh', async () => {
    const v = await startSession(server.graphqlUrl, publicKey);
    const socket = socketAs(v);
    const stream = subscribe(socket.client, STREAM, { id: v.conversationId, after: 0 });
    await untilLive(
      stream,
      () => say(v, 'ping'),
      (e) => e.conversationEvents.message?.body === 'ping',
    );

    const visitorId = (await visitorOf(server.graphqlUrl, agent.token, v.conversationId)).id;
    const res = await gql(server.graphqlUrl, END_SESSIONS, { visitorId }, agent.token);
    expect(expectTypename(res.data.endVisitorSessions, 'EndVisitorSessionsPayload')).toMatchObject({
      endedSessions: 1,
      visitor: { id: visitorId },
    });

    expect(await socket.closed).toBe(4403);
    await stream.done;
    expectUnauthenticated(await say(v, 'after the end'));
    expect(await socketAs(v).closed).toBe(4403);

    // What the widget does on UNAUTHENTICATED: start again with its stored token → a new visitor.
    const again = await gql(server.graphqlUrl, START_SESSION, {
      input: { publicKey, visitorToken: v.token, metadata },
    });
    const fresh = expectTypename(again.data.startWidgetSession, 'WidgetSession');
    expect(fresh.resumed).toBe(false);
    expect(fresh.visitorId).not.toBe(v.visitorId);
    expect(fresh.conversation.id).not.toBe(v.conversationId);
  });

  it('only agents of the visitor’s workspace can end them', async () => {
    const v = await startSession(server.graphqlUrl, publicKey);
    const visitorId = (await visitorOf(server.graphqlUrl, owner.token, v.conversationId)).id;
    const stranger = await signUp(server.graphqlUrl, 'Elsewhere');
    const foreign = await gql(server.graphqlUrl, END_SESSIONS, { visitorId }, stranger.token);
    expect(foreign.data.endVisitorSessions.__typename).toBe('NotFoundError');
    const byVisitor = await gql(server.graphqlUrl, END_SESSIONS, { visitorId }, v.token);
    expect(byVisitor.data.endVisitorSessions.__typename).toBe('ForbiddenError');
    const anonymous = await gql(server.graphqlUrl, END_SESSIONS, { visitorId });
    expect(anonymous.data.endVisitorSessions.__typename).toBe('AuthenticationError');
    expectTypename((await say(v, 'still here')).data.sendMessage, 'SendMessagePayload');
  });
});
