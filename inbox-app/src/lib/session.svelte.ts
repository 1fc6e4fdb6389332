/**
 * The signed-in session: the token from `logIn` / `signUp`, kept in localStorage so a reload
 * stays signed in, and shared between tabs (logging out in one tab logs out the others).
 */

const storageKey = 'baton.session';

interface StoredSession {
  token: string;
  expiresAt: string;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt } = value as Record<string, unknown>;
  return typeof token === 'string' && token !== '' && typeof expiresAt === 'string';
}

function readStored(raw: string | null): StoredSession | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isStoredSession(parsed)) return null;
    const expires = Date.parse(parsed.expiresAt);
    return Number.isNaN(expires) || expires > Date.now() ? parsed : null;
  } catch {
    return null;
  }
}

function load(): StoredSession | null {
  try {
    return readStored(localStorage.getItem(storageKey));
  } catch {
    return null; // storage disabled (private mode, blocked cookies)
  }
}

class Session {
  /** The bearer token, or null when signed out. */
  token = $state<string | null>(load()?.token ?? null);
  /** Why the user was signed out, shown on the sign-in screen (e.g. an expired session). */
  notice = $state<string | null>(null);

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key !== storageKey && event.key !== null) return;
      const next = readStored(event.newValue)?.token ?? null;
      if (next !== this.token) this.token = next;
    });
  }

  start(token: string, expiresAt: string): void {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ token, expiresAt } satisfies StoredSession));
    } catch {
      // Without storage the session lasts until the page is closed.
    }
    this.notice = null;
    this.token = token;
  }

  end(notice: string | null = null): void {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // nothing stored
    }
    this.notice = notice;
    this.token = null;
  }

  /** `Authorization` header value for HTTP and `connectionParams.authorization` for WebSocket. */
  authorization(): string | undefined {
    return this.token === null ? undefined : `Bearer ${this.token}`;
  }
}

export const session = new Session();
