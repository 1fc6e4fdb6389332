/**
 * The launcher: the only code a host page loads up front (`widget.js`, a classic script).
 * It reads its configuration from its own <script> tag, starts the visitor's session, renders
 * the launcher button in a Shadow DOM, and loads the chat UI (a separate chunk served next to
 * this script, under /widget/, added as a classic <script>) on first open.
 */
import { IdentifyVisitorDocument, StartWidgetSessionDocument, type SessionMetadataInput } from './gql/graphql';
import launcherCss from './launcher.css?inline';
import { request, RequestError } from './lib/request';
import type { ChatController, MountChat, WidgetSession } from './lib/types';

/** Path of the chat chunk relative to this script, e.g. `widget/chat-1a2b3c.js` (set by vite.config.ts). */
declare const __BATON_CHAT__: string;

interface Profile {
  name?: string;
  email?: string;
  externalId?: string;
}

interface BatonApi {
  open(): void;
  close(): void;
  identify(profile: Profile): void;
  setAttributes(attributes: Record<string, unknown>): void;
}

declare global {
  interface Window {
    Baton?: BatonApi & { q?: [keyof BatonApi, ...unknown[]][] };
  }
}

const log = (message: string) => console.error(`[Baton] ${message}`);

// `document.currentScript` only exists while this classic script first runs: read it now.
const script =
  (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-workspace]');

