/** Which conversations a viewer may see: an agent's workspace's, or the visitor's own. */
import type { Viewer } from '../../auth/viewer.js';
import type { PrismaClient } from '../../db/database.js';
import type { Conversation } from '../../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';

export type VisibleConversation = Conversation;

/** The conversation, or NotFoundError when it does not exist or the viewer may not see it. */
export async function visibleConversation(
  prisma: PrismaClient,
  viewer: Viewer,
  conversationId: string,
): Promise<VisibleConversation> {
  // The row alone: the assignee's name is read only where a caller needs it (an error message).
  const conversation = await prisma.conversation.findUnique({ where: { id: conversationId } });
  const visible =
    conversation &&
    ((viewer.kind === 'agent' && conversation.workspaceId === viewer.workspaceId) ||
      (viewer.kind === 'visitor' && conversation.visitorId === viewer.visitorId));
  if (!visible) throw new NotFoundError('Conversation');
  return conversation;
}
