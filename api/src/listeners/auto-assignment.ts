/**
 * Starts auto-assignment (domain/assignment) when it may give someone a conversation: a
 * conversation entered the queue or freed an agent's slot (any ownership change but auto-
 * assignment's own), or an agent became available. It runs on the instance that saw the fact;
 * the workspace row lock keeps instances from assigning the same slot twice.
 */
import type { Listener } from '../events/bus.js';
import type { AssignmentService } from '../domain/assignment/assignment.js';

export function autoAssignment(assignment: AssignmentService): Listener {
  return {
    name: 'auto-assignment',
    'conversation.ownership_changed': ({ workspaceId, change, actor }) => {
      if (change === 'REASSIGNED' && actor === null) return;
      return assignment.assignQueued(workspaceId);
    },
    'agent.presence_changed': ({ workspaceId, presence }) => {
      if (presence === 'ONLINE') return assignment.assignQueued(workspaceId);
    },
  };
}
