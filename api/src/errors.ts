/**
 * Domain errors. Services throw these; the GraphQL layer exposes each as a typed member of a
 * mutation's result union (see schema/errors.ts), so clients can switch on `__typename`.
 */

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `input.email` or `values.orderNumber`. */
  path: string;
  message: string;
}

export abstract class BatonError extends Error {
  abstract readonly code: string;
}

/** Input failed validation; nothing was written. */
export class ValidationError extends BatonError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly fieldErrors: FieldIssue[],
    message = fieldErrors.map((f) => `${f.path}: ${f.message}`).join('; ') || 'Invalid input',
  ) {
    super(message);
  }
  static single(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

/** The caller is not signed in, or presented a token that is not (or no longer) valid. */
export class AuthenticationError extends BatonError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'You need to sign in to do that.') {
    super(message);
  }
}

/** The caller is signed in but their role or token scope does not allow this. */
export class ForbiddenError extends BatonError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do that.') {
    super(message);
  }
}

/** The id does not exist, or belongs to another workspace (indistinguishable on purpose). */
export class NotFoundError extends BatonError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    message = `${entity} not found.`,
  ) {
    super(message);
  }
}

export class EmailTakenError extends BatonError {
  readonly code = 'EMAIL_TAKEN';
  constructor(readonly email: string) {
    super('An account with this email already exists.');
  }
}

/** Wrong email or password; deliberately the same for both, so emails cannot be enumerated. */
export class InvalidCredentialsError extends BatonError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('The email or password is incorrect.');
  }
}

export type InvitationProblem = 'NOT_FOUND' | 'EXPIRED' | 'ALREADY_ACCEPTED' | 'REVOKED';

export class InvitationInvalidError extends BatonError {
  readonly code = 'INVITATION_INVALID';
  constructor(readonly reason: InvitationProblem) {
    super(
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
  readonly code = 'INVALID_OPERATION';
}
