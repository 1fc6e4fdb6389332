/**
 * When a browser says a connection is worth trying at once: it came back online, or the tab
 * became visible again. Typed structurally (no DOM types): `browserWake(window)`.
 */
interface EventSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface BrowserLike extends EventSource {
  document: EventSource & { readonly visibilityState: string };
}

/** A `watchWake` for LiveConnection. */
export function browserWake(browser: BrowserLike): (wake: () => void) => () => void {
  return (wake) => {
    const onWake = () => {
      if (browser.document.visibilityState !== 'hidden') wake();
    };
    browser.addEventListener('online', onWake);
    browser.document.addEventListener('visibilitychange', onWake);
    return () => {
      browser.removeEventListener('online', onWake);
      browser.document.removeEventListener('visibilitychange', onWake);
    };
  };
}
