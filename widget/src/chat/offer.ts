/**
 * Which message's suggested actions are still on offer: the assistant's latest message, while
 * the assistant has the chat (or it was resolved), and only if no notice came after it — a
 * handoff, a teammate, a resolve start a new course and the old suggestions no longer apply.
 */
import type { WidgetMessageFragment } from '../gql/graphql';

export function currentOffer<M extends Pick<WidgetMessageFragment, 'authorKind' | 'suggestedActionIds'>>(
  messages: readonly M[],
  status: string,
): M | null {
  if (status !== 'ASSISTANT' && status !== 'RESOLVED') return null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.authorKind === 'SYSTEM' || m.authorKind === 'AGENT') return null;
    if (m.authorKind === 'ASSISTANT') return m.suggestedActionIds.length > 0 ? m : null;
  }
  return null;
}
