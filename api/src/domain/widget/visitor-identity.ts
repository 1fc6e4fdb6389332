/**
 * `identifyVisitor`: the host page says who the visitor is (name, email, its own id for them,
 * attributes). Who is believed (see identity.ts for the signature):
 *
 * - **With a valid signature** the visitor is `identityVerified`. If another visitor record
 *   already has that externalId and is verified, it is the same person: this widget session
 *   moves to that record (the anonymous visitor's conversations move with it and the anonymous
 *   record is deleted), and a new visitor token is returned — the customer continues with their
 *   history, agents see one customer. A record that holds the id unverified loses it to the
 *   verified visitor. A visitor already verified as someone else (one customer signed out, the
 *   next signed in on the same browser) is never relabelled: the session moves to the new
 *   customer's record (created if needed), the first customer's history stays theirs.
 * - **Without a signature** (when the workspace does not enforce verification) the identity is
 *   stored unverified, and a claimed externalId never takes over another visitor's record: if
 *   another visitor holds it, the claim is not recorded. The answer is the same either way, so
 *   the call tells nothing about which ids exist.
 * - Enforced verification, a wrong signature, or changing a verified identity without a
 *   signature: IdentityVerificationError, nothing changes.
 *
 * Attributes are merged with a total cap (visitor-attributes.ts).
 */
