/** Presence (domain/presence), auto-assignment settings (domain/assignment) and the widget's expected wait. */
import { autoAssignmentInput } from '../domain/assignment/assignment.js';
import { expectedWait, type ExpectedWait } from '../domain/assignment/expected-wait.js';
import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { Presence } from '../domain/presence/presence.js';
import type { PresenceEvent } from '../events/types.js';
import type { Context } from '../context.js';
import DataLoader from 'dataloader';
import { builder } from './builder.js';
import { agentViewer } from './scopes.js';

export const PresenceEnum = builder.enumType('Presence', {
  description: "Whether a team member is there to take a chat, from their inbox sockets and their own 'Away' toggle.",
  values: {
    ONLINE: { description: 'The inbox is open (on any instance) and they are available.' },
    AWAY: { description: 'The inbox is open but they set themselves away: auto-assignment skips them.' },
    OFFLINE: { description: 'No inbox open for the presence grace period (or deactivated).' },
  },
});

const loaders = new WeakMap<Context, DataLoader<string, Presence>>();

/** One query for every agent whose presence a request (or a subscription's event) asks; batching only, no cache. */
function presenceLoader(ctx: Context): DataLoader<string, Presence> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const found = await ctx.services.presence.presenceOfIds(ids);
        return ids.map((id) => found.get(id) ?? 'OFFLINE');
      },
      { cache: false },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

builder.prismaObjectFields('Agent', (t) => ({
  presence: t.field({
    type: PresenceEnum,
    description: 'ONLINE, AWAY or OFFLINE now; `teamPresence` tells changes live.',
    select: { id: true },
    resolve: (agent, _args, ctx) => presenceLoader(ctx).load(agent.id),
  }),
  away: t.boolean({
    description: "The member's own 'Away' toggle (kept while they are offline).",
    select: { away: true },
    resolve: (agent) => agent.away,
  }),
}));

builder.mutationField('setAway', (t) =>
  t.prismaField({
    type: 'Agent',
    description:
      'Set the signed-in member away (true: auto-assignment skips them; teammates see AWAY) or available again (false).',
    authScopes: { session: true },
    errors: { types: [AuthenticationError, NotFoundError] },
    args: { away: t.arg.boolean({ required: true, description: 'True: away. False: available.' }) },
    resolve: async (query, _root, args, ctx) => {
      const { id } = await ctx.services.presence.setAway(agentViewer(ctx), args.away);
      return ctx.prisma.agent.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const PresenceChangeRef = builder.objectRef<PresenceEvent>('PresenceChange').implement({
  description: "A teammate's presence changed.",
  fields: (t) => ({
    agent: t.prismaField({
      type: 'Agent',
      description: 'The member, as they are now.',
      resolve: (query, e, _args, ctx) => ctx.prisma.agent.findUniqueOrThrow({ ...query, where: { id: e.agentId } }),
    }),
    presence: t.field({ type: PresenceEnum, description: 'Their presence now.', resolve: (e) => e.presence }),
    at: t.field({ type: 'DateTime', description: 'When it changed.', resolve: (e) => new Date(e.at) }),
  }),
});

builder.subscriptionField('teamPresence', (t) =>
  t.field({
    type: PresenceChangeRef,
    description: "Live presence changes of the viewer's teammates (and their own, from another tab).",
    authScopes: { member: 'conversations:read' },
    subscribe: (_root, _args, ctx) => ctx.services.presence.changes(agentViewer(ctx).workspaceId),
    resolve: (event) => event,
  }),
);

export const AutoAssignmentEnum = builder.enumType('AutoAssignment', {
  description: 'Who gets a new handoff.',
  values: {
    OFF: { description: 'Nobody until an agent takes it over (default).' },
    ROUND_ROBIN: {
      description:
        'The next available (ONLINE) agent below the cap, in turn; with everyone at the cap it stays queued.',
    },
  },
});

builder.prismaObjectFields('Workspace', (t) => ({
  autoAssignment: t.expose('autoAssignment', { type: AutoAssignmentEnum, description: 'Who gets a new handoff.' }),
  autoAssignCap: t.exposeInt('autoAssignCap', {
    description: 'Auto-assignment gives an agent at most this many open (ASSIGNED) conversations (1–100).',
  }),
}));

const UpdateAutoAssignmentInput = builder
  .inputType('UpdateAutoAssignmentInput', {
    description: 'Only the fields given change.',
    fields: (t) => ({
      mode: t.field({ type: AutoAssignmentEnum, description: 'OFF or ROUND_ROBIN.' }),
      cap: t.float({
        description:
          'Open conversations per agent, a whole number from 1 to 100 (a fraction is refused with a ValidationError).',
      }),
    }),
  })
  .validate(autoAssignmentInput);

builder.mutationField('updateAutoAssignment', (t) =>
  t.prismaField({
    type: 'Workspace',
    description:
      'Turn auto-assignment on or off and set the per-agent cap (owner/admin only). Turning it on assigns the queue at once.',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError] },
    args: { input: t.arg({ type: UpdateAutoAssignmentInput, required: true, description: 'The settings to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const workspace = await ctx.services.assignment.update(agentViewer(ctx), input);
      return ctx.prisma.workspace.findUniqueOrThrow({ ...query, where: { id: workspace.id } });
    },
  }),
);

const ExpectedWaitRef = builder.objectRef<ExpectedWait>('ExpectedWait').implement({
  description: 'What the widget tells a queued visitor, from the agents available now and the live queue.',
  fields: (t) => ({
    availableAgents: t.exposeInt('availableAgents', { description: 'Agents ONLINE now (connected, not away).' }),
    queuePosition: t.exposeInt('queuePosition', { description: '1 for the conversation waiting longest.' }),
    estimateSeconds: t.exposeInt('estimateSeconds', {
      nullable: true,
      description: 'About how long until a teammate joins; null when nobody is available (the team is away).',
    }),
  }),
});

builder.prismaObjectFields('Conversation', (t) => ({
  expectedWait: t.field({
    type: ExpectedWaitRef,
    nullable: true,
    description:
      'While QUEUED: available agents, queue position and an estimate (visible to the visitor); null otherwise.',
    select: { id: true, workspaceId: true, status: true, handoffRequestedAt: true },
    resolve: (c, _args, ctx) => expectedWait(ctx.prisma, ctx.services.presence, c),
  }),
}));
