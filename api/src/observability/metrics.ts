/**
 * Prometheus metrics (prom-client), one Registry per app — several apps run in one test
 * process, so nothing is registered on prom-client's global default registry. Exposed as
 * `GET /metrics` in the text format (http/server.ts decides who may read it).
 *
 * Where each series comes from:
 * - HTTP request and GraphQL operation durations: measured in http/server.ts and by the Yoga
 *   plugin in operation-log.ts.
 * - WebSocket connections and active subscriptions: read at scrape from http/graphql-ws.ts.
 * - Handoffs queued and webhook queue depth: counted in the database at scrape (scrape.ts).
 * - Time to take-over, time to first human reply, AI responses, provider errors, webhook
 *   deliveries: domain facts, through listeners/metrics.ts.
 *
 * Label cardinality is bounded: routes are a fixed list, operation names are kept as given
 * for the first `maxOperationNames` well-formed names and reported as "other" after that
 * (none: "anonymous"), outcomes and providers are enums.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Values read at scrape time from the database (scrape.ts). */
export interface ScrapeSources {
  handoffsQueued(): Promise<number>;
  webhookQueueDepth(): Promise<number>;
}

/** Values read at scrape time from this instance's WebSocket server (http/graphql-ws.ts). */
export interface WebSocketSources {
  connections(): number;
  subscriptions(): number;
}

export const maxOperationNames = 200;
const wellFormedName = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** Seconds: a request or operation (5 ms … 10 s). */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds a visitor waits for a person (1 s … 24 h). */
const waitBuckets = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 24 * 3600];

export type HttpRoute = '/graphql' | '/health' | '/healthz' | '/ready' | '/metrics' | 'static';

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private webSockets: WebSocketSources | null = null;

  readonly httpRequestDuration = new Histogram({
    name: 'baton_http_request_duration_seconds',
    help: 'HTTP requests: time until the answer was complete, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly graphqlOperationDuration = new Histogram({
    name: 'baton_graphql_operation_duration_seconds',
    help: 'GraphQL queries and mutations (HTTP and WebSocket): execution time by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly timeToTakeOver = new Histogram({
    name: 'baton_time_to_take_over_seconds',
    help: 'From a handoff request to the take-over by an agent.',
    buckets: waitBuckets,
    registers: [this.registry],
  });

  readonly timeToFirstHumanReply = new Histogram({
    name: 'baton_time_to_first_human_reply_seconds',
    help: 'From a handoff request to the first agent reply the visitor sees.',
    buckets: waitBuckets,
    registers: [this.registry],
  });

  readonly aiResponses = new Counter({
    name: 'baton_ai_responses_total',
    help: 'Assistant answers recorded (AI usage), by provider.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });

  readonly aiProviderErrors = new Counter({
    name: 'baton_ai_provider_errors_total',
    help: 'Failed provider attempts, by provider and whether the assistant then gave up (final) or retried.',
    labelNames: ['provider', 'final'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'baton_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome: delivered, retrying (failed, will retry), failed (gave up).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(scrape: ScrapeSources, onScrapeError: (series: string, error: unknown) => void) {
    collectDefaultMetrics({ register: this.registry, prefix: 'baton_' });
    const webSockets = () => this.webSockets;
    new Gauge({
      name: 'baton_websocket_connections',
      help: 'Open graphql-ws connections on this instance.',
      registers: [this.registry],
      collect() {
        this.set(webSockets()?.connections() ?? 0);
      },
    });
    new Gauge({
      name: 'baton_active_subscriptions',
      help: 'Subscriptions running on this instance’s WebSockets.',
      registers: [this.registry],
      collect() {
        this.set(webSockets()?.subscriptions() ?? 0);
      },
    });
    const fromDatabase = (name: string, help: string, read: () => Promise<number>) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          try {
            this.set(await read());
          } catch (error) {
            // The database is unreachable: keep the last value, say so in the log (and /ready).
            onScrapeError(name, error);
          }
        },
      });
    fromDatabase(
      'baton_handoffs_queued',
      'Conversations waiting for an agent (every workspace on this database).',
      scrape.handoffsQueued,
    );
    fromDatabase(
      'baton_webhook_queue_depth',
      'Webhook deliveries not yet delivered or given up (every workspace on this database).',
      scrape.webhookQueueDepth,
    );
  }

  /** http/graphql-ws.ts hands over its counts once the WebSocket server exists. */
  watchWebSockets(sources: WebSocketSources): void {
    this.webSockets = sources;
  }

  /** An operation name as a label value: bounded (see the file's comment). */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!wellFormedName.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** The text exposition format. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
