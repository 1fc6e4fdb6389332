/**
 * The admin banner's state: endpoints Baton disabled after repeated failures. Owners and admins
 * only (the API refuses `webhookNotices` to agents): on start it reads the endpoints already
 * disabled, then listens to `webhookNotices` over the inbox's live connection. Settings →
 * Webhooks hears the same notices (to show the endpoint as disabled at once) and clears an
 * alert when the endpoint is re-enabled or deleted. Dismissals are remembered per disabling.
 */
import type { Client } from '@urql/svelte';
import type { LiveStreams } from '../client.svelte';
import type { ShellWebhookNoticesSubscription } from '../gql/graphql';
import { WebhookAlertsQuery, WebhookNoticesSubscription, type WebhookEndpointRow } from './webhooks';

export interface WebhookAlert {
  endpointId: string;
  url: string;
  reason: string;
  /** When Baton disabled it (identifies this disabling: a later one shows again). */
  at: string;
}

const storageKey = 'baton.dismissedWebhookAlerts';

function alertKey(alert: Pick<WebhookAlert, 'endpointId' | 'at'>): string {
  return `${alert.endpointId}@${alert.at}`;
}

function readDismissed(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export class WebhookAlerts {
  items = $state<WebhookAlert[]>([]);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners, not state
  private readonly listeners = new Set<(endpoint: WebhookEndpointRow) => void>();
  private stop: (() => void) | null = null;

  constructor(
    private readonly client: Client,
    private readonly live: LiveStreams,
  ) {}

  /** Starts listening (owner/admin only); idempotent. */
  start(): void {
    if (this.stop) return;
    this.stop = this.live.subscribe<ShellWebhookNoticesSubscription>(
      WebhookNoticesSubscription,
      () => ({}),
      ({ webhookNotices: notice }) => {
        if (notice.kind !== 'ENDPOINT_DISABLED') return;
        const endpoint = notice.endpoint;
        if (endpoint) for (const l of this.listeners) l(endpoint);
        // Re-enabled or deleted in the meantime: nothing to warn about.
        if (!endpoint || endpoint.enabled) return;
        this.add({
          endpointId: endpoint.id,
          url: notice.url,
          reason: notice.reason,
          at: endpoint.disabledAt ?? notice.at,
        });
      },
      // Back after a reconnect: what happened while the socket was down is in the endpoints.
      () => void this.load(),
    );
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.client.query(WebhookAlertsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) return;
    for (const e of result.data.webhookEndpoints) {
      if (!e.enabled && e.disabledAt)
        this.add({ endpointId: e.id, url: e.url, reason: e.disabledReason ?? '', at: e.disabledAt });
      else this.clear(e.id);
    }
  }

  private add(alert: WebhookAlert): void {
    if (readDismissed().includes(alertKey(alert))) return;
    this.items = [...this.items.filter((a) => a.endpointId !== alert.endpointId), alert];
  }

  dismiss(alert: WebhookAlert): void {
    try {
      localStorage.setItem(storageKey, JSON.stringify([...readDismissed().slice(-49), alertKey(alert)]));
    } catch {
      // without storage the dismissal lasts for this page
    }
    this.clear(alert.endpointId);
  }

  /** The endpoint is fine again (re-enabled) or gone. */
  clear(endpointId: string): void {
    if (this.items.some((a) => a.endpointId === endpointId))
      this.items = this.items.filter((a) => a.endpointId !== endpointId);
  }

  /** Settings → Webhooks: told when Baton disables an endpoint (with the endpoint as it is now). */
  onDisabled(listener: (endpoint: WebhookEndpointRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.stop?.();
    this.stop = null;
  }
}
