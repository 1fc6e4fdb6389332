/**
 * The assistant answers visitor messages. Whether it should (it owns the conversation, nobody
 * took over meanwhile) is the assistant's own decision when the queued turn runs.
 */
import type { Assistant } from '../assistant/assistant.js';
import type { Listener } from '../events/bus.js';

export function assistantReplies(assistant: Assistant): Listener {
  return {
    name: 'assistant replies',
    'message.posted': ({ message }) => {
      if (message.authorKind === 'VISITOR') assistant.enqueue(message.conversationId, message.id);
    },
  };
}
