import type { Citation } from '../events/types.js';
import type { HandoffRequest } from '../generated/prisma/client.js';
import { HandoffStatus, HandoffTrigger } from '../generated/prisma/enums.js';
import type { CapturedValue } from '../domain/actions/custom-actions.js';
import { topicName } from '../assistant/topics.js';
import { builder } from './builder.js';
import { CitationRef } from './citation.js';

export const HandoffTriggerEnum = builder.enumType(HandoffTrigger, {
  name: 'HandoffTrigger',
  description:
    'Why a handoff was requested: a button, an explicit request for a person, low confidence, frustration, or a sensitive topic the assistant must not handle.',
  values: {
    BUTTON: { description: 'The visitor pressed a custom action.' },
    EXPLICIT_REQUEST: { description: 'The visitor asked for a person.' },
    LOW_CONFIDENCE: { description: "The assistant's confidence was below the workspace's threshold." },
    FRUSTRATION: { description: 'The visitor seemed frustrated (when frustration detection is on).' },
    SENSITIVE: { description: "A sensitive topic (built-in or the workspace's own) that only people handle." },
  },
});

const HandoffStatusEnum = builder.enumType(HandoffStatus, {
  name: 'HandoffStatus',
  description: 'What became of a handoff request.',
  values: {
    PENDING: { description: 'Waiting in the queue for an agent.' },
    ACCEPTED: { description: 'An agent took over (or was assigned the conversation).' },
    CANCELLED: { description: 'Handed back to the assistant or resolved before anyone took over.' },
  },
});

export const CapturedValueRef = builder.objectRef<CapturedValue>('CapturedValue').implement({
  description: 'A value the visitor entered in a custom action field.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "The field's stable key, e.g. `orderNumber`." }),
    label: t.exposeString('label', { description: 'The label the visitor saw.' }),
    value: t.exposeString('value', { description: 'What the visitor entered (checked against the field type).' }),
  }),
});

export type HandoffShape = HandoffRequest & { action: { label: string } | null };

export const HandoffRef = builder.objectRef<HandoffShape>('HandoffRequest').implement({
  description: 'The handoff packet: why, what the visitor entered, a summary, and what the assistant cited.',
  fields: (t) => ({
    id: t.exposeString('id', { description: "The request's database id (handoff requests are not nodes)." }),
    trigger: t.expose('trigger', { type: HandoffTriggerEnum, description: 'Why it was requested.' }),
    topic: t.exposeString('topic', {
      nullable: true,
      description:
        "With a SENSITIVE trigger: the topic key (`fraud`, `account_change`, `health_safety`, `legal`, `complex_return`) or the name of the workspace's own topic.",
    }),
    topicName: t.string({
      nullable: true,
      description: 'The topic as people read it ("Fraud or unauthorised payments").',
      resolve: (h) => (h.topic ? topicName(h.topic) : null),
    }),
    status: t.expose('status', { type: HandoffStatusEnum, description: 'What became of it.' }),
    actionLabel: t.string({
      nullable: true,
      description: 'The custom action pressed (BUTTON); null otherwise or when the action was deleted.',
      resolve: (h) => h.action?.label ?? null,
    }),
    capturedValues: t.field({
      type: [CapturedValueRef],
      description: "The action's fields as the visitor filled them in, in field order.",
      resolve: (h) => h.capturedValues as unknown as CapturedValue[],
    }),
    summary: t.exposeString('summary', { description: 'A short summary of the conversation so far, for the agent.' }),
    citedDocuments: t.field({
      type: [CitationRef],
      description: 'The documents the assistant cited before the handoff (a snapshot).',
      resolve: (h) => h.citedDocuments as unknown as Citation[],
    }),
    requestedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was requested.' }),
  }),
});
