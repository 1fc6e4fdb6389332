/** Webhook documents and fixtures shared by the webhook tests, through the public API. */
import { graphql } from '../gql/index.js';
import { expect } from 'vitest';
import { expectTypename, gql } from './graphql.js';

export const CREATE_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpoint {
        id
        url
        events
        secret
        enabled
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

export const UPDATE_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(endpointId: $id, input: $input) {
      __typename
      ... on WebhookEndpoint {
        id
        url
        events
        enabled
        disabledAt
        disabledReason
        consecutiveFailures
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

export const ROTATE_SECRET = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(endpointId: $id) {
      __typename
      ... on WebhookEndpoint {
        secret
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DELETE_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(endpointId: $id) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const SEND_TEST = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(endpointId: $id) {
      __typename
      ... on WebhookDelivery {
        id
        event
        status
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const REDELIVER = graphql(`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(deliveryId: $id) {
      __typename
      ... on WebhookDelivery {
        id
        status
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ENDPOINTS = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      events
      enabled
      disabledAt
      disabledReason
      consecutiveFailures
      deliveries(first: 20) {
        edges {
          node {
            id
            event
            status
            attemptCount
            body
            nextAttemptAt
            deliveredAt
            attempts {
              attempt
              statusCode
              error
              durationMs
              requestHeaders
              responseExcerpt
            }
          }
        }
      }
    }
  }
`);

export const NOTICES = graphql(`
  subscription WebhookNotices {
    webhookNotices {
      kind
      url
      reason
      endpoint {
        id
        enabled
      }
    }
  }
`);

export async function createEndpoint(
  graphqlUrl: string,
  token: string,
  url: string,
  events: string[],
): Promise<{ id: string; secret: string }> {
  const res = await gql(graphqlUrl, CREATE_ENDPOINT, { input: { url, events } }, token);
  const endpoint = expectTypename(res.data.createWebhookEndpoint, 'WebhookEndpoint');
  return { id: endpoint.id, secret: endpoint.secret };
}

export async function deliveriesOf(graphqlUrl: string, token: string, endpointId: string) {
  const res = await gql(graphqlUrl, ENDPOINTS, {}, token);
  const endpoint = res.data.webhookEndpoints.find((e) => e.id === endpointId);
  if (!endpoint) throw new Error(`no endpoint ${endpointId}`);
  return { endpoint, deliveries: endpoint.deliveries.edges.map((e) => e.node) };
}

/** Settings for a test server that sends webhooks to local receivers quickly. */
export const fastWebhooks = {
  BATON_WEBHOOK_ALLOW_PRIVATE: 'true',
  BATON_WEBHOOK_RETRY_BASE_MS: '50',
  BATON_WEBHOOK_MAX_ATTEMPTS: '3',
  BATON_WEBHOOK_TIMEOUT_MS: '2000',
  BATON_JOB_POLL_MS: '50',
};

/** The `data.body` of a stored delivery body (a message.created event's text). */
export function messageBodyOf(delivery: { body: string }): string {
  const parsed = JSON.parse(delivery.body) as { data: { body?: unknown } };
  return String(parsed.data.body ?? '');
}

/** `fieldErrors` with one entry whose message matches `message`. */
export function expectFieldError(
  fieldErrors: { path: string; message: string }[],
  path: string,
  message: RegExp,
  what = '',
): void {
  expect(
    fieldErrors.map((f) => f.path),
    what,
  ).toEqual([path]);
  expect(fieldErrors[0]!.message, what).toMatch(message);
}
