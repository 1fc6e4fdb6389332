/**
 * The chat chunk, loaded once, from next to this script on Baton's origin
 * (https://baton.example/widget/chat-<hash>.js), as a classic <script>: a cross-origin
 * `import()` of an ES module would need CORS headers on the static files.
 */
import type { ChatController, ChatHost, MountChat } from '../lib/types';
import { log } from './log';

/** Path of the chat chunk relative to this script, e.g. `widget/chat-1a2b3c.js` (set by vite.config.ts). */
declare const __BATON_CHAT__: string;

/** The chat once asked for (loading or mounted); null before, or after a failed load. */
export let chat: Promise<ChatController> | null = null;

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

/** Loads and mounts the chat on first call; later calls share it (a failed load is tried again). */
export function loadChat(scriptUrl: string, host: () => ChatHost): Promise<ChatController> {
  if (!chat) {
    const url = new URL(__BATON_CHAT__, scriptUrl).href;
    chat = loadScript(url).then(
      (mountChat) => mountChat(host()),
      (error: unknown) => {
        chat = null;
        log(`Could not load the chat (${url}): ${String(error)}`);
        throw error;
      },
    );
  }
  return chat;
}
