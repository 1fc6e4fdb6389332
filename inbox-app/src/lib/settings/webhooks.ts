/**
 * Settings → Webhooks and the shell's admin banner: the GraphQL documents (endpoints, their
 * delivery log, test events, redeliveries, the `webhookNotices` subscription) and the few
 * display helpers the screens share. Every rule (URL, address, events) lives in the API; the
 * screens show its `ValidationError` field issues.
 */
import { graphql } from '../gql';
import type {
  SettingsWebhookAttemptFragment,
  SettingsWebhookDeliveryFragment,
  SettingsWebhookEndpointFragment,
} from '../gql/graphql';

export type WebhookEndpointRow = SettingsWebhookEndpointFragment;
export type WebhookDeliveryRow = SettingsWebhookDeliveryFragment;
export type WebhookAttemptRow = SettingsWebhookAttemptFragment;

export const WebhookEndpointFragment = graphql(`
  fragment SettingsWebhookEndpoint on WebhookEndpoint {
    id
    url
    description
    events
    secret
    enabled
    disabledAt
    disabledReason
    consecutiveFailures
    createdAt
  }
`);

export const WebhookAttemptFragment = graphql(`
  fragment SettingsWebhookAttempt on WebhookAttempt {
    attempt
    startedAt
    durationMs
    statusCode
    error
    requestHeaders
    responseExcerpt
  }
`);

export const WebhookDeliveryFragment = graphql(`
  fragment SettingsWebhookDelivery on WebhookDelivery {
    id
    event
    status
    attemptCount
    body
    createdAt
    nextAttemptAt
    deliveredAt
    attempts {
      ...SettingsWebhookAttempt
    }
  }
`);

export const WebhooksQuery = graphql(`
  query SettingsWebhooks {
    webhookEndpoints {
      ...SettingsWebhookEndpoint
    }
    webhookEventTypes {
      type
      description
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query SettingsWebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {
    node(id: $endpointId) {
      id
      ... on WebhookEndpoint {
        deliveries(first: $first, after: $after) {
          edges {
            node {
              ...SettingsWebhookDelivery
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

export const WebhookDeliveryQuery = graphql(`
  query SettingsWebhookDelivery($deliveryId: ID!) {
    node(id: $deliveryId) {
      id
      ... on WebhookDelivery {
        ...SettingsWebhookDelivery
        endpoint {
          ...SettingsWebhookEndpoint
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation SettingsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpoint {
        ...SettingsWebhookEndpoint
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

export const UpdateWebhookEndpointMutation = graphql(`
  mutation SettingsUpdateWebhookEndpoint($endpointId: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(endpointId: $endpointId, input: $input) {
      __typename
      ... on WebhookEndpoint {
        ...SettingsWebhookEndpoint
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

export const RotateWebhookSecretMutation = graphql(`
  mutation SettingsRotateWebhookSecret($endpointId: ID!) {
    rotateWebhookSecret(endpointId: $endpointId) {
      __typename
      ... on WebhookEndpoint {
        ...SettingsWebhookEndpoint
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

export const DeleteWebhookEndpointMutation = graphql(`
  mutation SettingsDeleteWebhookEndpoint($endpointId: ID!) {
    deleteWebhookEndpoint(endpointId: $endpointId) {
      __typename
      ... on WebhookEndpoint {
        id
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

export const SendTestWebhookMutation = graphql(`
  mutation SettingsSendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      __typename
      ... on WebhookDelivery {
        ...SettingsWebhookDelivery
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

export const RedeliverWebhookMutation = graphql(`
  mutation SettingsRedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      __typename
      ... on WebhookDelivery {
        ...SettingsWebhookDelivery
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

// ── The shell's banner ──────────────────────────────────────────────────────────────────────

/** On load: endpoints Baton disabled while nobody watched (owner/admin). */
export const WebhookAlertsQuery = graphql(`
  query ShellWebhookAlerts {
    webhookEndpoints {
      id
      url
      enabled
      disabledAt
      disabledReason
    }
  }
`);

export const WebhookNoticesSubscription = graphql(`
  subscription ShellWebhookNotices {
    webhookNotices {
      kind
      at
      url
      reason
      endpoint {
        ...SettingsWebhookEndpoint
      }
    }
  }
`);

// ── Display helpers ─────────────────────────────────────────────────────────────────────────

export type EndpointState = 'active' | 'paused' | 'disabled';

export function endpointState(endpoint: Pick<WebhookEndpointRow, 'enabled' | 'disabledAt'>): EndpointState {
  if (endpoint.enabled) return 'active';
  return endpoint.disabledAt ? 'disabled' : 'paused';
}

export const deliveryStatusLabel: Record<WebhookDeliveryRow['status'], string> = {
  DELIVERED: 'Delivered',
  PENDING: 'Pending',
  FAILED: 'Failed',
};

/** `whsec_••••••••` — the secret's prefix and the rest hidden. */
export function maskedSecret(secret: string): string {
  const prefix = secret.startsWith('whsec_') ? 'whsec_' : '';
  return `${prefix}${'•'.repeat(24)}`;
}

/** A JSON string pretty-printed (as sent when it is not JSON). */
export function prettyJson(text: string | null | undefined): string {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The request headers of an attempt (a JSON object) as `Name: value` pairs. */
export function headerPairs(json: string): [string, string][] {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(parsed).map(([name, value]) => [name, String(value)]);
  } catch {
    return [];
  }
}

/** "1 event", "3 events", or "All 9 events". */
export function eventsSummary(events: readonly string[], total: number): string {
  if (total > 0 && events.length === total) return `All ${total} events`;
  return `${events.length} ${events.length === 1 ? 'event' : 'events'}`;
}

export function durationLabel(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "1 failure in a row", "3 failures in a row". */
export function failuresLabel(count: number): string {
  return `${count} ${count === 1 ? 'failure' : 'failures'} in a row`;
}

/**
 * When to read pending deliveries again: shortly after the earliest next attempt is due (one
 * being sent now: soon), at least 0.5 s apart and at most a minute.
 */
export function pollDelay(pending: readonly Pick<WebhookDeliveryRow, 'nextAttemptAt'>[], now = Date.now()): number {
  const due = Math.min(...pending.map((r) => (r.nextAttemptAt ? new Date(r.nextAttemptAt).getTime() : now)));
  return Math.min(Math.max(due - now + 400, 500), 60_000);
}
