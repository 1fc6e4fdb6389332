/**
 * The webhook event types an endpoint can subscribe to, and the payload envelope's version.
 * `webhook.test` is sent only by "send test event" (no endpoint subscribes to it).
 */
export const webhookPayloadVersion = '2026-12-01';

export const webhookEventTypes = [
  'handoff.requested',
  'conversation.taken_over',
  'conversation.released',
  'conversation.reassigned',
  'conversation.handed_back',
  'conversation.resolved',
  'conversation.reopened',
  'message.created',
  'conversation.response_target_breached',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** What each event type reports (shown in the API's documentation and the settings screen). */
export const webhookEventDescriptions: Record<WebhookEventType, string> = {
  'handoff.requested': 'A conversation was handed off and waits in the queue for a person.',
  'conversation.taken_over': 'An agent took over a conversation.',
  'conversation.released': 'An agent released a conversation back to the queue.',
  'conversation.reassigned': 'A conversation was reassigned to another agent.',
  'conversation.handed_back': 'An agent handed a conversation back to the assistant.',
  'conversation.resolved': 'A conversation was resolved.',
  'conversation.reopened': 'A resolved conversation was reopened.',
  'message.created':
    'A message was stored in a conversation (visitor, assistant, agent or system; never internal notes).',
  'conversation.response_target_breached': "A handoff waited longer than the workspace's response-time target.",
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (webhookEventTypes as readonly string[]).includes(value);
}
