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

const visitorTokenTtlSeconds = 180 * 24 * 3600;

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
  /** True when the visitor token was accepted and the earlier conversation resumed. */
  resumed: boolean;
}

export class WidgetService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  /** The request's Origin must be among the workspace's allowed origins (when it lists any). */
  private checkOrigin(workspace: Workspace, origin: string | null): void {
    if (workspace.allowedOrigins.length === 0) return;
    if (!origin || !workspace.allowedOrigins.includes(origin)) {
      throw new ForbiddenError(
        `This website (${origin ?? 'unknown origin'}) is not allowed to embed this chat widget.`,
      );
    }
  }

  async start(input: z.output<typeof startWidgetSessionInput>, origin: string | null): Promise<WidgetSession> {
    const workspace = await this.prisma.workspace.findUnique({ where: { publicKey: input.publicKey } });
    if (!workspace) throw new NotFoundError('Workspace', 'No workspace has this widget key.');
    this.checkOrigin(workspace, origin);
    const metadata = input.metadata as unknown as Prisma.InputJsonValue;

    const known = await this.knownVisitor(input.visitorToken, workspace.id);
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
    const token = await this.deps.tokens.signVisitor(
      { sub: visitor.id, wid: workspace.id },
      new Date(Date.now() + visitorTokenTtlSeconds * 1000),
    );
    const settings = await this.prisma.assistantSettings.findUnique({ where: { workspaceId: workspace.id } });
    return { token, visitor, conversation, workspace, settings, resumed: latest !== null };
  }

  /** The visitor a token names, if it is valid and for this workspace; otherwise a new visitor starts. */
  private async knownVisitor(token: string | null | undefined, workspaceId: string): Promise<Visitor | null> {
    if (!token) return null;
    try {
      const claims = await this.deps.tokens.verify(token);
      if (claims.typ !== 'visitor' || claims.wid !== workspaceId) return null;
      return await this.prisma.visitor.findFirst({ where: { id: claims.sub, workspaceId } });
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

  /** Authenticating a visitor token: the visitor must still exist in that workspace. */
  async checkVisitor(claims: VisitorClaims, _origin: string | null): Promise<void> {
    const visitor = await this.prisma.visitor.findFirst({
      where: { id: claims.sub, workspaceId: claims.wid },
      select: { id: true },
    });
    if (!visitor) throw new TokenError('INVALID');
  }
}
