/**
 * The workspace's live inbox feed, one subscription per signed-in tab: keeps the sidebar
 * counts, the unread count in the tab title, and alerts (sound + notification, once across
 * tabs) for new handoffs; views subscribe to the conversations it carries.
 */
import { handoffReason } from '@baton/client-core/labels';
import type { Client } from '@urql/svelte';
import type { LiveStreams } from '../client.svelte';
import type { ConversationCardFragment, InboxEventsSubscription as InboxData } from '../gql/graphql';
import { alertHandoff } from '../notify';
import { router } from '../router.svelte';
import { visitorLabel } from '../format.svelte';
import { InboxCountsQuery, InboxEventsSubscription } from './documents';

export class InboxFeed {
  queueCount = $state(0);
  mineCount = $state(0);
  unread = $state(0);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners, not state
  private readonly listeners = new Set<(c: ConversationCardFragment) => void>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners, not state
  private readonly resumeListeners = new Set<() => void>();
  private readonly stop: () => void;
  private readonly baseTitle = document.title;

  constructor(
    private readonly client: Client,
    live: LiveStreams,
  ) {
    this.stop = live.subscribe<InboxData>(
      InboxEventsSubscription,
      () => ({}),
      (data) => this.receive(data.inboxEvents),
      () => {
        void this.refreshCounts();
        for (const l of this.resumeListeners) l();
      },
    );
    void this.refreshCounts();
    const clearUnread = () => {
      if (!document.hidden) this.markRead();
    };
    document.addEventListener('visibilitychange', clearUnread);
    window.addEventListener('focus', clearUnread);
  }

  private receive(event: InboxData['inboxEvents']) {
    for (const l of this.listeners) l(event.conversation);
    void this.refreshCounts();
    if (event.kind === 'HANDOFF_REQUESTED') {
      if (document.hidden || !document.hasFocus()) this.unread += 1;
      this.updateTitle();
      const c = event.conversation;
      alertHandoff(
        `${c.id}:${c.handoffRequestedAt ?? event.at}`,
        `${visitorLabel(c.visitor)} needs a person`,
        c.handoff
          ? handoffReason(c.handoff.trigger, c.handoff.topicName, c.handoff.actionLabel)
          : (c.lastMessage?.body ?? ''),
        () => router.go(router.inboxHref('queue', c.id)),
      );
    }
  }

  markRead() {
    this.unread = 0;
    this.updateTitle();
  }

  private updateTitle() {
    document.title = this.unread > 0 ? `(${this.unread}) ${this.baseTitle}` : this.baseTitle;
  }

  private async refreshCounts() {
    const result = await this.client.query(InboxCountsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      this.queueCount = result.data.queue.edges.length;
      this.mineCount = result.data.mine.edges.length;
    }
  }

  onConversation(listener: (c: ConversationCardFragment) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onResume(listener: () => void): () => void {
    this.resumeListeners.add(listener);
    return () => this.resumeListeners.delete(listener);
  }

  dispose() {
    this.stop();
    document.title = this.baseTitle;
  }
}
