/**
 * The launcher button, in the widget's own Shadow DOM: the host element is a custom tag (never
 * defined) so the page's `div { … }` rules cannot reach it, and nothing inside inherits from
 * the page. Also the unread badge and its screen-reader text. One per page (module state).
 */
import launcherCss from '../launcher.css?inline';

/** The widget's shadow root (the chat renders its panel into it too); null until rendered. */
export let shadow: ShadowRoot | null = null;
export let button: HTMLButtonElement | null = null;
let badge: HTMLElement | null = null;
let unreadText: HTMLElement | null = null;

export function renderLauncher(onOpen: () => void, onHover: () => void): void {
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
  button.addEventListener('click', () => onOpen());
  // Warm the chat chunk up when the visitor is about to open it.
  button.addEventListener('pointerenter', onHover, { once: true });
  shadow.append(style, button, unreadText);
}

export function setUnread(count: number): void {
  if (!badge || !unreadText) return;
  badge.hidden = count === 0;
  badge.textContent = count > 9 ? '9+' : String(count);
  unreadText.textContent = count === 0 ? '' : count === 1 ? '1 new message' : `${count} new messages`;
}
