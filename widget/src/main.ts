import { mount } from 'svelte';
import Widget from './Widget.svelte';

// Only defined while this classic script first runs, so read it now, not in a callback.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function boot(): void {
  if (!script) {
    console.warn('[Baton] Load widget.js with a <script src="…/widget.js" data-workspace="…"> tag.');
    return;
  }
  if (document.querySelector('[data-baton-widget]')) return; // included twice
  const workspaceKey = script.dataset['workspace'] ?? '';
  if (workspaceKey === '') console.warn('[Baton] The widget <script> tag needs data-workspace="<your workspace key>".');

  // A custom tag (never defined) so the host page's `div { … }` rules do not reach the host.
  const host = document.createElement('baton-widget');
  host.setAttribute('data-baton-widget', '');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const endpoint = new URL('/graphql', script.src || window.location.href).href;
  mount(Widget, { target: shadow, props: { workspaceKey, endpoint } });
}

if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot, { once: true });
