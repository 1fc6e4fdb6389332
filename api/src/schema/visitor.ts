import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { verifiedFields } from '../domain/widget/identity.js';
import { deviceInfo, type DeviceInfo } from '../domain/widget/user-agent.js';
import type { SessionMetadata } from '../domain/widget/widget.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, viewerWorkspaceId, workspaceMember } from './scopes.js';

const DeviceTypeRef = builder.enumType('DeviceType', {
  description: 'The kind of device a browser session ran on.',
  values: {
    DESKTOP: { description: 'A desktop or laptop computer.' },
    MOBILE: { description: 'A phone.' },
    TABLET: { description: 'A tablet.' },
    TV: { description: 'A television or set-top box.' },
    BOT: { description: 'A crawler or automated browser that says so.' },
    UNKNOWN: { description: 'The user agent does not say.' },
  } as const,
});

const DeviceInfoRef = builder.objectRef<DeviceInfo>('DeviceInfo').implement({
  description: 'The browser, system and device a user agent names (parsed on the server).',
  fields: (t) => ({
    browser: t.exposeString('browser', { nullable: true, description: 'e.g. `Safari`, `Chrome`, `Microsoft Edge`.' }),
    browserVersion: t.exposeString('browserVersion', { nullable: true, description: "The browser's version." }),
    os: t.exposeString('os', { nullable: true, description: 'e.g. `iOS`, `macOS`, `Android`, `Windows`.' }),
    osVersion: t.exposeString('osVersion', { nullable: true, description: "The system's version." }),
    type: t.field({ type: DeviceTypeRef, description: 'Phone, tablet, desktop…', resolve: (d) => d.type }),
    model: t.exposeString('model', { nullable: true, description: 'e.g. `iPhone`, `iPad`, when named.' }),
    summary: t.exposeString('summary', {
      description: 'One line for people, e.g. `Safari 17.4 on iOS 17.4 (iPhone)`.',
    }),
  }),
});

export const SessionMetadataRef = builder.objectRef<Partial<SessionMetadata>>('SessionMetadata').implement({
  description: "What the widget knew about the visitor's browser session.",
  fields: (t) => ({
    pageUrl: t.string({
      nullable: true,
      description: 'The page the chat started on.',
      resolve: (m) => m.pageUrl ?? null,
    }),
    pageTitle: t.string({ nullable: true, description: "That page's title.", resolve: (m) => m.pageTitle ?? null }),
    referrer: t.string({ nullable: true, description: "That page's referrer.", resolve: (m) => m.referrer ?? null }),
    locale: t.string({ nullable: true, description: 'BCP 47, e.g. `en-GB`.', resolve: (m) => m.locale ?? null }),
    timezone: t.string({
      nullable: true,
      description: 'IANA, e.g. `Europe/Berlin`.',
      resolve: (m) => m.timezone ?? null,
    }),
    userAgent: t.string({
      nullable: true,
      description: "The browser's user agent.",
      resolve: (m) => m.userAgent ?? null,
    }),
    device: t.field({
      type: DeviceInfoRef,
      nullable: true,
      description: 'What the user agent says about the browser, system and device; null without one.',
      resolve: (m) => deviceInfo(m.userAgent),
    }),
  }),
});

const VisitorAttributeRef = builder.objectRef<{ key: string; value: string }>('VisitorAttribute').implement({
  description: 'A custom attribute the host page set (`Baton.setAttributes`); unverified.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Attribute name.' }),
    value: t.exposeString('value', { description: 'Attribute value.' }),
  }),
});

export const VisitorRef = builder.prismaNode('Visitor', {
  description: 'A website visitor (agents only).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (visitor, ctx) => workspaceMember(visitor.workspaceId, ctx, 'conversations:read'),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true, description: 'As the host page said it: never verified.' }),
    email: t.exposeString('email', {
      nullable: true,
      description: 'As the host page said it; trust it only when `emailVerified`.',
    }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      description: "The company's own id for the customer; trust it only when `externalIdVerified`.",
    }),
    identityVerified: t.exposeBoolean('identityVerified', {
      description:
        "The company's server signed this visitor's identity (its externalId, or its email when it has none).",
    }),
    externalIdVerified: t.boolean({
      description: 'The externalId was signed by the company: this is that customer.',
      resolve: (v) => verifiedFields(v).externalId,
    }),
    emailVerified: t.boolean({
      description: 'The email was signed by the company. Otherwise it is only what the page (or the visitor) typed.',
      resolve: (v) => verifiedFields(v).email,
    }),
    attributes: t.field({
      type: [VisitorAttributeRef],
      description: 'Custom attributes set by the host page, by key.',
      resolve: (v) =>
        Object.entries(v.attributes as Record<string, string>)
          .map(([key, value]) => ({ key, value }))
          .sort((a, b) => a.key.localeCompare(b.key)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the visitor first started a chat.' }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      description: 'When the visitor was last active (their latest message or identification).',
    }),
  }),
});

const EndVisitorSessionsPayload = builder
  .objectRef<{ visitorId: string; endedSessions: number }>('EndVisitorSessionsPayload')
  .implement({
    description: "The visitor's sessions have ended.",
    fields: (t) => ({
      endedSessions: t.exposeInt('endedSessions', { description: 'Widget sessions that were still open.' }),
      visitor: t.prismaField({
        type: 'Visitor',
        description: 'The visitor.',
        resolve: (query, p, _args, ctx) =>
          ctx.prisma.visitor.findUniqueOrThrow({ ...query, where: { id: p.visitorId } }),
      }),
    }),
  });

builder.mutationField('endVisitorSessions', (t) =>
  t.field({
    type: EndVisitorSessionsPayload,
    description:
      'End every widget session of a visitor (any agent of the workspace): their visitor tokens stop working at once, over HTTP and on open sockets, and the widget starts a new, anonymous session.',
    authScopes: { member: 'conversations:write' },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError] },
    args: { visitorId: t.arg.id({ required: true, description: 'Global id of the visitor.' }) },
    resolve: async (_root, args, ctx) => {
      const visitorId = idOf('Visitor', args.visitorId, 'visitorId');
      const endedSessions = await ctx.services.visitorSessions.endForVisitor(agentViewer(ctx), visitorId);
      return { visitorId, endedSessions };
    },
  }),
);
