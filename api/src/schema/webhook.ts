/** Webhooks in the API (owner/admin): endpoints, their delivery log, test events, redeliveries. */
import {
  AuthenticationError,
  ForbiddenError,
  InvalidOperationError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { webhookEventDescriptions, webhookEventTypes, type WebhookEventType } from '../domain/webhooks/event-types.js';
import type { WebhookNotice } from '../events/types.js';
import { WebhookDeliveryStatus } from '../generated/prisma/enums.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, inViewerWorkspace, viewerWorkspaceId } from './scopes.js';
import type { Context } from '../context.js';

/** Owner/admin of the workspace (an API key: with `webhooks:manage`), also for `node(id:)`. */
const isWorkspaceAdmin = (workspaceId: string, ctx: Context) =>
  inViewerWorkspace(workspaceId, ctx) && { manager: 'webhooks:manage' as const };

const manager = (ctx: Context) => {
  const viewer = agentViewer(ctx);
  return { workspaceId: viewer.workspaceId, agentId: viewer.agentId };
};

const WebhookEventTypeRef = builder.objectRef<WebhookEventType>('WebhookEventType').implement({
  description: 'An event type an endpoint can subscribe to.',
  fields: (t) => ({
    type: t.string({
      description: 'The type string, e.g. `handoff.requested` (the `Baton-Event` header).',
      resolve: (type) => type,
    }),
    description: t.string({
      description: 'What the event reports.',
      resolve: (type) => webhookEventDescriptions[type],
    }),
  }),
});

const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  values: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or a retry.' },
    DELIVERED: { description: 'An attempt got a 2xx answer.' },
    FAILED: { description: 'Out of attempts (or its endpoint is disabled); redeliver to try again.' },
  },
});

builder.prismaObject('WebhookAttempt', {
  description: 'One HTTP attempt of a delivery: what was sent and what came back.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: 'Attempt number within its delivery, from 1.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the request started.' }),
    durationMs: t.exposeInt('durationMs', { description: 'How long the attempt took, in milliseconds.' }),
    statusCode: t.exposeInt('statusCode', {
      nullable: true,
      description: 'The HTTP status answered; null when no answer came (refused address, timeout, connection error).',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the attempt failed; null when it succeeded.' }),
    requestHeaders: t.exposeString('requestHeaders', {
      description: 'The request headers sent, as a JSON object (the signature included; never the secret).',
    }),
    responseExcerpt: t.exposeString('responseExcerpt', {
      nullable: true,
      description: 'The first 2 KB of the response body.',
    }),
  }),
});

export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  description:
    'One event for one endpoint. Its id is the `Baton-Delivery` header receivers de-duplicate on; retries and redeliveries keep it.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (delivery, ctx) => isWorkspaceAdmin(delivery.workspaceId, ctx),
  fields: (t) => ({
    event: t.exposeString('event', { description: 'The event type, e.g. `message.created` or `webhook.test`.' }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum, description: 'Where the delivery stands.' }),
    attemptCount: t.exposeInt('attempts', { description: 'HTTP attempts made so far.' }),
    body: t.exposeString('body', { description: 'The JSON body exactly as it is signed and sent.' }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the event happened and the delivery was queued.',
    }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the next attempt is due; null when none is planned.',
    }),
    deliveredAt: t.expose('deliveredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an attempt succeeded.',
    }),
    attempts: t.relation('attemptLog', {
      description: 'Every attempt, first to last.',
      query: { orderBy: { id: 'asc' } },
    }),
    endpoint: t.relation('endpoint', { description: 'The endpoint the delivery goes to.' }),
  }),
});

export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  description: 'A URL Baton sends signed events to (owner/admin).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (endpoint, ctx) => isWorkspaceAdmin(endpoint.workspaceId, ctx),
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { nullable: true, description: 'A note for the team.' }),
    events: t.exposeStringList('events', {
      description: 'The event types the endpoint receives (see `webhookEventTypes`).',
    }),
    secret: t.exposeString('secret', {
      description: 'The signing secret (`whsec_…`): HMAC-SHA256 key of the `Baton-Signature` header.',
    }),
    enabled: t.exposeBoolean('enabled', { description: 'False when paused by an admin or disabled by Baton.' }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When Baton disabled the endpoint after repeated failures (cleared when re-enabled).',
    }),
    disabledReason: t.exposeString('disabledReason', {
      nullable: true,
      description: 'Why Baton disabled the endpoint.',
    }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed attempts in a row across deliveries; a success resets it.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the endpoint was added.' }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        description: 'The delivery log, newest first.',
        cursor: 'id',
        query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      },
      { description: "A page of an endpoint's deliveries, newest first." },
      { description: 'A delivery in a page of them.' },
    ),
  }),
});

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A new webhook endpoint.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'An http(s) URL on a public address.' }),
    description: t.string({ description: 'A note for the team.' }),
    events: t.stringList({ required: true, description: 'At least one event type (see `webhookEventTypes`).' }),
  }),
});

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'What to change; fields left out stay as they are.',
  fields: (t) => ({
    url: t.string({ description: 'A new http(s) URL on a public address.' }),
    description: t.string({ description: 'A new note (empty: none).' }),
    events: t.stringList({ description: 'The new list of event types.' }),
    enabled: t.boolean({
      description: 'Pause (false) or resume (true); resuming clears a disabling by Baton and the failure count.',
    }),
  }),
});

const adminErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError];

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaField({
    type: ['WebhookEndpoint'],
    description: "The workspace's webhook endpoints, oldest first (owner/admin).",
    authScopes: { manager: 'webhooks:manage' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.webhookEndpoint.findMany({
        ...query,
        where: { workspaceId: agentViewer(ctx).workspaceId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  webhookEventTypes: t.field({
    type: [WebhookEventTypeRef],
    description: 'The event types endpoints can subscribe to.',
    authScopes: { manager: 'webhooks:manage' },
    resolve: () => [...webhookEventTypes],
  }),
}));

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.prismaField({
    type: 'WebhookEndpoint',
    description: 'Add an endpoint; its signing secret is in `secret`.',
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true, description: 'The endpoint.' }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.webhooks.create(manager(ctx), input),
  }),
  updateWebhookEndpoint: t.prismaField({
    type: 'WebhookEndpoint',
    description: "Change an endpoint's URL, note, events, or pause / resume it.",
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: adminErrors },
    args: {
      endpointId: t.arg.id({ required: true, description: 'The endpoint.' }),
      input: t.arg({ type: UpdateWebhookEndpointInput, required: true, description: 'What to change.' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.webhooks.update(manager(ctx), idOf('WebhookEndpoint', args.endpointId, 'endpointId'), args.input),
  }),
  rotateWebhookSecret: t.prismaField({
    type: 'WebhookEndpoint',
    description: 'Replace the signing secret; the old one stops working at once.',
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: adminErrors },
    args: { endpointId: t.arg.id({ required: true, description: 'The endpoint.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.webhooks.rotateSecret(manager(ctx), idOf('WebhookEndpoint', args.endpointId, 'endpointId')),
  }),
  deleteWebhookEndpoint: t.prismaField({
    type: 'WebhookEndpoint',
    description: 'Delete an endpoint and its delivery log; returns it as it was. Pending deliveries are not sent.',
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: adminErrors },
    args: { endpointId: t.arg.id({ required: true, description: 'The endpoint.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.webhooks.delete(manager(ctx), idOf('WebhookEndpoint', args.endpointId, 'endpointId')),
  }),
  sendTestWebhook: t.prismaField({
    type: 'WebhookDelivery',
    description: 'Send a `webhook.test` event to the endpoint now (one attempt, also when it is disabled).',
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: adminErrors },
    args: { endpointId: t.arg.id({ required: true, description: 'The endpoint.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.webhooks.sendTest(manager(ctx), idOf('WebhookEndpoint', args.endpointId, 'endpointId')),
  }),
  redeliverWebhook: t.prismaField({
    type: 'WebhookDelivery',
    description:
      'Send a delivery again now, with the same delivery id and body (one attempt; a delivery still being retried is tried now).',
    authScopes: { manager: 'webhooks:manage' },
    errors: { types: [...adminErrors, InvalidOperationError] },
    args: { deliveryId: t.arg.id({ required: true, description: 'The delivery.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.webhooks.redeliver(manager(ctx), idOf('WebhookDelivery', args.deliveryId, 'deliveryId')),
  }),
}));

const WebhookNoticeKindEnum = builder.enumType('WebhookNoticeKind', {
  description: 'What a webhook notice is about.',
  values: { ENDPOINT_DISABLED: { description: 'Baton disabled an endpoint after repeated failures.' } } as const,
});

const WebhookNoticeRef = builder.objectRef<WebhookNotice>('WebhookNotice').implement({
  description: "A notice about the workspace's webhooks, for its admins.",
  fields: (t) => ({
    kind: t.expose('kind', { type: WebhookNoticeKindEnum, description: 'What happened.' }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (n) => new Date(n.at) }),
    url: t.exposeString('url', { description: "The endpoint's URL." }),
    reason: t.exposeString('reason', { description: 'Why, in words.' }),
    endpoint: t.prismaField({
      type: 'WebhookEndpoint',
      nullable: true,
      description: 'The endpoint as it is now (null once deleted).',
      resolve: (query, n, _args, ctx) =>
        ctx.prisma.webhookEndpoint.findFirst({ ...query, where: { id: n.endpointId, workspaceId: n.workspaceId } }),
    }),
  }),
});

builder.subscriptionField('webhookNotices', (t) =>
  t.field({
    type: WebhookNoticeRef,
    description: "Live notices about the workspace's webhooks (owner/admin): an endpoint Baton disabled.",
    authScopes: { manager: 'webhooks:manage' },
    subscribe: (_root, _args, ctx) => ctx.services.webhooks.notices(manager(ctx)),
    resolve: (notice) => notice,
  }),
);
