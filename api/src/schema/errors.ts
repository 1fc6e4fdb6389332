/** GraphQL shapes of the domain errors: every one implements `Error { message code }`. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  AuthenticationError,
  ConversationTakenError,
  OwnershipError,
  type BatonError,
  EmailTakenError,
  ForbiddenError,
  IdentityVerificationError,
  InvalidCredentialsError,
  InvalidOperationError,
  InvitationInvalidError,
  NotFoundError,
  RateLimitedError,
  ServiceUnavailableError,
  ValidationError,
  type FieldIssue,
} from '../domain/errors.js';
import { ApiScopeEnum } from './api-scope.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<BatonError>('Error').implement({
  description: 'Implemented by every typed error a mutation can return.',
  fields: (t) => ({
    message: t.exposeString('message', {
      description: 'What went wrong, in English, for people (may change between releases: do not parse it).',
    }),
    code: t.exposeString('code', {
      description:
        'Stable machine-readable code, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `RATE_LIMITED` (the same as `extensions.code` on top-level errors; see docs/api.md).',
    }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path of the field, e.g. `input.email`.' }),
    message: t.exposeString('message', { description: 'Why this field was refused, for people.' }),
  }),
});

builder.objectType(AuthenticationError, {
  name: 'AuthenticationError',
  description: 'Not signed in, or the token is no longer valid.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AuthenticationError,
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: "The viewer's role or scopes do not allow this.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: (t) => ({
    missingScope: t.field({
      type: ApiScopeEnum,
      nullable: true,
      description:
        'The scope the API key lacks, when that is why (also `extensions.missingScope` on top-level errors).',
      resolve: (e) => e.missingScope,
    }),
  }),
});

builder.objectType(EmailTakenError, {
  name: 'EmailTakenError',
  description: 'An account with this email already exists.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof EmailTakenError,
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description: 'Wrong email or password (the same error for both).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

builder.objectType(InvalidOperationError, {
  name: 'InvalidOperationError',
  description: 'The request is not allowed in the current state.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidOperationError,
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input was rejected; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldIssueRef],
      description: 'Every invalid field, each with its path (empty only when the input as a whole was refused).',
      resolve: (e) => e.fieldErrors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'No such object in your workspace.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString('entity', {
      description:
        'The kind of object that was not found, e.g. `Conversation`. Ids of other workspaces are reported the same way.',
    }),
  }),
});

const InvitationProblemEnum = builder.enumType('InvitationProblem', {
  description: 'Why an invitation cannot be used.',
  values: {
    NOT_FOUND: { description: 'No invitation has this token.' },
    EXPIRED: { description: 'It expired; an owner or admin can send a new one.' },
    ALREADY_ACCEPTED: { description: 'It has already been used to join.' },
    REVOKED: { description: 'An owner or admin revoked it.' },
  } as const,
});

builder.objectType(InvitationInvalidError, {
  name: 'InvitationInvalidError',
  description: 'The invitation cannot be used.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvitationInvalidError,
  fields: (t) => ({
    reason: t.expose('reason', { type: InvitationProblemEnum, description: 'Which problem, for programs.' }),
  }),
});

builder.objectType(ConversationTakenError, {
  name: 'ConversationTakenError',
  description: 'Another agent owns the conversation (e.g. won the take-over).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConversationTakenError,
  fields: (t) => ({
    agentName: t.exposeString('agentName', { description: 'Who has it.' }),
    agentId: t.id({
      description: 'Global id of the agent who owns it now.',
      resolve: (e) => encodeGlobalID('Agent', e.agentId),
    }),
  }),
});

const ConversationOwnerEnum = builder.enumType('ConversationOwner', {
  description: 'Who may write to a conversation at this moment.',
  values: {
    ASSISTANT: { description: 'The AI assistant answers (status ASSISTANT).' },
    QUEUE: { description: 'Waiting for an agent to take over (status QUEUED): nobody may reply yet.' },
    AGENT: { description: 'One agent owns it (status ASSIGNED); `ownerName` says who.' },
    NOBODY: { description: 'Resolved: a new visitor message reopens it with the assistant.' },
  } as const,
});

builder.objectType(OwnershipError, {
  name: 'OwnershipError',
  description: 'The author does not own the conversation, so nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof OwnershipError,
  fields: (t) => ({
    owner: t.expose('owner', { type: ConversationOwnerEnum, description: 'Who owns the conversation instead.' }),
    ownerName: t.exposeString('ownerName', {
      nullable: true,
      description: "The owning agent's name when `owner` is AGENT; null otherwise.",
    }),
  }),
});

const IdentityProblemEnum = builder.enumType('IdentityProblem', {
  description: 'Why a visitor identity was refused.',
  values: {
    SIGNATURE_REQUIRED: {
      description:
        'No signature, but one is needed: the workspace enforces verification, or the call would change an already verified identity.',
    },
    SIGNATURE_INVALID: {
      description: 'The signature does not match the externalId (or email) with the current identity secret.',
    },
  } as const,
});

builder.objectType(IdentityVerificationError, {
  name: 'IdentityVerificationError',
  description:
    "The visitor's identity needs a valid signature from the company's server (or the one given does not match); nothing changed.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof IdentityVerificationError,
  fields: (t) => ({
    reason: t.expose('reason', { type: IdentityProblemEnum, description: 'Which problem, for programs.' }),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: 'Too many requests of this kind from this caller (or too many failed log-ins); nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Try again after this many seconds.' }),
  }),
});

builder.objectType(ServiceUnavailableError, {
  name: 'ServiceUnavailableError',
  description:
    'A transient fault (the database is unreachable): retry the same request after `retryAfterSeconds`, with the same `clientId` where there is one. Every mutation can return it.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ServiceUnavailableError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Try again after this many seconds.' }),
  }),
});
