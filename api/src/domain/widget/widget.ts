/**
 * Widget sessions: a visitor starts or resumes a conversation with the workspace's public key
 * and gets a visitor token scoped to their own conversations.
 */
import { z } from 'zod';
import type { VisitorViewer } from '../../auth/viewer.js';
import { NotFoundError } from '../errors.js';
import type { AssistantSettings, Conversation, Prisma, Visitor, Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import { optionalHttpUrl } from '../validation.js';
import { VisitorIdentity, type IdentifyResult, type IdentifyVisitorInput } from './visitor-identity.js';
import { optionalText } from './optional-text.js';
import { checkOrigin, type VisitorSessions } from './visitor-sessions.js';

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
  private readonly identity: VisitorIdentity;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly sessions: VisitorSessions,
  ) {
    this.identity = new VisitorIdentity(deps, sessions);
  }

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

  /** The host page tells who the visitor is (`Baton.identify`, `Baton.setAttributes`); see visitor-identity.ts. */
  identify(visitor: VisitorViewer, input: IdentifyVisitorInput): Promise<IdentifyResult> {
    return this.identity.identify(visitor, input);
  }
}
