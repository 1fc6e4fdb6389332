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
});

const HandoffStatusEnum = builder.enumType(HandoffStatus, { name: 'HandoffStatus' });

const CapturedValueRef = builder.objectRef<CapturedValue>('CapturedValue').implement({
  description: 'A value the visitor entered in a custom action field.',
  fields: (t) => ({ key: t.exposeString('key'), label: t.exposeString('label'), value: t.exposeString('value') }),
});

export type HandoffShape = HandoffRequest & { action: { label: string } | null };

export const HandoffRef = builder.objectRef<HandoffShape>('HandoffRequest').implement({
  description: 'The handoff packet: why, what the visitor entered, a summary, and what the assistant cited.',
  fields: (t) => ({
    id: t.exposeString('id'),
    trigger: t.expose('trigger', { type: HandoffTriggerEnum }),
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
    status: t.expose('status', { type: HandoffStatusEnum }),
    actionLabel: t.string({ nullable: true, resolve: (h) => h.action?.label ?? null }),
    capturedValues: t.field({
      type: [CapturedValueRef],
      resolve: (h) => h.capturedValues as unknown as CapturedValue[],
    }),
    summary: t.exposeString('summary'),
    citedDocuments: t.field({ type: [CitationRef], resolve: (h) => h.citedDocuments as unknown as Citation[] }),
    requestedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