import { z } from 'zod';
import type { Revocation } from '../../auth/revocation.js';
import type { VisitorViewer } from '../../auth/viewer.js';
import type { Prisma, Visitor, Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import { IdentityVerificationError } from '../errors.js';
import { signatureValid, signedValue } from './identity.js';
import { optionalText } from './optional-text.js';
import { mergeAttributes, type VisitorAttributes } from './visitor-attributes.js';
import type { VisitorSessions } from './visitor-sessions.js';

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
  signature: optionalText(200),
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

export type IdentifyVisitorInput = z.output<typeof identifyVisitorInput>;

export interface IdentifyResult {
  visitor: Visitor;
  /** Set when this widget session now belongs to another (the verified customer's) visitor record. */
  visitorToken: string | null;
}

type Tx = Prisma.TransactionClient;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

export class VisitorIdentity {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly sessions: VisitorSessions,
  ) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async identify(viewer: VisitorViewer, input: IdentifyVisitorInput): Promise<IdentifyResult> {
    const current = await this.prisma.visitor.findUniqueOrThrow({
      where: { id: viewer.visitorId },
      include: { workspace: { select: { identitySecret: true, identityVerificationRequired: true } } },
    });
    const claimsIdentity = input.externalId !== null || input.email !== null;
    // Name and attributes alone are never verified: nothing to check.
    if (!claimsIdentity) {
      return { visitor: await this.update(current, input, false), visitorToken: null };
    }
    const identity = { externalId: input.externalId ?? current.externalId, email: input.email ?? current.email };
    const value = signedValue(identity)!;
    const verified = this.check(current, current.workspace, value, input.signature);
    if (identity.externalId !== null && verified)
      return this.claimVerified(viewer, current, identity.externalId, input);
    if (verified && current.identityVerified && signedValue(current) !== value) {
      // Another verified customer (by email) in the same browser: never relabel the first one's record.
      return this.switchTo(viewer, null, null, input);
    }
    return { visitor: await this.update(current, input, verified), visitorToken: null };
  }

  /** True for a valid signature; throws when the call must be refused; false: an unverified claim. */
  private check(
    current: Visitor,
    workspace: Pick<Workspace, 'identitySecret' | 'identityVerificationRequired'>,
    value: string,
    signature: string | null,
  ): boolean {
    if (signature !== null) {
      if (!signatureValid(workspace.identitySecret, value, signature)) {
        throw new IdentityVerificationError('SIGNATURE_INVALID');
      }
      return true;
    }
    if (workspace.identityVerificationRequired) throw new IdentityVerificationError('SIGNATURE_REQUIRED');
    // A verified identity is not changed by an unsigned call (its name and attributes may be).
    if (current.identityVerified && signedValue(current) !== value) {
      throw new IdentityVerificationError('SIGNATURE_REQUIRED');
    }
    return false;
  }

  /**
   * Writes name, email, attributes, and (when no other visitor holds it) the externalId on this
   * visitor. `verified` marks the identity as signed; an unverified call keeps an earlier mark
   * only when it does not change the signed value (check() refused otherwise).
   */
  private async update(current: Visitor, input: IdentifyVisitorInput, verified: boolean): Promise<Visitor> {
    const attributes = mergeAttributes(current.attributes as VisitorAttributes, input.attributes ?? []);
    const data = {
      ...(input.name && { name: input.name }),
      ...(input.email && { email: input.email }),
      attributes,
      ...(verified && { identityVerified: true }),
    };
    const externalId = input.externalId;
    if (externalId === null || externalId === current.externalId) {
      return this.prisma.visitor.update({ where: { id: current.id }, data });
    }
    const held = await this.prisma.visitor.findFirst({
      where: { workspaceId: current.workspaceId, externalId, NOT: { id: current.id } },
      select: { id: true },
    });
    if (held) return this.prisma.visitor.update({ where: { id: current.id }, data });
    try {
      return await this.prisma.visitor.update({ where: { id: current.id }, data: { ...data, externalId } });
    } catch (error) {
      // Claimed at the same moment by another visitor: this unverified claim is not recorded.
      if (!isUniqueViolation(error)) throw error;
      return this.prisma.visitor.update({ where: { id: current.id }, data });
    }
  }

  /** A signed externalId: this visitor becomes (or joins) the verified customer's record. */
  private async claimVerified(
    viewer: VisitorViewer,
    current: Visitor,
    externalId: string,
    input: IdentifyVisitorInput,
  ): Promise<IdentifyResult> {
    const holder = await this.prisma.visitor.findFirst({
      where: { workspaceId: current.workspaceId, externalId, NOT: { id: current.id } },
    });
    if (holder?.identityVerified) return this.join(viewer, current, holder, input);
    if (current.identityVerified && signedValue(current) !== externalId) {
      // Another verified customer in the same browser (one signed out, the next signed in): the
      // first one's record keeps its identity and history; this session moves to a new record.
      return this.switchTo(viewer, holder, externalId, input);
    }
    const attributes = mergeAttributes(current.attributes as VisitorAttributes, input.attributes ?? []);
    const visitor = await this.prisma.$transaction(async (tx) => {
      // An unverified claim of this id gives way to the verified customer.
      if (holder) await tx.visitor.update({ where: { id: holder.id }, data: { externalId: null } });
      return tx.visitor.update({
        where: { id: current.id },
        data: {
          ...(input.name && { name: input.name }),
          ...(input.email && { email: input.email }),
          externalId,
          attributes,
          identityVerified: true,
        },
      });
    });
    return { visitor, visitorToken: null };
  }

  /**
   * A new verified visitor record for this identity (taking the id from an unverified `holder`);
   * this widget session moves to it and a token for it is returned.
   */
  private async switchTo(
    viewer: VisitorViewer,
    holder: Visitor | null,
    externalId: string | null,
    input: IdentifyVisitorInput,
  ): Promise<IdentifyResult> {
    const attributes = mergeAttributes({}, input.attributes ?? []);
    const visitor = await this.prisma.$transaction(async (tx: Tx) => {
      if (holder) await tx.visitor.update({ where: { id: holder.id }, data: { externalId: null } });
      const created = await tx.visitor.create({
        data: {
          workspaceId: viewer.workspaceId,
          name: input.name,
          email: input.email,
          externalId,
          attributes,
          identityVerified: true,
        },
      });
      await tx.visitorSession.update({ where: { id: viewer.sessionId }, data: { visitorId: created.id } });
      return created;
    });
    return {
      visitor,
      visitorToken: await this.moved(viewer, visitor, { kind: 'visitorSession', sessionId: viewer.sessionId }),
    };
  }

  /** After this session moved to `visitor`: old tokens end (`revocation`), a token for the new record. */
  private async moved(viewer: VisitorViewer, visitor: Visitor, revocation: Revocation): Promise<string> {
    this.deps.events.emit('access.revoked', revocation);
    const { token } = await this.sessions.issue(visitor.id, visitor.workspaceId, viewer.sessionId);
    return token;
  }

  /**
   * The customer's verified record exists: this widget session moves to it. An anonymous or
   * unverified visitor is merged into it (conversations, attributes) and deleted; a visitor
   * verified as someone else keeps their own record and only this session moves.
   */
  private async join(
    viewer: VisitorViewer,
    current: Visitor,
    holder: Visitor,
    input: IdentifyVisitorInput,
  ): Promise<IdentifyResult> {
    const mergeWhole = !current.identityVerified;
    const attributes = mergeAttributes(
      mergeWhole
        ? { ...(current.attributes as VisitorAttributes), ...(holder.attributes as VisitorAttributes) }
        : (holder.attributes as VisitorAttributes),
      input.attributes ?? [],
    );
    const visitor = await this.prisma.$transaction(async (tx: Tx) => {
      await tx.visitorSession.update({ where: { id: viewer.sessionId }, data: { visitorId: holder.id } });
      if (mergeWhole) {
        await tx.conversation.updateMany({ where: { visitorId: current.id }, data: { visitorId: holder.id } });
        await tx.visitor.delete({ where: { id: current.id } });
      }
      return tx.visitor.update({
        where: { id: holder.id },
        data: {
          ...(input.name && { name: input.name }),
          ...(input.email && { email: input.email }),
          attributes,
          lastSeenAt: new Date(),
        },
      });
    });
    // Tokens naming the old record stop working (their session moved or was deleted with it).
    const revocation: Revocation = mergeWhole
      ? { kind: 'visitor', visitorId: current.id }
      : { kind: 'visitorSession', sessionId: viewer.sessionId };
    return { visitor, visitorToken: await this.moved(viewer, visitor, revocation) };
  }
}
