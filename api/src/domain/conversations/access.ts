/** Which conversations a viewer may see: an agent's workspace's, or the visitor's own. */
import type { Viewer } from '../../auth/viewer.js';
import type { PrismaClient } from '../../db/database.js';
import type { Conversation } from '../../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';

export type VisibleConversation = Conversation & { assignee: { id: string; name: string } | null };

/** The conversation, or NotFoundError when it does not exist or the viewer may not see it. */
export async function visibleConversation(
  prisma: PrismaClient,
  viewer: Viewer,
  conversationId: string,
): Promise<VisibleConversation> {
  const conversation = await prisma.conversation.findUnique({
    where: { id: conversationId },
    include: { assignee: { select: { id: true, name: true } } },
  });
  const visible =
    conversation &&
    ((viewer.kind === 'agent' && conversation.workspaceId === viewer.workspaceId) ||
      (viewer.kind === 'visitor' && conversation.visitorId === viewer.visitorId));
  if (!visible) throw new NotFoundError('Conversation');
  return conversation;
}
