/**
 * Invitation links and the e-mail that carries them. A link's secret is derived from the
 * server's signing key and the invitation's id (auth/tokens.ts `derive`), so admins can copy it
 * from the pending list at any time while only its hash is stored. With SMTP set up
 * (`SMTP_URL`) the link is also e-mailed; the outcome is kept on the invitation (`emailStatus`,
 * `emailError`, `emailedAt`) and a refused or timed-out send never undoes the invitation.
 */
import { sha256 } from '../../auth/tokens.js';
import type { Invitation } from '../../generated/prisma/client.js';
import { MailError } from '../../mail/mailer.js';
import type { ServiceDeps } from '../deps.js';

const purpose = 'invitation';

/** The secret of the invitation with this id. */
export function invitationToken(deps: Pick<ServiceDeps, 'tokens'>, invitationId: string): string {
  return deps.tokens.derive(purpose, invitationId);
}

/** The accept link of a secret. */
export function invitationUrl(deps: Pick<ServiceDeps, 'publicUrl'>, token: string): string {
  return `${deps.publicUrl()}/invite/${token}`;
}

/** The invitation's link again; null for one whose secret was random (made before links were derived). */
export function linkOf(deps: Pick<ServiceDeps, 'tokens' | 'publicUrl'>, invitation: Invitation): string | null {
  const token = invitationToken(deps, invitation.id);
  return sha256(token) === invitation.tokenHash ? invitationUrl(deps, token) : null;
}

export interface InvitationLetter {
  email: string;
  workspaceName: string;
  inviterName: string | null;
  role: Invitation['role'];
  url: string;
  expiresAt: Date;
}

function letter(l: InvitationLetter) {
  const who = l.inviterName ? `${l.inviterName} invited you` : 'You are invited';
  const role = l.role === 'ADMIN' ? 'an admin' : 'an agent';
  const until = l.expiresAt.toUTCString();
  const subject = `${who} to join ${l.workspaceName} on Baton`;
  const text = [
    `${who} to join ${l.workspaceName} on Baton as ${role}, to answer the chats the assistant hands to people.`,
    '',
    `Choose your name and password here: ${l.url}`,
    '',
    `The link works once, until ${until}. If you did not expect this, ignore this e-mail.`,
  ].join('\n');
  const escape = (v: string) =>
    v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const html = `<p>${escape(who)} to join <strong>${escape(l.workspaceName)}</strong> on Baton as ${role}.</p>
<p><a href="${escape(l.url)}">Join ${escape(l.workspaceName)}</a></p>
<p style="color:#667085">The link works once, until ${escape(until)}. If you did not expect this, ignore this e-mail.</p>`;
  return { subject, text, html };
}

/**
 * E-mails the invitation when SMTP is set up and records the outcome; returns the invitation as
 * stored afterwards (unchanged without SMTP).
 */
export async function mailInvitation(
  deps: Pick<ServiceDeps, 'mailer' | 'prisma'>,
  invitation: Invitation,
  details: InvitationLetter,
): Promise<Invitation> {
  if (!deps.mailer.configured) return invitation;
  try {
    await deps.mailer.send({ to: details.email, ...letter(details) });
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    return deps.prisma.invitation.update({
      where: { id: invitation.id },
      data: { emailStatus: 'FAILED', emailError: error.message },
    });
  }
  return deps.prisma.invitation.update({
    where: { id: invitation.id },
    data: { emailStatus: 'SENT', emailError: null, emailedAt: new Date() },
  });
}
