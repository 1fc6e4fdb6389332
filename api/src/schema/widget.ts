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
  description: "What the widget knows about the visitor's browser; shown to agents, never trusted.",
  fields: (t) => ({
    pageUrl: t.string({ description: 'The page the widget runs on.' }),
    pageTitle: t.string({ description: "That page's title." }),
    referrer: t.string({ description: "The page's referrer." }),
    locale: t.string({ description: 'BCP 47, e.g. `en-GB`.' }),
    timezone: t.string({ description: 'IANA, e.g. `Europe/Berlin`.' }),
    userAgent: t.string({ description: "The browser's user agent." }),
  }),
});

const StartWidgetSessionInput = builder
  .inputType('StartWidgetSessionInput', {
    description: 'Which workspace, and the visitor to resume if any.',
    fields: (t) => ({
      publicKey: t.string({ required: true, description: "The workspace's public widget key." }),
      visitorToken: t.string({
        description: "The token from an earlier session: resumes that visitor's conversation.",
      }),
      metadata: t.field({ type: SessionMetadataInput, description: 'Browser context for agents (optional).' }),
    }),
  })
  .validate(startWidgetSessionInput);

const WidgetSessionRef = builder.objectRef<WidgetSession>('WidgetSession').implement({
  description:
    "A visitor session. Send `token` as `Authorization: Bearer <token>` (or `connectionParams.authorization`) for the visitor's calls, and keep it to resume later.",
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'The visitor token (renewed on every resume; valid `BATON_VISITOR_SESSION_TTL_DAYS`).',
    }),
    resumed: t.exposeBoolean('resumed', {
      description: "True when `visitorToken` was valid and this is that visitor's conversation again.",
    }),
    visitorId: t.id({ description: "The visitor's database id.", resolve: (s) => s.visitor.id }),
    workspaceName: t.string({
      description: 'The company name for the widget header.',
      resolve: (s) => s.workspace.name,
    }),
    greeting: t.string({
      description: "The assistant's greeting (empty when none is set).",
      resolve: (s) => s.settings?.greeting ?? '',
    }),
    responseTimeTargetSeconds: t.int({
      description: "The workspace's response-time target in seconds (for an expected-wait hint).",
      resolve: (s) => s.workspace.responseTimeTargetSeconds,
    }),
    conversation: t.prismaField({
      type: 'Conversation',
      description: "The visitor's conversation (new, or the resumed one).",
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id: s.conversation.id } }),
    }),
  }),
});

const HandoffPayload = builder.objectRef<HandoffResult>('HandoffPayload').implement({
  description: 'The outcome of pressing a custom action.',
  fields: (t) => ({
    alreadyRequested: t.boolean({
      description:
        'True when a handoff was already pending (or a teammate already has the chat): nothing new was queued; the submission is in the transcript for the team.',
      resolve: (r) => !r.created,
    }),
    conversation: t.prismaField({
      type: 'Conversation',
      description: 'The conversation afterwards (QUEUED for an escalation).',
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id: r.conversationId } }),
    }),
  }),
});

const VisitorAttributeInput = builder.inputType('VisitorAttributeInput', {
  description: 'One custom attribute of the visitor (e.g. `plan` = `pro`).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Attribute name.' }),
    value: t.string({ required: true, description: 'Attribute value (text).' }),
  }),
});

const IdentifyVisitorInput = builder
  .inputType('IdentifyVisitorInput', {
    description: 'What the host page knows about the visitor (`Baton.identify`, `Baton.setAttributes`).',
    fields: (t) => ({
      name: t.string({ description: "The visitor's name, as the page knows it." }),
      email: t.string({ description: "The visitor's email (verified only with `signature`)." }),
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
  description: 'The visitor as Baton now knows them.',
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: "The visitor's name; null if none.",
      resolve: (r) => r.visitor.name,
    }),
    email: t.string({
      nullable: true,
      description: "The visitor's email; null if none.",
      resolve: (r) => r.visitor.email,
    }),
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
  description: "A value for one of the action's fields.",
  fields: (t) => ({
    key: t.string({ required: true, description: "The field's `key`." }),
    value: t.string({ required: true, description: 'What the visitor entered.' }),
  }),
});

const SubmitActionInput = builder
  .inputType('SubmitActionInput', {
    description: 'A custom action pressed in a conversation.',
    fields: (t) => ({
      conversationId: t.id({ required: true, description: "Global id of the visitor's conversation." }),
      actionId: t.id({ required: true, description: 'Global id of an enabled custom action.' }),
      values: t.field({
        type: [ActionValueInput],
        defaultValue: [],
        description: "Values for the action's fields, by key.",
      }),
    }),
  })
  .validate(submitActionInput);

builder.mutationFields((t) => ({
  startWidgetSession: t.field({
    type: WidgetSessionRef,
    description:
      "Start (or, with a visitor token, resume) a visitor's conversation. The request origin must be allowed by the workspace.",
    errors: { types: [ValidationError, NotFoundError, ForbiddenError, InvalidOperationError, RateLimitedError] },
    args: { input: t.arg({ type: StartWidgetSessionInput, required: true, description: 'The workspace key.' }) },
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
    args: { input: t.arg({ type: IdentifyVisitorInput, required: true, description: 'Who the visitor is.' }) },
    resolve: (_root, { input }, ctx) => ctx.services.widget.identify(visitorViewer(ctx), input),
  }),
  submitAction: t.field({
    type: HandoffPayload,
    description:
      'A visitor presses a custom action. Every field is checked on the server; on errors nothing is written and ValidationError lists them per field (`values.<key>`).',
    authScopes: { visitor: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError, RateLimitedError] },
    args: { input: t.arg({ type: SubmitActionInput, required: true, description: 'The action and its values.' }) },
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
