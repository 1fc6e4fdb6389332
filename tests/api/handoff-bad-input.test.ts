/** Bad input and security cases of the handoff domain: typed errors, nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenService } from '../../api/src/auth/tokens.js';
import type { BatonServer } from '../../api/src/server.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import {
  connectWs,
  eventsBefore,
  expectPresent,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type WsConnection,
} from '../helpers/graphql.js';
import {
  CREATE_ACTION,
  createAction,
  INBOX,
  publicKeyOf,
  REPLY,
  returnAction,
  SEND,
  START_SESSION,
  startSession,
  STREAM,
  SUBMIT_ACTION,
  type VisitorSession,
} from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let otherOwner: SignedIn;
let actionId: string;
let otherActionId: string;
let visitor: VisitorSession;
let otherVisitor: VisitorSession;
const sockets: WsConnection[] = [];

function ws(params: Record<string, unknown>): WsConnection {
  const connection = connectWs(server.wsUrl, params);
  sockets.push(connection);
  return connection;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Tenant A');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Arno');
  otherOwner = await signUp(server.graphqlUrl, 'Tenant B');
  actionId = await createAction(server.graphqlUrl, owner.token);
  otherActionId = await createAction(server.graphqlUrl, otherOwner.token);
  visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
  otherVisitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, otherOwner.token));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

const READ = graphql(`
  query HandoffBadInputRead($id: ID!) {
    conversation(id: $id) {
      id
    }
    node(id: $id) {
      id
    }
  }
`);
const ALLOW_ORIGIN = graphql(`
  mutation HandoffBadInputAllowOrigin {
    updateWorkspace(input: { allowedOrigins: ["https://shop.example.com"] }) {
      __typename
    }
  }
`);
const HISTORY = graphql(`
  query HandoffBadInputHistory($id: ID!) {
    conversation(id: $id) {
      messages {
        edges {
          node {
            authorKind
            body
          }
        }
      }
    }
  }
`);
const IDENTIFY = graphql(`
  mutation HandoffBadInputIdentify($input: IdentifyVisitorInput!) {
    identifyVisitor(input: $input) {
      __typename
      ... on IdentifyVisitorPayload {
        name
        email
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);
const VISITOR_PROFILE = graphql(`
  query HandoffBadInputVisitor($id: ID!) {
    conversation(id: $id) {
      visitor {
        name
        email
        externalId
        attributes {
          key
          value
        }
      }
    }
  }
`);

const submit = (values: Array<{ key: string; value: string }>, id = actionId, session = visitor) =>
  gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: session.conversationId, actionId: id, values } },
    session.token,
  );

const valid = [
  { key: 'orderNumber', value: 'A-1' },
  { key: 'reason', value: 'Damaged' },
];

describe('submitting an action', () => {
  it.each([
    [
      'a missing required field',
      [{ key: 'reason', value: 'Damaged' }],
      'values.orderNumber',
      'Order number is required',
    ],
    [
      'a blank required field',
      [
        { key: 'orderNumber', value: '   ' },
        { key: 'reason', value: 'Damaged' },
      ],
      'values.orderNumber',
      'Order number is required',
    ],
    [
      'a wrong type (number)',
      [...valid, { key: 'quantity', value: 'three' }],
      'values.quantity',
      'Quantity must be a number',
    ],
    [
      'a wrong type (email)',
      [...valid, { key: 'email', value: 'not-an-email' }],
      'values.email',
      'Email must be an email address',
    ],
    [
      'an over-long value',
      [
        { key: 'orderNumber', value: 'A-1234567890123' },
        { key: 'reason', value: 'Damaged' },
      ],
      'values.orderNumber',
      'Order number must be at most 12 characters',
    ],
    [
      'an unknown option',
      [
        { key: 'orderNumber', value: 'A-1' },
        { key: 'reason', value: 'Bored' },
      ],
      'values.reason',
      'Return reason must be one of: Too small, Too big, Damaged',
    ],
    ['an unknown field', [...valid, { key: 'coupon', value: 'X' }], 'values.coupon', 'This action has no such field'],
  ])('rejects %s with a per-field error', async (_label, values, path, message) => {
    const res = await expectNoWrites(server, () => submit(values));
    expect(expectTypename(res.data.submitAction, 'ValidationError').fieldErrors).toEqual([{ path, message }]);
  });

  it('reports every invalid field at once', async () => {
    const res = await expectNoWrites(server, () =>
      submit([
        { key: 'reason', value: 'Bored' },
        { key: 'quantity', value: 'x' },
      ]),
    );
    expect(
      expectTypename(res.data.submitAction, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['values.orderNumber', 'values.quantity', 'values.reason']);
  });

  it("rejects an unknown, a disabled, and another workspace's action", async () => {
    const unknown = Buffer.from('CustomAction:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await expectNoWrites(server, () => submit(valid, unknown))).data.submitAction.__typename).toBe(
      'NotFoundError',
    );
    expect((await expectNoWrites(server, () => submit(valid, otherActionId))).data.submitAction.__typename).toBe(
      'NotFoundError',
    );
    const disabledId = await createAction(server.graphqlUrl, owner.token, {
      ...returnAction,
      label: 'Disabled',
      enabled: false,
    });
    const disabled = await expectNoWrites(server, () => submit(valid, disabledId));
    expect(disabled.data.submitAction).toMatchObject({
      __typename: 'NotFoundError',
      message: 'This action is not available.',
    });
    const garbage = await expectNoWrites(server, () => submit(valid, 'not-an-id'));
    expect(garbage.data.submitAction.__typename).toBe('ValidationError');
  });

  it('a second request while one is pending does not duplicate the handoff (its values reach the team as a message: tests/api/action-submissions.test.ts)', async () => {
    const session = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    const first = await submit(valid, actionId, session);
    expect(first.data.submitAction).toMatchObject({ alreadyRequested: false, conversation: { status: 'QUEUED' } });
    const second = await submit(valid, actionId, session);
    expect(second.data.submitAction).toMatchObject({
      __typename: 'HandoffPayload',
      alreadyRequested: true,
      conversation: { status: 'QUEUED' },
    });
  });
});

describe('visitor isolation', () => {
  it("a visitor token cannot read or write another visitor's conversation", async () => {
    const read = await gql(server.graphqlUrl, READ, { id: otherVisitor.conversationId }, visitor.token);
    expect(read.data).toEqual({ conversation: null, node: null });

    const sameWorkspace = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    for (const target of [otherVisitor, sameWorkspace]) {
      const send = await expectNoWrites(server, () =>
        gql(server.graphqlUrl, SEND, { input: { conversationId: target.conversationId, body: 'hi' } }, visitor.token),
      );
      expect(send.data.sendMessage.__typename).toBe('NotFoundError');
      const act = await expectNoWrites(server, () => submit(valid, actionId, { ...target, token: visitor.token }));
      expect(act.data.submitAction.__typename).toBe('NotFoundError');
    }
  });

  it("a subscription to another visitor's conversation is refused and delivers nothing", async () => {
    const sub = subscribe(ws({ authorization: `Bearer ${visitor.token}` }).client, STREAM, {
      id: otherVisitor.conversationId,
      after: 0,
    });
    await sub.done;
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toContain('Conversation not found');
    // The other visitor writes; still nothing arrives.
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: otherVisitor.conversationId, body: 'private' } },
      otherVisitor.token,
    );
    expect(sub.events).toEqual([]);
  });

  it("an agent of workspace A cannot subscribe to B's conversations, and A's inbox never hears of B", async () => {
    const sub = subscribe(ws({ authorization: `Bearer ${owner.token}` }).client, STREAM, {
      id: otherVisitor.conversationId,
    });
    await sub.done;
    expect(sub.events).toEqual([]);
    expect(sub.errors.length).toBeGreaterThan(0);

    const inboxA = subscribe(ws({ authorization: `Bearer ${owner.token}` }).client, INBOX);
    await untilLive(
      inboxA,
      () =>
        gql(
          server.graphqlUrl,
          SEND,
          { input: { conversationId: visitor.conversationId, body: 'ping' } },
          visitor.token,
        ),
      (e) => e.inboxEvents.conversation.id === visitor.conversationId,
    );
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: otherVisitor.conversationId, body: 'B only' } },
      otherVisitor.token,
    );
    await submit(
      [
        { key: 'orderNumber', value: 'B-1' },
        { key: 'reason', value: 'Damaged' },
      ],
      otherActionId,
      otherVisitor,
    );
    // A's own handoff, sent after B's events, is the sentinel: nothing of B's came before it.
    const session = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    const before = await eventsBefore(
      inboxA,
      () => submit(valid, actionId, session),
      (e) => e.inboxEvents.kind === 'HANDOFF_REQUESTED' && e.inboxEvents.conversation.id === session.conversationId,
    );
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((e) => e.inboxEvents.conversation.id !== otherVisitor.conversationId)).toBe(true);
  });

  it('subscriptions with a forged or expired token are refused at connection_init (4403)', async () => {
    const secret = await server.db.prisma.serverSetting.findUniqueOrThrow({ where: { key: 'token_secret' } });
    const claims = JSON.parse(Buffer.from(visitor.token.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      wid: string;
      sid: string;
    };
    const expired = await new TokenService(secret.value).signVisitor(claims, new Date(Date.now() - 1000));
    const forged = await new TokenService('f'.repeat(48)).signVisitor(claims, new Date(Date.now() + 60_000));
    for (const token of [expired, forged]) {
      const connection = ws({ authorization: `Bearer ${token}` });
      const sub = subscribe(connection.client, STREAM, { id: visitor.conversationId, after: 0 });
      expect(await connection.closed).toBe(4403);
      expect(sub.events).toEqual([]);
    }
  });
});

describe('messages', () => {
  it.each([
    ['empty', '', 'Write a message'],
    ['blank', '   \n ', 'Write a message'],
    ['oversized', 'x'.repeat(4001), 'Messages are limited to 4000 characters'],
  ])('rejects an %s body', async (_label, body, message) => {
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token),
    );
    expect(res.data.sendMessage).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.body', message }],
    });
  });

  it('a replayed client message id stores the message once', async () => {
    const input = { conversationId: visitor.conversationId, body: 'Is this thing on?', clientId: 'retry-1' };
    const first = await gql(server.graphqlUrl, SEND, { input }, visitor.token);
    await server.assistant.idle();
    const replays = await expectNoWrites(server, () =>
      Promise.all([1, 2, 3].map(() => gql(server.graphqlUrl, SEND, { input }, visitor.token))),
    );
    for (const replay of replays) {
      expect(replay.data.sendMessage).toMatchObject({
        duplicate: true,
        sentMessage: { id: expectTypename(first.data.sendMessage, 'SendMessagePayload').sentMessage.id },
      });
    }
  });

  it('concurrent sends with the same client id store one message', async () => {
    const input = { conversationId: visitor.conversationId, body: 'double click', clientId: 'race-1' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => gql(server.graphqlUrl, SEND, { input }, visitor.token)),
    );
    const sent = results.map((r) => expectTypename(r.data.sendMessage, 'SendMessagePayload'));
    expect(new Set(sent.map((s) => s.sentMessage.id)).size).toBe(1);
    expect(sent.filter((s) => !s.duplicate)).toHaveLength(1);
  });

  it('an agent cannot reply without owning the conversation; a visitor cannot post as an agent', async () => {
    const reply = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, REPLY, { input: { conversationId: visitor.conversationId, body: 'hello' } }, agent.token),
    );
    expect(reply.data.replyToConversation).toMatchObject({ __typename: 'OwnershipError' });
    const asVisitor = await expectNoWrites(server, () =>
      gql(
        server.graphqlUrl,
        REPLY,
        { input: { conversationId: visitor.conversationId, body: 'hello' } },
        visitor.token,
      ),
    );
    expect(asVisitor.data.replyToConversation.__typename).toBe('ForbiddenError');
  });
});

describe('widget sessions', () => {
  it('an unknown widget key, a disallowed origin and malformed metadata are refused', async () => {
    const unknown = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, START_SESSION, { input: { publicKey: 'pk_nope' } }),
    );
    expect(unknown.data.startWidgetSession).toMatchObject({
      __typename: 'NotFoundError',
      message: 'No workspace has this widget key.',
    });

    const bad = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, START_SESSION, {
        input: { publicKey: 'pk_x', metadata: { pageUrl: 'javascript:alert(1)', locale: 'x'.repeat(100) } },
      }),
    );
    expect(
      expectTypename(bad.data.startWidgetSession, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.metadata.locale', 'input.metadata.pageUrl']);

    const shop = await signUp(server.graphqlUrl, 'Origin Shop');
    await gql(server.graphqlUrl, ALLOW_ORIGIN, {}, shop.token);
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    const post = (origin: string) =>
      gql(server.graphqlUrl, START_SESSION, { input: { publicKey: key } }, { headers: { origin } });
    const denied = await expectNoWrites(server, () => post('https://evil.example.net'));
    expect(denied.data.startWidgetSession.__typename).toBe('ForbiddenError');
    expect((await post('https://shop.example.com')).data.startWidgetSession.__typename).toBe('WidgetSession');
  });

  it("a visitor token resumes the same conversation with its history; another workspace's token starts afresh", async () => {
    const key = await publicKeyOf(server.graphqlUrl, owner.token);
    const first = await startSession(server.graphqlUrl, key);
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: first.conversationId, body: 'remember me' } },
      first.token,
    );
    await server.assistant.idle();
    const again = await gql(server.graphqlUrl, START_SESSION, { input: { publicKey: key, visitorToken: first.token } });
    expect(again.data.startWidgetSession).toMatchObject({
      resumed: true,
      visitorId: first.visitorId,
      conversation: { id: first.conversationId },
    });
    const history = await gql(
      server.graphqlUrl,
      HISTORY,
      { id: first.conversationId },
      expectTypename(again.data.startWidgetSession, 'WidgetSession').token,
    );
    const messages = expectPresent(history.data.conversation, 'conversation').messages.edges.map((e) => e.node);
    expect(messages.map((m) => m.authorKind)).toEqual(['VISITOR', 'ASSISTANT']);
    expect(messages[0]?.body).toBe('remember me');
    const elsewhere = await gql(server.graphqlUrl, START_SESSION, {
      input: { publicKey: await publicKeyOf(server.graphqlUrl, otherOwner.token), visitorToken: first.token },
    });
    const fresh = expectTypename(elsewhere.data.startWidgetSession, 'WidgetSession');
    expect(fresh.resumed).toBe(false);
    expect(fresh.visitorId).not.toBe(first.visitorId);
  });
});

describe('custom action management', () => {
  it('agents cannot manage actions; invalid definitions get field errors', async () => {
    const byAgent = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, CREATE_ACTION, { input: returnAction }, agent.token),
    );
    expect(byAgent.data.createCustomAction.__typename).toBe('ForbiddenError');
    const invalid = await expectNoWrites(server, () =>
      gql(
        server.graphqlUrl,
        CREATE_ACTION,
        {
          input: {
            label: '',
            fields: [
              { key: 'a', label: 'A', type: 'SINGLE_CHOICE' },
              { key: 'A', label: 'Again', type: 'SHORT_TEXT', options: ['x'] },
              { key: '1bad', label: '', type: 'SHORT_TEXT', maxLength: 0 },
            ],
          },
        },
        owner.token,
      ),
    );
    expect(
      expectTypename(invalid.data.createCustomAction, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(
      [
        'input.fields.0.options',
        'input.fields.1.key',
        'input.fields.1.options',
        'input.fields.2.key',
        'input.fields.2.label',
        'input.fields.2.maxLength',
        'input.label',
      ].sort(),
    );
  });
});

describe('identifying visitors', () => {
  it('the widget can say who the visitor is; agents see it; bad values and other callers are refused', async () => {
    const key = await publicKeyOf(server.graphqlUrl, owner.token);
    const v = await startSession(server.graphqlUrl, key);
    const ok = await gql(
      server.graphqlUrl,
      IDENTIFY,
      {
        input: {
          name: 'Vera',
          email: 'Vera@Example.com',
          externalId: 'cust-42',
          attributes: [{ key: 'plan', value: 'gold' }],
        },
      },
      v.token,
    );
    expect(ok.data.identifyVisitor).toEqual({
      __typename: 'IdentifyVisitorPayload',
      name: 'Vera',
      email: 'vera@example.com',
    });
    await gql(server.graphqlUrl, IDENTIFY, { input: { attributes: [{ key: 'cart', value: '3 items' }] } }, v.token);
    const seen = await gql(server.graphqlUrl, VISITOR_PROFILE, { id: v.conversationId }, owner.token);
    expect(seen.data.conversation?.visitor).toEqual({
      name: 'Vera',
      email: 'vera@example.com',
      externalId: 'cust-42',
      attributes: [
        { key: 'cart', value: '3 items' },
        { key: 'plan', value: 'gold' },
      ],
    });

    // Claiming someone else's id without a signature is answered as any claim (no oracle of
    // customer ids) and takes nothing over (tests/api/security/visitor-id-oracle.test.ts).
    const other = await startSession(server.graphqlUrl, key);
    const taken = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, IDENTIFY, { input: { externalId: 'cust-42' } }, other.token),
    );
    expect(taken.data.identifyVisitor).toEqual({ __typename: 'IdentifyVisitorPayload', name: null, email: null });
    const still = await gql(server.graphqlUrl, VISITOR_PROFILE, { id: v.conversationId }, owner.token);
    expect(still.data.conversation?.visitor?.externalId).toBe('cust-42');
    const bad = await gql(
      server.graphqlUrl,
      IDENTIFY,
      { input: { email: 'nope', attributes: [{ key: 'bad key!', value: 'x' }] } },
      other.token,
    );
    expect(
      expectTypename(bad.data.identifyVisitor, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.attributes.0.key', 'input.email']);
    const byAgent = await gql(server.graphqlUrl, IDENTIFY, { input: { name: 'x' } }, owner.token);
    expect(byAgent.data.identifyVisitor.__typename).toBe('ForbiddenError');
  });
});