function start(script: HTMLScriptElement): void {
  if (document.querySelector('baton-widget')) return; // included twice
  const publicKey = (script.dataset['workspace'] ?? '').trim();
  if (!publicKey) {
    log('The widget <script> tag needs data-workspace="<your widget key>" (Baton → Settings → Workspace).');
    return;
  }
  const scriptUrl = script.src;
  const endpoint = new URL('/graphql', scriptUrl).href;
  const tokenKey = `baton.visitor.${publicKey}`;

  const storage = {
    get(): string | null {
      try {
        return localStorage.getItem(tokenKey);
      } catch {
        return null; // storage blocked (sandboxed frame, privacy settings)
      }
    },
    set(value: string): void {
      try {
        localStorage.setItem(tokenKey, value);
      } catch {
        // kept in memory only
      }
    },
  };

  let token = storage.get() ?? '';
  let session: WidgetSession | null = null;
  let fatal = false;
  const profile: Profile = {};
  const attributes: Record<string, unknown> = {};

  const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);
  const httpUrl = (value: string) => (/^https?:/.test(value) ? clip(value, 2000) : null);

  function metadata(): SessionMetadataInput {
    let timezone: string | null = null;
    try {
      timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      // unknown
    }
    return {
      pageUrl: httpUrl(location.href),
      pageTitle: clip(document.title, 500),
      referrer: httpUrl(document.referrer),
      locale: clip(navigator.language, 35),
      timezone: clip(timezone, 64),
      userAgent: clip(navigator.userAgent, 500),
    };
  }

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Starts (or resumes) the session; retries network failures. Null when it cannot start. */
  async function startSession(): Promise<WidgetSession | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = (
          await request(endpoint, StartWidgetSessionDocument, {
            input: { publicKey, visitorToken: token || null, metadata: metadata() },
          })
        ).startWidgetSession;
        if (result.__typename === 'WidgetSession') {
          token = result.token;
          storage.set(token);
          return result;
        }
        fatal = true;
        if (result.__typename === 'NotFoundError') {
          log(`No workspace has the widget key "${publicKey}". Check data-workspace on the widget <script> tag (Baton → Settings → Workspace). The chat is not shown.`);
        } else if (result.__typename === 'ForbiddenError') {
          log(`${result.message} Add ${location.origin} to the allowed origins in Baton → Settings → Workspace. The chat is not shown.`);
        } else {
          log(`The chat could not start: ${result.message}`);
        }
        return null;
      } catch (error) {
        if (!(error instanceof RequestError) || !error.retryable || attempt >= 4) {
          log(`Cannot reach the chat server at ${endpoint}: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }
        await wait(1000 * 2 ** attempt);
      }
    }
  }

  // ---- Shadow DOM and launcher button ---------------------------------------------------------

  let shadow: ShadowRoot | null = null;
  let button: HTMLButtonElement | null = null;
  let badge: HTMLElement | null = null;
  let unreadText: HTMLElement | null = null;

  function render(): void {
    // A custom tag (never defined) so the page's `div { … }` rules cannot reach the host.
    const host = document.createElement('baton-widget');
    host.setAttribute('data-baton-widget', '');
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    document.body.append(host);
    shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = launcherCss;
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'launcher';
    button.setAttribute('aria-label', 'Open chat');
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-describedby', 'baton-unread');
    // Static markup of our own (no page or visitor text).
    button.innerHTML =
      '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H9l-5 4z"/></svg><span class="badge" aria-hidden="true" hidden></span>';
    badge = button.querySelector('.badge');
    unreadText = document.createElement('span');
    unreadText.id = 'baton-unread';
    unreadText.className = 'sr-only';
    button.addEventListener('click', () => open());
    // Warm the chat chunk up when the visitor is about to open it.
    button.addEventListener('pointerenter', () => void loadChat().catch(() => {}), { once: true });
    shadow.append(style, button, unreadText);
  }

  function setUnread(count: number): void {
    if (!badge || !unreadText) return;
    badge.hidden = count === 0;
    badge.textContent = count > 9 ? '9+' : String(count);
    unreadText.textContent = count === 0 ? '' : count === 1 ? '1 new message' : `${count} new messages`;
  }

  // ---- The chat chunk ---------------------------------------------------------------------------

  let chat: Promise<ChatController> | null = null;
  let isOpen = false;

  /** Adds the chat chunk as a classic script (cross-origin `import()` would need CORS headers). */
  function loadScript(url: string): Promise<MountChat> {
    return new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = url;
      element.async = true;
      element.onload = () => {
        const loaded = window.BatonChat;
        delete window.BatonChat;
        if (loaded) resolve(loaded.mountChat);
        else reject(new Error('the script did not register the chat'));
      };
      element.onerror = () => reject(new Error('network error'));
      document.head.append(element);
    });
  }

  function loadChat(): Promise<ChatController> {
    if (!chat) {
      // Next to this script, on Baton's origin: https://baton.example/widget/chat-<hash>.js
      const url = new URL(__BATON_CHAT__, scriptUrl).href;
      chat = loadScript(url).then(
        (mountChat) =>
          mountChat({
            shadow: shadow!,
            endpoint,
            session: session!,
            token: () => token,
            async renewSession() {
              const renewed = await startSession();
              if (renewed) session = renewed;
              return renewed;
            },
            onClose(returnFocus) {
              isOpen = false;
              if (!button) return;
              button.hidden = false;
              button.setAttribute('aria-expanded', 'false');
              if (returnFocus) button.focus();
            },
            onUnread: setUnread,
          }),
        (error: unknown) => {
          chat = null;
          log(`Could not load the chat (${url}): ${String(error)}`);
          throw error;
        },
      );
    }
    return chat;
  }

  let wantOpen = false;

  function open(): void {
    wantOpen = true;
    if (!session || !button || isOpen) return; // opens once the session has started
    isOpen = true;
    button.setAttribute('aria-busy', 'true');
    loadChat().then(
      (controller) => {
        button?.removeAttribute('aria-busy');
        if (!wantOpen) {
          isOpen = false;
          return;
        }
        button!.hidden = true;
        button!.setAttribute('aria-expanded', 'true');
        setUnread(0);
        controller.open();
      },
      () => {
        isOpen = false;
        button?.removeAttribute('aria-busy');
      },
    );
  }

  function close(): void {
    wantOpen = false;
    if (isOpen) void chat?.then((controller) => controller.close());
  }

  // ---- Navigation: tell the server where the visitor is now --------------------------------------

  let sentUrl = location.href;
  let navTimer: ReturnType<typeof setTimeout> | undefined;

  function navigated(): void {
    clearTimeout(navTimer);
    // Debounced: routers often push, then set the title.
    navTimer = setTimeout(() => {
      if (fatal || !session || location.href === sentUrl) return;
      sentUrl = location.href;
      void startSession().then((next) => {
        if (!next) return;
        session = next;
        void chat?.then((controller) => controller.update(next));
      });
    }, 300);
  }

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      navigated();
      return result;
    };
  }
  addEventListener('popstate', navigated);
  addEventListener('hashchange', navigated);

  // ---- Public API -------------------------------------------------------------------------------

  const queued = window.Baton?.q ?? [];
  const api: BatonApi = {
    open,
    close,
    identify(next) {
      Object.assign(profile, next);
      void sendProfile();
    },
    setAttributes(next) {
      Object.assign(attributes, next);
      void sendProfile();
    },
  };
  window.Baton = api;
  for (const [method, ...args] of queued) {
    if (typeof api[method] === 'function') (api[method] as (...a: unknown[]) => void)(...args);
  }

  /** Sends what the host page said about the visitor (once a session exists). */
  async function sendProfile(): Promise<void> {
    if (!session || (Object.keys(profile).length === 0 && Object.keys(attributes).length === 0)) return;
    const input = {
      name: clip(profile.name, 120),
      email: clip(profile.email, 254),
      externalId: clip(profile.externalId, 200),
      attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: String(value).slice(0, 500) })),
    };
    try {
      const result = (await request(endpoint, IdentifyVisitorDocument, { input }, token)).identifyVisitor;
      if (result.__typename !== 'IdentifyVisitorPayload') log(`Baton.identify: ${result.message}`);
    } catch {
      // best effort: the chat works without it
    }
  }

  void startSession().then((started) => {
    if (!started) return; // logged; render nothing
    session = started;
    void sendProfile();
    render();
    // Someone may reply while the panel is closed: listen (and count unread) right away.
    if (started.conversation.status === 'QUEUED' || started.conversation.status === 'ASSIGNED') {
      void loadChat().catch(() => {});
    }
    if (wantOpen) open();
  });
}

function boot(): void {
  if (!script?.src) {
    log('Load widget.js with <script src="https://…/widget.js" data-workspace="<your widget key>" async></script>.');
    return;
  }
  start(script);
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot, { once: true });
