/**
 * The assistant answers visitor messages in conversations it owns. It checks ownership again
 * when the queued turn runs (a take-over may have happened meanwhile).
 */
import type { Assistant } from '../assistant/assistant.js';
import type { Listener } from '../events/bus.js';

export function assistantReplies(assistant: Assistant): Listener {
  return {
    name: 'assistant replies',
    'message.posted': ({ message, conversationStatus }) => {
      if (message.authorKind === 'VISITOR' && conversationStatus === 'ASSISTANT') {
        assistant.enqueue(message.conversationId, message.id);
      }
    },
  };
}
