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
