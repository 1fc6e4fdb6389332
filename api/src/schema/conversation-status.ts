import { ConversationStatus } from '../generated/prisma/enums.js';
import { builder } from './builder.js';

export const ConversationStatusEnum = builder.enumType(ConversationStatus, {
  name: 'ConversationStatus',
  description:
    'Who owns the conversation: the assistant, the queue (waiting for a human), one agent, or nobody (resolved).',
  values: {
    ASSISTANT: { description: 'The AI assistant answers the visitor.' },
    QUEUED: {
      description: 'A handoff was requested: waiting for an agent to take over (the response-time clock runs).',
    },
    ASSIGNED: { description: 'One agent owns it (`assignee`) and answers; the assistant is silent.' },
    RESOLVED: { description: 'Closed. A new visitor message reopens it with the assistant.' },
  },
});
