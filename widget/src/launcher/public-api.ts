/**
 * `window.Baton`: open(), close(), identify(), setAttributes(). Calls the page queued before
 * the script loaded (`window.Baton = { q: [['open']] }`) are replayed in order.
 */
import type { Profile } from './profile';

export interface BatonApi {
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

export function installApi(api: BatonApi): void {
  const queued = window.Baton?.q ?? [];
  window.Baton = api;
  for (const [method, ...args] of queued) {
    if (typeof api[method] === 'function') (api[method] as (...a: unknown[]) => void)(...args);
  }
}
