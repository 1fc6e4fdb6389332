/**
 * Widget sessions: a visitor starts or resumes a conversation with the workspace's public key
 * and gets a visitor token scoped to their own conversations.
 */
import { z } from 'zod';
import { TokenError, type VisitorClaims } from '../../auth/tokens.js';
import type { VisitorViewer } from '../../auth/viewer.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { AssistantSettings, Conversation, Prisma, Visitor, Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import { optionalHttpUrl } from '../validation.js';
import { checkOrigin, type VisitorSessions } from './visitor-sessions.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const sessionMetadataInput = z.object({
  pageUrl: optionalHttpUrl,
  pageTitle: optionalText(500),
  referrer: optionalHttpUrl,
  locale: optionalText(35),
  timezone: optionalText(64),
  userAgent: optionalText(500),
});

export type SessionMetadata = z.output<typeof sessionMetadataInput>;

export const startWidgetSessionInput = z.object({
  publicKey: z.string().trim().min(1, 'The widget key is missing').max(100),
  visitorToken: z.string().max(4000).nullish(),
  metadata: sessionMetadataInput.default({
    pageUrl: null,
    pageTitle: null,
    referrer: null,
    locale: null,
    timezone: null,
    userAgent: null,
  }),
});

export const identifyVisitorInput = z.object({
  name: optionalText(120),
  email: z
    .string()
    .trim()
    .max(254)
    .nullish()
    .transform((v) => (v ? v.toLowerCase() : null))
    .pipe(z.email('Enter a valid email address').nullable()),
  externalId: optionalText(200),
  attributes: z
    .array(
      z.object({
        key: z.string().regex(/^[\w.-]{1,64}$/, 'Keys are 1–64 letters, digits, _ . or -'),
        value: z.string().max(500, 'Values are limited to 500 characters'),
      }),
    )
    .max(50, 'At most 50 attributes')
    .nullish(),
});

export interface WidgetSession {
  token: string;
  visitor: Visitor;
  conversation: Conversation;
  workspace: Workspace;
  settings: AssistantSettings | null;
  /** The widget session the token names. */
  sessionId: string;
  /** True when the visitor token was accepted and the earlier conversation resumed. */
  resumed: boolean;
}

export class WidgetService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly sessions: VisitorSessions,
  ) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async start(input: z.output<typeof startWidgetSessionInput>, origin: string | null): Promise<WidgetSession> {
    const workspace = await this.prisma.workspace.findUnique({ where: { publicKey: input.publicKey } });
    if (!workspace) throw new NotFoundError('Workspace', 'No workspace has this widget key.');
    checkOrigin(workspace, origin);
    const metadata = input.metadata as unknown as Prisma.InputJsonValue;

    const known = await this.knownSession(input.visitorToken, workspace.id);
    const visitor = known
      ? await this.prisma.visitor.update({ where: { id: known.id }, data: { lastSeenAt: new Date() } })
      : await this.prisma.visitor.create({ data: { workspaceId: workspace.id } });
    const latest = known
      ? await this.prisma.conversation.findFirst({ where: { visitorId: visitor.id }, orderBy: { createdAt: 'desc' } })
      : null;
    const conversation = latest
      ? await this.prisma.conversation.update({ where: { id: latest.id }, data: { sessionMetadata: metadata } })
      : await this.prisma.conversation.create({
          data: { workspaceId: workspace.id, visitorId: visitor.id, sessionMetadata: metadata },
        });
    const { token, sessionId } = await this.sessions.issue(visitor.id, workspace.id, known?.sessionId ?? null);
    const settings = await this.prisma.assistantSettings.findUnique({ where: { workspaceId: workspace.id } });
    return { token, sessionId, visitor, conversation, workspace, settings, resumed: latest !== null };
  }

  /** The open session a token names, if it is valid and for this workspace; otherwise a new visitor starts. */
  private async knownSession(
    token: string | null | undefined,
    workspaceId: string,
  ): Promise<{ id: string; sessionId: string } | null> {
    if (!token) return null;
    try {
      const claims = await this.deps.tokens.verify(token);
      if (claims.typ !== 'visitor' || claims.wid !== workspaceId) return null;
      const session = await this.sessions.open(claims);
      return session && { id: session.visitorId, sessionId: claims.sid };
    } catch {
      return null;
    }
  }

  /**
   * The host page tells who the visitor is (`Baton.identify`, `Baton.setAttributes`): name,
   * email, the site's own id for them, and custom attributes (merged). Agents see them.
   */
  async identify(visitor: VisitorViewer, input: z.output<typeof identifyVisitorInput>): Promise<Visitor> {
    const current = await this.prisma.visitor.findUniqueOrThrow({ where: { id: visitor.visitorId } });
    if (input.externalId && input.externalId !== current.externalId) {
      const taken = await this.prisma.visitor.findFirst({
        where: { workspaceId: visitor.workspaceId, externalId: input.externalId, NOT: { id: visitor.visitorId } },
        select: { id: true },
      });
      if (taken) throw ValidationError.single('input.externalId', 'Another visitor already has this id.');
    }
    const attributes = {
      ...(current.attributes as Record<string, string>),
      ...Object.fromEntries((input.attributes ?? []).map((a) => [a.key, a.value])),
    };
    return this.prisma.visitor.update({
      where: { id: visitor.visitorId },
      data: {
        ...(input.name && { name: input.name }),
        ...(input.email && { email: input.email }),
        ...(input.externalId && { externalId: input.externalId }),
        attributes,
      },
    });
  }
}
