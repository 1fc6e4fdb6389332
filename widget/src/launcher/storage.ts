/** The visitor token, kept in localStorage so that a reload resumes the same conversation. */
export interface TokenStorage {
  get(): string | null;
  set(value: string): void;
}

export function tokenStorage(publicKey: string): TokenStorage {
  const key = `baton.visitor.${publicKey}`;
  return {
    get() {
      try {
        return localStorage.getItem(key);
      } catch {
        return null; // storage blocked (sandboxed frame, privacy settings)
      }
    },
    set(value) {
      try {
        localStorage.setItem(key, value);
      } catch {
        // kept in memory only
      }
    },
  };
}

/**
 * Whether the chat was open, for this tab (sessionStorage): a reload mid-chat opens it again.
 * A closed chat, or a new tab, starts closed.
 */
export function openStorage(publicKey: string): { get(): boolean; set(open: boolean): void } {
  const key = `baton.open.${publicKey}`;
  return {
    get() {
      try {
        return sessionStorage.getItem(key) === '1';
      } catch {
        return false;
      }
    },
    set(open) {
      try {
        if (open) sessionStorage.setItem(key, '1');
        else sessionStorage.removeItem(key);
      } catch {
        // not remembered
      }
    },
  };
}
