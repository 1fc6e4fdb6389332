import { ConversationStatus } from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const ConversationStatusEnum = builder.enumType(ConversationStatus, {
  name: 'ConversationStatus',
  description:
    'Who owns the conversation: the assistant, the queue (waiting for a human), one agent, or nobody (resolved).',
});
