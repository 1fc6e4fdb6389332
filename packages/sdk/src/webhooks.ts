/**
 * Checking a Baton webhook delivery before trusting it.
 *
 * Baton signs `"<t>.<raw body>"` with HMAC-SHA256 and the endpoint's secret and sends
 * `Baton-Signature: t=<unix seconds>,v1=<hex>` (more than one `v1` while a secret is rotated).
 * `verifyWebhook` recomputes the signature over the raw body exactly as received, compares in
 * constant time, refuses a timestamp more than `toleranceSeconds` (default 300) from now — so a
 * captured request cannot be replayed later — and checks that `Baton-Delivery` names the body's
 * id. De-duplicate on that id: a delivery may arrive more than once (retries), never with a new id.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AuthorKind, ConversationStatus, HandoffTrigger } from './gql/graphql.js';

/** The payload version this SDK reads (`version` in every body). */
export const webhookPayloadVersion = '2026-12-01';

export type WebhookVerificationCode =
  | 'MISSING_HEADER'
  | 'MALFORMED_SIGNATURE'
  | 'SIGNATURE_MISMATCH'
  | 'TIMESTAMP_OUT_OF_TOLERANCE'
  | 'INVALID_BODY'
  | 'DELIVERY_ID_MISMATCH'
  | 'UNKNOWN_EVENT_TYPE';

/**
 * The delivery is not to be trusted (or, for `UNKNOWN_EVENT_TYPE`, it is genuine but newer
 * than this SDK: acknowledge it with a 2xx and ignore it). Answer 400 to the others.
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly code: WebhookVerificationCode,
    message: string,
  ) {
    super(message);
  }
}

export interface AgentRef {
  id: string;
  name: string | null;
}

/** Every ownership event: the conversation, its status now, who owns it, who did it. */
export interface ConversationChangeData {
  conversationId: string;
  status: ConversationStatus | null;
  assignee: AgentRef | null;
  actor: AgentRef | null;
}

export interface HandoffRequestedData extends ConversationChangeData {
  visitor: { id: string; name: string | null; email: string | null } | null;
  trigger: HandoffTrigger | null;
  topic: string | null;
  summary: string | null;
  capturedValues: Array<{ key: string; label: string; value: string }>;
}

export interface MessageCreatedData {
  messageId: string;
  conversationId: string;
  seq: number;
  authorKind: AuthorKind;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface ResponseTargetBreachedData {
  conversationId: string;
  breachedAt: string;
}

/** What each event type carries in `data` (ids are the GraphQL API's global ids). */
export interface WebhookEventData {
  'handoff.requested': HandoffRequestedData;
  'conversation.taken_over': ConversationChangeData;
  'conversation.released': ConversationChangeData;
  'conversation.reassigned': ConversationChangeData;
  'conversation.handed_back': ConversationChangeData;
  'conversation.resolved': ConversationChangeData;
  'conversation.reopened': ConversationChangeData;
  'message.created': MessageCreatedData;
  'conversation.response_target_breached': ResponseTargetBreachedData;
  'webhook.test': Record<string, unknown>;
}

export type WebhookEventType = keyof WebhookEventData;

export const webhookEventTypes = [
  'handoff.requested',
  'conversation.taken_over',
  'conversation.released',
  'conversation.reassigned',
  'conversation.handed_back',
  'conversation.resolved',
  'conversation.reopened',
  'message.created',
  'conversation.response_target_breached',
  'webhook.test',
] as const satisfies readonly WebhookEventType[];

/** A verified delivery, typed by `type` (narrow with `if (event.type === 'message.created')`). */
export type WebhookEvent = {
  [K in WebhookEventType]: {
    id: string;
    type: K;
    version: string;
    createdAt: string;
    workspaceId: string;
    data: WebhookEventData[K];
  };
}[WebhookEventType];

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export interface VerifyWebhookOptions {
  /** The endpoint's signing secret. */
  secret: string;
  /** The request's headers (a fetch `Headers` or Node's `req.headers`). */
  headers: WebhookHeaders;
  /** The body exactly as received (do not parse and re-serialise it). */
  rawBody: string | Uint8Array;
  /** How far the signature's timestamp may be from now (default 300 s). */
  toleranceSeconds?: number;
  /** Now (default: the clock). */
  now?: Date;
}

const envelope = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  version: z.string(),
  createdAt: z.string(),
  workspaceId: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** The event, once its signature, timestamp and delivery id check out; else a `WebhookVerificationError`. */
export function verifyWebhook({
  secret,
  headers,
  rawBody,
  toleranceSeconds = 300,
  now = new Date(),
}: VerifyWebhookOptions): WebhookEvent {
  const signature = header(headers, 'baton-signature');
  const deliveryId = header(headers, 'baton-delivery');
  if (!signature) throw new WebhookVerificationError('MISSING_HEADER', 'No Baton-Signature header');
  if (!deliveryId) throw new WebhookVerificationError('MISSING_HEADER', 'No Baton-Delivery header');
  const { timestamp, signatures } = parseSignature(signature);
  const age = Math.floor(now.getTime() / 1000) - timestamp;
  if (Math.abs(age) > toleranceSeconds) {
    throw new WebhookVerificationError(
      'TIMESTAMP_OUT_OF_TOLERANCE',
      `Signed ${age} s ago: more than ${toleranceSeconds} s from now (a replay, or a wrong clock)`,
    );
  }
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : Buffer.from(rawBody);
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
  if (!signatures.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) {
    throw new WebhookVerificationError('SIGNATURE_MISMATCH', 'The signature does not match the body and secret');
  }
  return parseEvent(body, deliveryId);
}

function parseEvent(body: Buffer, deliveryId: string): WebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new WebhookVerificationError('INVALID_BODY', 'The body is not JSON');
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) throw new WebhookVerificationError('INVALID_BODY', `Not a Baton event: ${parsed.error.message}`);
  const event = parsed.data;
  if (event.id !== deliveryId) {
    throw new WebhookVerificationError('DELIVERY_ID_MISMATCH', 'Baton-Delivery does not name the body’s id');
  }
  if (!(webhookEventTypes as readonly string[]).includes(event.type)) {
    throw new WebhookVerificationError(
      'UNKNOWN_EVENT_TYPE',
      `Genuine, but an event type this SDK does not know: ${event.type}`,
    );
  }
  return event as WebhookEvent;
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`; other schemes are ignored. */
function parseSignature(value: string): { timestamp: number; signatures: Buffer[] } {
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of value.split(',')) {
    const [key, item = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = Number(item);
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(item)) signatures.push(Buffer.from(item, 'hex'));
  }
  if (timestamp === null || signatures.length === 0) {
    throw new WebhookVerificationError(
      'MALFORMED_SIGNATURE',
      'Baton-Signature must be t=<unix seconds>,v1=<hex sha256>',
    );
  }
  return { timestamp, signatures };
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return typeof value === 'string' ? value : value?.[0];
}
