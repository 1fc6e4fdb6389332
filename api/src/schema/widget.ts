import { signInFor } from '../auth/sign-in.js';
import {
  AuthenticationError,
  ForbiddenError,
  IdentityVerificationError,
  InvalidOperationError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../domain/errors.js';
import { submitActionInput, type HandoffResult } from '../domain/handoff/handoff.js';
import { identifyVisitorInput, type IdentifyResult } from '../domain/widget/visitor-identity.js';
import { startWidgetSessionInput, type WidgetSession } from '../domain/widget/widget.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { visitorViewer } from './scopes.js';

const SessionMetadataInput = builder.inputType('SessionMetadataInput', {
  fields: (t) => ({
    pageUrl: t.string(),
    pageTitle: t.string(),
    referrer: t.string(),
    locale: t.string({ description: 'BCP 47, e.g. `en-GB`.' }),
    timezone: t.string({ description: 'IANA, e.g. `Europe/Berlin`.' }),
    userAgent: t.string(),
  }),
});

const StartWidgetSessionInput = builder
  .inputType('StartWidgetSessionInput', {
    fields: (t) => ({
      publicKey: t.string({ required: true, description: "The workspace's public widget key." }),
      visitorToken: t.string({
        description: "The token from an earlier session: resumes that visitor's conversation.",
      }),
      metadata: t.field({ type: SessionMetadataInput }),
    }),
  })
  .validate(startWidgetSessionInput);

const WidgetSessionRef = builder.objectRef<WidgetSession>('WidgetSession').implement({
  description:
    "A visitor session. Send `token` as `Authorization: Bearer <token>` (or `connectionParams.authorization`) for the visitor's calls, and keep it to resume later.",
  fields: (t) => ({
    token: t.exposeString('token'),
    resumed: t.exposeBoolean('resumed'),
    visitorId: t.id({ resolve: (s) => s.visitor.id }),
    workspaceName: t.string({ resolve: (s) => s.workspace.name }),
    greeting: t.string({ resolve: (s) => s.settings?.greeting ?? '' }),
    responseTimeTargetSeconds: t.int({ resolve: (s) => s.workspace.responseTimeTargetSeconds }),
    conversation: t.prismaField({
      type: 'Conversation',
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id: s.conversation.id } }),
    }),
  }),
});

const HandoffPayload = builder.objectRef<HandoffResult>('HandoffPayload').implement({
  fields: (t) => ({
    alreadyRequested: t.boolean({
      description: 'True when a handoff was already pending (or a teammate already joined): nothing new was queued.',
      resolve: (r) => !r.created,
    }),
    conversation: t.prismaField({
      type: 'Conversation',
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id: r.handoff.conversationId } }),
    }),
  }),
});

const VisitorAttributeInput = builder.inputType('VisitorAttributeInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

const IdentifyVisitorInput = builder
  .inputType('IdentifyVisitorInput', {
    description: 'What the host page knows about the visitor (`Baton.identify`, `Baton.setAttributes`).',
    fields: (t) => ({
      name: t.string(),
      email: t.string(),
      externalId: t.string({ description: "The site's own id for this visitor (unique per workspace)." }),
      signature: t.string({
        description:
          "Identity verification: hex HMAC-SHA256 of the externalId (or, with no externalId, of the lower-cased email) keyed with the workspace's identity secret, computed on the company's server. With it the visitor is verified; required when the workspace enforces verification.",
      }),
      attributes: t.field({
        type: [VisitorAttributeInput],
        description: "Merged into the visitor's attributes (at most 50 keys and 16 KiB per visitor in total).",
      }),
    }),
  })
  .validate(identifyVisitorInput);

const IdentifyVisitorPayload = builder.objectRef<IdentifyResult>('IdentifyVisitorPayload').implement({
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (r) => r.visitor.name }),
    email: t.string({ nullable: true, resolve: (r) => r.visitor.email }),
    identityVerified: t.boolean({
      description: 'True when the identity was signed by the company (now or earlier in this visitor record).',
      resolve: (r) => r.visitor.identityVerified,
    }),
    visitorToken: t.string({
      nullable: true,
      description:
        "Set when the signed identity is a customer Baton already knows: this session now belongs to the customer's record. Use this token from now on (and start the widget session again to resume it).",
      resolve: (r) => r.visitorToken,
    }),
  }),
});

const ActionValueInput = builder.inputType('ActionValueInput', {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

const SubmitActionInput = builder
  .inputType('SubmitActionInput', {
    fields: (t) => ({
      conversationId: t.id({ required: true }),
      actionId: t.id({ required: true }),
      values: t.field({ type: [ActionValueInput], defaultValue: [] }),
    }),
  })
  .validate(submitActionInput);

builder.mutationFields((t) => ({
  startWidgetSession: t.field({
    type: WidgetSessionRef,
    description:
      "Start (or, with a visitor token, resume) a visitor's conversation. The request origin must be allowed by the workspace.",
    errors: { types: [ValidationError, NotFoundError, ForbiddenError, InvalidOperationError, RateLimitedError] },
    args: { input: t.arg({ type: StartWidgetSessionInput, required: true }) },
    // The rest of this request acts as the visitor (so `conversation { … }` resolves).
    resolve: (_root, { input }, ctx) =>
      signInFor(
        ctx,
        () =>
          ctx.services.widgetSessionLimit.start(ctx.clientIp, input.visitorToken, () =>
            ctx.services.widget.start(input, ctx.origin),
          ),
        (session) => ({
          kind: 'visitor',
          visitorId: session.visitor.id,
          workspaceId: session.workspace.id,
          sessionId: session.sessionId,
        }),
      ),
  }),
  identifyVisitor: t.field({
    type: IdentifyVisitorPayload,
    description:
      'The visitor (widget) tells who they are; agents see it on the conversation, marked verified only with a valid `signature`. Never reveals whether another visitor has the externalId.',
    authScopes: { visitor: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, IdentityVerificationError] },
    args: { input: t.arg({ type: IdentifyVisitorInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.widget.identify(visitorViewer(ctx), input),
  }),
  submitAction: t.field({
    type: HandoffPayload,
    description:
      'A visitor presses a custom action. Every field is checked on the server; on errors nothing is written and ValidationError lists them per field (`values.<key>`).',
    authScopes: { visitor: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError, RateLimitedError] },
    args: { input: t.arg({ type: SubmitActionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const visitor = visitorViewer(ctx);
      await ctx.services.limits.consume(['actionSubmit', visitor.visitorId], ['actionSubmitIp', ctx.clientIp]);
      return ctx.services.handoff.submitAction(visitor, {
        conversationId: idOf('Conversation', input.conversationId, 'input.conversationId'),
        actionId: idOf('CustomAction', input.actionId, 'input.actionId'),
        values: input.values,
      });
    },
  }),
}));
