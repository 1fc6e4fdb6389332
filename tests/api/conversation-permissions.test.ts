/**
 * `Conversation.viewerCan` comes from the same rules the ownership mutations enforce: what it
 * says an agent may do succeeds, what it refuses is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const VIEWER_CAN = graphql(`
  query ViewerCan($id: ID!) {
    conversation(id: $id) {
      status
      viewerCan {
        takeOver
        release
        reassign
        handBack
        resolve
        reply
      }
    }
  }
`);

const RELEASE = graphql(`
  mutation ReleaseForPermissions($id: ID!) {
    releaseConversation(conversationId: $id) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const ACTIONS = graphql(`
  query PermissionActions {
    customActions {
      id
    }
  }
`);

const ME_IS_ADMIN = graphql(`
  query MeIsAdmin {
    viewer {
      role
      isAdmin
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let colleague: SignedIn;
let publicKey: string;
let talkToHuman: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Permissions Ltd');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ben');
  colleague = await addMember(server.graphqlUrl, owner, 'AGENT', 'Cleo');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  talkToHuman = (await gql(server.graphqlUrl, ACTIONS, {}, owner.token)).data.customActions[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

async function queued(): Promise<{ id: string; visitorToken: string }> {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: 'Hello' } },
    visitor.token,
  );
  await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId: talkToHuman } },
    visitor.token,
  );
  return { id: visitor.conversationId, visitorToken: visitor.token };
}

async function can(token: string, id: string) {
  const conversation = (await gql(server.graphqlUrl, VIEWER_CAN, { id }, token)).data.conversation;
  if (!conversation) throw new Error('conversation not visible');
  return conversation.viewerCan;
}

describe('viewerCan', () => {
  it('a queued conversation: any agent may take it over, nobody may reply or release yet', async () => {
    const { id } = await queued();
    expect(await can(agent.token, id)).toEqual({
      takeOver: true,
      release: false,
      reassign: false,
      handBack: true,
      resolve: true,
      reply: false,
    });
    expect((await can(owner.token, id)).reassign).toBe(true);
  });

  it('once Ben owns it: Ben may reply and release, Cleo may not; the owner (admin) may release', async () => {
    const { id } = await queued();
    expectTypename((await gql(server.graphqlUrl, TAKE_OVER, { id }, agent.token)).data.takeOver, 'Conversation');
    expect(await can(agent.token, id)).toEqual({
      takeOver: false,
      release: true,
      reassign: false,
      handBack: true,
      resolve: true,
      reply: true,
    });
    const cleo = await can(colleague.token, id);
    expect(cleo).toEqual({
      takeOver: false,
      release: false,
      reassign: false,
      handBack: false,
      resolve: false,
      reply: false,
    });
    // What viewerCan refuses, the mutation refuses too.
    const refused = await gql(server.graphqlUrl, RELEASE, { id }, colleague.token);
    expect(refused.data.releaseConversation).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await can(owner.token, id)).toMatchObject({ release: true, reply: false, reassign: true });
  });

  it('a visitor may only write', async () => {
    const { id, visitorToken } = await queued();
    expect(await can(visitorToken, id)).toEqual({
      takeOver: false,
      release: false,
      reassign: false,
      handBack: false,
      resolve: false,
      reply: true,
    });
  });

  it('isAdmin follows the role', async () => {
    expect((await gql(server.graphqlUrl, ME_IS_ADMIN, {}, owner.token)).data.viewer).toEqual({
      role: 'OWNER',
      isAdmin: true,
    });
    expect((await gql(server.graphqlUrl, ME_IS_ADMIN, {}, agent.token)).data.viewer).toEqual({
      role: 'AGENT',
      isAdmin: false,
    });
  });
});
