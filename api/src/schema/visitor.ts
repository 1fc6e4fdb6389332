import type { SessionMetadata } from '../domain/widget/widget.js';
import { builder } from './builder.js';
import { inViewerWorkspace, viewerWorkspaceId } from './scopes.js';

export const SessionMetadataRef = builder.objectRef<Partial<SessionMetadata>>('SessionMetadata').implement({
  description: "What the widget knew about the visitor's browser session.",
  fields: (t) => ({
    pageUrl: t.string({ nullable: true, resolve: (m) => m.pageUrl ?? null }),
    pageTitle: t.string({ nullable: true, resolve: (m) => m.pageTitle ?? null }),
    referrer: t.string({ nullable: true, resolve: (m) => m.referrer ?? null }),
    locale: t.string({ nullable: true, resolve: (m) => m.locale ?? null }),
    timezone: t.string({ nullable: true, resolve: (m) => m.timezone ?? null }),
    userAgent: t.string({ nullable: true, resolve: (m) => m.userAgent ?? null }),
  }),
});

const VisitorAttributeRef = builder.objectRef<{ key: string; value: string }>('VisitorAttribute').implement({
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

export const VisitorRef = builder.prismaNode('Visitor', {
  description: 'A website visitor (agents only).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (visitor, ctx) => inViewerWorkspace(visitor.workspaceId, ctx),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    attributes: t.field({
      type: [VisitorAttributeRef],
      description: 'Custom attributes set by the host page, by key.',
      resolve: (v) =>
        Object.entries(v.attributes as Record<string, string>)
          .map(([key, value]) => ({ key, value }))
          .sort((a, b) => a.key.localeCompare(b.key)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
  }),
});
