/**
 * A tiny hash router: `#/inbox/<view>[/<conversationId>]` and `#/settings/<tab>`. Invitation
 * links are real paths (`/invite/<token>`), served the app by the API's SPA fallback.
 */
import { inboxViews, type InboxView } from '@baton/client-core/inbox-views';

export type { InboxView };
export type SettingsTab =
  'team' | 'assistant' | 'knowledge' | 'gaps' | 'actions' | 'workspace' | 'usage' | 'webhooks' | 'api-keys';

export type Route =
  { name: 'inbox'; view: InboxView; conversationId: string | null } | { name: 'settings'; tab: SettingsTab };

const views = Object.keys(inboxViews) as InboxView[];
const tabs: SettingsTab[] = [
  'team',
  'assistant',
  'knowledge',
  'gaps',
  'actions',
  'workspace',
  'usage',
  'webhooks',
  'api-keys',
];

function parse(hash: string): Route {
  const [section, a, b] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (section === 'settings') {
    return { name: 'settings', tab: tabs.includes(a as SettingsTab) ? (a as SettingsTab) : 'team' };
  }
  return {
    name: 'inbox',
    view: views.includes(a as InboxView) ? (a as InboxView) : 'queue',
    conversationId: b || null,
  };
}

class Router {
  route = $state<Route>(parse(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => (this.route = parse(window.location.hash)));
  }

  inboxHref(view: InboxView, conversationId?: string | null): string {
    return `#/inbox/${view}${conversationId ? `/${encodeURIComponent(conversationId)}` : ''}`;
  }

  go(href: string): void {
    window.location.hash = href.replace(/^#/, '');
  }

  /**
   * After sign-up or accepting an invitation: the queue, at the root path, without the
   * invitation token or `#sign-up` left in the URL (nor in the history to go back to).
   */
  enterInbox(): void {
    const href = this.inboxHref('queue');
    history.replaceState(null, '', `/${href}`);
    this.route = parse(href);
  }
}

export const router = new Router();

/** The invitation token when the page is an invitation link. */
export function invitationToken(): string | null {
  const match = /^\/invite\/([^/]+)$/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}
