/**
 * Visitor identity verification, as Intercom and Crisp do it: the company's server signs who the
 * signed-in customer is with the workspace's identity secret, the page passes the signature to
 * `Baton.identify`, and Baton believes an identity only with a valid signature.
 *
 *   signature = hex(HMAC-SHA256(identitySecret, signedValue))
 *
 * The signed value is the visitor's `externalId`, or — for an identity with no externalId — the
 * email (trimmed and lower-cased, as Baton stores it). Only that value is verified: with an
 * externalId, the name and email sent alongside are what the page says, shown as unverified.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Visitor } from '../../generated/prisma/client.js';

/** A new identity secret: 32 random bytes, as `bis_` + base64url (what admins copy to their server). */
export function generateIdentitySecret(): string {
  return `bis_${randomBytes(32).toString('base64url')}`;
}

/** What the company's server signs for an identity: the externalId, else the email; null when neither. */
export function signedValue(identity: { externalId: string | null; email: string | null }): string | null {
  return identity.externalId ?? identity.email;
}

/** hex(HMAC-SHA256(secret, value)) — what the company's server computes. */
export function identitySignature(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('hex');
}

/** Whether `signature` is the identity signature of `value`, compared in constant time. */
export function signatureValid(secret: string | null, value: string, signature: string | null): boolean {
  if (!secret || !signature) return false;
  const expected = Buffer.from(identitySignature(secret, value), 'hex');
  const wellFormed = /^[0-9a-f]{64}$/i.test(signature);
  // A malformed signature is compared too (against zeros), so the work is the same.
  const given = wellFormed ? Buffer.from(signature, 'hex') : Buffer.alloc(expected.length);
  return timingSafeEqual(expected, given) && wellFormed;
}

/** Which of a visitor's fields agents may trust: the one the company's server signed. */
export function verifiedFields(visitor: Pick<Visitor, 'identityVerified' | 'externalId' | 'email'>): {
  externalId: boolean;
  email: boolean;
} {
  return {
    externalId: visitor.identityVerified && visitor.externalId !== null,
    email: visitor.identityVerified && visitor.externalId === null && visitor.email !== null,
  };
}
