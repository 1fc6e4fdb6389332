import type { ApiScope } from './api-keys/scopes.js';

/**
 * Domain errors. Services throw these; the GraphQL layer exposes each as a typed member of a
 * mutation's result union (see schema/errors.ts), so clients can switch on `__typename`.
 */

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `input.email` or `values.orderNumber`. */
  path: string;
  message: string;
}

/**
 * Base of all domain errors: a message for people and a stable `code` for programs. Where a
 * field has no typed error union, the HTTP layer shows them unmasked with `extensions.code`
 * (http/errors.ts); any other error is masked.
 */
export abstract class BatonError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input failed validation; nothing was written. */
export class ValidationError extends BatonError {
  constructor(
    readonly fieldErrors: FieldIssue[],
    message = fieldErrors.map((f) => `${f.path}: ${f.message}`).join('; ') || 'Invalid input',
  ) {
    super('VALIDATION_FAILED', message);
  }
  static single(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

/** The caller is not signed in, or presented a token that is not (or no longer) valid. */
export class AuthenticationError extends BatonError {
  constructor(message = 'You need to sign in to do that.') {
    super('UNAUTHENTICATED', message);
  }
}

/** The caller is signed in but their role or token scope does not allow this. */
export class ForbiddenError extends BatonError {
  constructor(
    message = 'You are not allowed to do that.',
    /** The API scope the key lacks (api-keys/scopes.ts), when that is why. */
    readonly missingScope: ApiScope | null = null,
  ) {
    super('FORBIDDEN', message);
  }
}

/** The id does not exist, or belongs to another workspace (indistinguishable on purpose). */
export class NotFoundError extends BatonError {
  constructor(
    readonly entity: string,
    message = `${entity} not found.`,
  ) {
    super('NOT_FOUND', message);
  }
}

export class EmailTakenError extends BatonError {
  constructor(readonly email: string) {
    super('EMAIL_TAKEN', 'An account with this email already exists.');
  }
}

/** Wrong email or password; deliberately the same for both, so emails cannot be enumerated. */
export class InvalidCredentialsError extends BatonError {
  constructor() {
    super('INVALID_CREDENTIALS', 'The email or password is incorrect.');
  }
}

export type InvitationProblem = 'NOT_FOUND' | 'EXPIRED' | 'ALREADY_ACCEPTED' | 'REVOKED';

export class InvitationInvalidError extends BatonError {
  constructor(readonly reason: InvitationProblem) {
    super(
      'INVITATION_INVALID',
      {
        NOT_FOUND: 'This invitation link is not valid.',
        EXPIRED: 'This invitation has expired. Ask an admin for a new one.',
        ALREADY_ACCEPTED: 'This invitation has already been used.',
        REVOKED: 'This invitation was revoked.',
      }[reason],
    );
  }
}

/** A well-formed request that the current state does not allow (e.g. deactivating the owner). */
export class InvalidOperationError extends BatonError {
  constructor(message: string) {
    super('INVALID_OPERATION', message);
  }
}

/** Someone else won the take-over (or already owns the conversation). */
export class ConversationTakenError extends BatonError {
  constructor(
    readonly agentId: string,
    readonly agentName: string,
  ) {
    super('CONVERSATION_TAKEN', `${agentName} has already taken over this conversation.`);
  }
}

export type ConversationOwnerKind = 'ASSISTANT' | 'QUEUE' | 'AGENT' | 'NOBODY';

/**
 * The author does not own the conversation (guarantee 1): e.g. the assistant writing after a
 * handoff, or an agent replying without taking over first. Nothing was written.
 */
export class OwnershipError extends BatonError {
  constructor(
    readonly owner: ConversationOwnerKind,
    readonly ownerName: string | null,
    message: string,
  ) {
    super('NOT_OWNER', message);
  }
}

export type IdentityProblem = 'SIGNATURE_REQUIRED' | 'SIGNATURE_INVALID';

/**
 * identifyVisitor: the identity needs a valid signature from the company's server (the
 * workspace enforces verification, or the call would change a verified identity), or the one
 * given does not match. Nothing was changed.
 */
export class IdentityVerificationError extends BatonError {
  constructor(readonly reason: IdentityProblem) {
    super(
      'IDENTITY_NOT_VERIFIED',
      {
        SIGNATURE_REQUIRED:
          'This identity needs a signature from your server (HMAC-SHA256 of the externalId, or of the email when there is none, with the identity secret).',
        SIGNATURE_INVALID:
          'The identity signature does not match. Sign the externalId (or the email when there is none) with the current identity secret.',
      }[reason],
    );
  }
}

/**
 * Too many requests of this kind from this caller (a rate limit, limits/rate-limits.ts), or too
 * many failed log-ins. Nothing was written; try again after `retryAfterSeconds`.
 */
export class RateLimitedError extends BatonError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many requests. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
  ) {
    super('RATE_LIMITED', message);
  }
}

/**
 * A dependency the request needs (the database) is unreachable for now — a transient fault, not
 * a bad request. Retry the same request after `retryAfterSeconds`, with the same `clientId`
 * where there is one: a transaction that failed rolled back, but one whose connection broke
 * during COMMIT may have committed, and the retry with the same `clientId` then answers the
 * stored message. Raised from database failures by db/database-faults.ts; `cause` keeps the
 * original for logs and is never shown to clients.
 */
export class ServiceUnavailableError extends BatonError {
  constructor(
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
    message = `The service is temporarily unavailable. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
  ) {
    super('SERVICE_UNAVAILABLE', message, options);
  }
}
