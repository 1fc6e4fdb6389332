import type { Viewer } from '../auth/viewer.js';
import { permissions, type OwnedConversation, type Permissions } from '../domain/conversations/policy.js';
import { builder } from './builder.js';

const nothing: Permissions = {
  takeOver: false,
  release: false,
  reassign: false,
  handBack: false,
  resolve: false,
  reopen: false,
  reply: false,
};

/** The viewer's permissions on a conversation; a visitor may only write. */
export function viewerPermissions(viewer: Viewer, conversation: OwnedConversation): Permissions {
  if (viewer.kind === 'agent') return permissions(viewer, conversation);
  return { ...nothing, reply: viewer.kind === 'visitor' };
}

export const ConversationPermissionsRef = builder.objectRef<Permissions>('ConversationPermissions').implement({
  description:
    'What the viewer may do with the conversation right now, from the same rules the mutations enforce (a race can still be lost).',
  fields: (t) => ({
    takeOver: t.exposeBoolean('takeOver', { description: 'Become its owner (it is queued or with the assistant).' }),
    release: t.exposeBoolean('release', { description: 'Put it back in the queue.' }),
    reassign: t.exposeBoolean('reassign', { description: 'Give it to another agent (owners and admins).' }),
    handBack: t.exposeBoolean('handBack', { description: 'Return it to the assistant.' }),
    resolve: t.exposeBoolean('resolve', { description: 'Mark it resolved.' }),
    reopen: t.exposeBoolean('reopen', { description: 'Reopen it (it is resolved) and become its owner.' }),
    reply: t.exposeBoolean('reply', { description: 'Write to the visitor (internal notes are open to every agent).' }),
  }),
});
