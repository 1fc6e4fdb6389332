/** Presence and auto-assignment fixtures, through the public API. */
import { graphql } from '../gql/index.js';
import { connectWs, expectTypename, gql, subscribe, type Subscription, type WsConnection } from './graphql.js';
import { SUBMIT_ACTION } from './handoff.js';

export const TEAM_PRESENCE = graphql(`
  subscription TestTeamPresence {
    teamPresence {
      presence
      agent {
        id
        name
        presence
      }
    }
  }
`);

export const SET_AWAY = graphql(`
  mutation TestSetAway($away: Boolean!) {
    setAway(away: $away) {
      __typename
      ... on Agent {
        id
        away
        presence
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const TEAM = graphql(`
  query TestTeamPresenceList {
    workspace {
      agents(first: 50) {
        edges {
          node {
            id
            name
            presence
          }
        }
      }
    }
  }
`);

export const UPDATE_AUTO_ASSIGNMENT = graphql(`
  mutation TestUpdateAutoAssignment($input: UpdateAutoAssignmentInput!) {
    updateAutoAssignment(input: $input) {
      __typename
      ... on Workspace {
        autoAssignment
        autoAssignCap
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const CONVERSATION_WAIT = graphql(`
  query TestConversationWait($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id
        status
        assignee {
          id
          name
          presence
        }
        expectedWait {
          availableAgents
          queuePosition
          estimateSeconds
        }
      }
    }
  }
`);

export const ESCALATION_ACTION = graphql(`
  query TestEscalationAction {
    customActions {
      id
    }
  }
`);

/** Presses the workspace's first action (an escalation) as the visitor: the conversation is QUEUED. */
export async function requestHandoff(graphqlUrl: string, visitorToken: string, conversationId: string): Promise<void> {
  const actionId = (await gql(graphqlUrl, ESCALATION_ACTION, {}, visitorToken)).data.customActions[0]!.id;
  const res = await gql(graphqlUrl, SUBMIT_ACTION, { input: { conversationId, actionId } }, visitorToken);
  expectTypename(res.data.submitAction, 'HandoffPayload');
}

export interface Watcher {
  socket: WsConnection;
  presence: Subscription<{ teamPresence: { presence: string; agent: { id: string; name: string } } }>;
  /** Waits until the last change heard for `agentId` is `presence`. */
  until(agentId: string, presence: 'ONLINE' | 'AWAY' | 'OFFLINE'): Promise<void>;
}

/** An inbox socket of `token` listening to the team's presence. */
export function watchPresence(wsUrl: string, token: string): Watcher {
  const socket = connectWs(wsUrl, { authorization: `Bearer ${token}` });
  const presence = subscribe(socket.client, TEAM_PRESENCE);
  return {
    socket,
    presence,
    until: async (agentId, wanted) => {
      await presence.waitFor((events) => {
        const mine = events.filter((e) => e.teamPresence.agent.id === agentId);
        return mine.at(-1)?.teamPresence.presence === wanted;
      });
    },
  };
}
