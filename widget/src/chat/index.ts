/**
 * The chat chunk: a classic script the launcher adds on first open (a <script> element needs no
 * CORS headers, unlike a cross-origin `import()`). It hands `mountChat` over on `window.BatonChat`,
 * which the launcher takes and deletes; the panel renders into the widget's shadow root.
 */
import { mount } from 'svelte';
import type { MountChat } from '../lib/types';
import Panel from './Panel.svelte';
import { Chat } from './store.svelte';

const mountChat: MountChat = (host) => {
  const chat = new Chat(host);
  mount(Panel, { target: host.shadow, props: { chat } });
  return {
    open: () => chat.show(),
    close: () => chat.hide(),
    update: (session) => chat.update(session),
  };
};

window.BatonChat = { mountChat };
