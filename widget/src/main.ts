/**
 * The launcher: the only code a host page loads up front (`widget.js`, a classic script).
 * It reads its configuration from its own <script> tag, starts the visitor's session
 * (launcher/session.ts), renders the launcher button in a Shadow DOM (launcher/button.ts), and
 * loads the chat UI (a separate chunk served next to this script, under /widget/, added as a
 * classic <script>: launcher/loader.ts) on first open. It re-sends the session metadata on
 * navigation (launcher/navigation.ts) and installs `window.Baton` (launcher/public-api.ts).
 */
import type { ChatHost } from './lib/types';
import { button, renderLauncher, setUnread, shadow } from './launcher/button';
import { chat, loadChat } from './launcher/loader';
import { log } from './launcher/log';
import { watchNavigation } from './launcher/navigation';
import { identify, onMoved, sendProfile, setAttributes } from './launcher/profile';
import { installApi } from './launcher/public-api';
import { openStorage } from './launcher/storage';
import {
  configureSession,
  endpoint,
  fatal,
  session,
  startSession,
  token,
  whenVisitorChanges,
} from './launcher/session';

// `document.currentScript` only exists while this classic script first runs: read it now.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-workspace]');

let scriptUrl = '';
let isOpen = false;
let wantOpen = false;
/** Remembers (per tab) whether the chat was open, so that a reload mid-chat reopens it. */
let remembered: ReturnType<typeof openStorage> | null = null;

/** What the chat chunk gets from the launcher. */
const chatHost = (): ChatHost => ({
  shadow: shadow!,
  endpoint,
  session: session!,
  token: () => token,
  renewSession: startSession,
  onClose(returnFocus) {
    isOpen = false;
    remembered?.set(false);
    if (!button) return;
    button.hidden = false;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  },
  onUnread: setUnread,
});

const warmUp = () => void loadChat(scriptUrl, chatHost).catch(() => {});

function open(): void {
  wantOpen = true;
  if (!session || !button || isOpen) return; // opens once the session has started
  isOpen = true;
  button.setAttribute('aria-busy', 'true');
  loadChat(scriptUrl, chatHost).then(
    (controller) => {
      button?.removeAttribute('aria-busy');
      if (!wantOpen) {
        isOpen = false;
        return;
      }
      button!.hidden = true;
      button!.setAttribute('aria-expanded', 'true');
      setUnread(0);
      remembered?.set(true);
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
  remembered?.set(false);
  if (isOpen) void chat?.then((controller) => controller.close());
}

let sentUrl = location.href;

/** Starts the session again (a new token) and shows the chat what it resumed. */
function resume(): void {
  void startSession().then((next) => {
    if (next) void chat?.then((controller) => controller.update(next));
  });
}

/** Tells the server where the visitor is now. */
function navigated(): void {
  if (fatal || !session || location.href === sentUrl) return;
  sentUrl = location.href;
  resume();
}

function start(script: HTMLScriptElement): void {
  if (document.querySelector('baton-widget')) return; // included twice
  const publicKey = (script.dataset['workspace'] ?? '').trim();
  if (!publicKey) {
    log('The widget <script> tag needs data-workspace="<your widget key>" (Baton → Settings → Workspace).');
    return;
  }
  scriptUrl = script.src;
  remembered = openStorage(publicKey);
  configureSession(new URL('/graphql', scriptUrl).href, publicKey);
  watchNavigation(navigated);
  installApi({ open, close, identify, setAttributes });
  // A new visitor (the old session ended) hears who they are again; a session moved to the
  // verified customer's record resumes there.
  whenVisitorChanges(() => void sendProfile());
  onMoved(resume);
  void startSession().then((started) => {
    if (!started) return; // logged; render nothing
    void sendProfile();
    renderLauncher(open, warmUp);
    // Someone may reply while the panel is closed: listen (and count unread) right away.
    if (started.conversation.status === 'QUEUED' || started.conversation.status === 'ASSIGNED') warmUp();
    // Open again after a reload mid-chat, if the visitor had it open.
    const midChat = started.conversation.messages.edges.length > 0 || started.conversation.status !== 'ASSISTANT';
    if (wantOpen || (midChat && remembered?.get())) open();
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
