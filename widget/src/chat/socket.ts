/**
 * A minimal graphql-transport-ws client for one subscription (the protocol graphql-ws speaks):
 * connection_init with the visitor token, subscribe / next / error / complete, ping / pong.
 * Reconnects with exponential backoff; each (re)subscription asks `variables()` afresh, so the
 * caller resumes from the last sequence number it saw.
 */

export type ConnectionState = 'connecting' | 'online' | 'reconnecting';

export interface LiveOptions<TData> {
  url: string;
  query: string;
  token(): string;
  /** Called on every (re)subscribe. */
  variables(): Record<string, unknown>;
  onData(data: TData): void;
  onState(state: ConnectionState): void;
  /** The server refused the credentials: renew them before the next attempt. */
  onUnauthorized(): Promise<void>;
}

interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}

const unauthorizedCodes = new Set([4401, 4403]);

export function live<TData>(options: LiveOptions<TData>): { close(): void } {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let subscriptionId = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  function connect(): void {
    clearTimeout(retryTimer);
    if (stopped || socket) return;
    options.onState(attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = new WebSocket(options.url, 'graphql-transport-ws');
    socket = ws;
    const send = (message: Message) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };
    const stopKeepAlive = () => {
      clearInterval(pingTimer);
      clearTimeout(pongTimer);
    };
    let ackedAt = 0;
    const retry = async (unauthorized: boolean) => {
      stopKeepAlive();
      if (socket !== ws) return;
      socket = null;
      // A connection that lived a while starts the backoff over; flapping ones keep growing it.
      if (ackedAt && Date.now() - ackedAt > 10_000) attempt = 0;
      if (stopped) return;
      options.onState('reconnecting');
      if (unauthorized) await options.onUnauthorized().catch(() => {});
      const delay = Math.min(30_000, 1000 * 2 ** attempt) * (0.6 + Math.random() * 0.4);
      attempt++;
      retryTimer = setTimeout(connect, delay);
    };

    ws.onopen = () => send({ type: 'connection_init', payload: { authorization: `Bearer ${options.token()}` } });
    ws.onmessage = (event) => {
      let message: Message;
      try {
        message = JSON.parse(String(event.data)) as Message;
      } catch {
        ws.close(4400, 'Invalid message');
        return;
      }
      switch (message.type) {
        case 'connection_ack': {
          const id = String(++subscriptionId);
          send({ id, type: 'subscribe', payload: { query: options.query, variables: options.variables() } });
          ackedAt = Date.now();
          options.onState('online');
          // Notice half-open connections (sleeping laptops, dropped Wi-Fi) within ~30 s.
          pingTimer = setInterval(() => {
            send({ type: 'ping' });
            pongTimer = setTimeout(() => ws.close(4408, 'No pong'), 10_000);
          }, 20_000);
          break;
        }
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'pong':
          clearTimeout(pongTimer);
          break;
        case 'next':
          if (message.id === String(subscriptionId)) {
            const payload = message.payload as { data?: TData | null };
            if (payload.data) options.onData(payload.data);
          }
          break;
        case 'error': {
          // Operation errors, e.g. UNAUTHENTICATED when the token expired meanwhile.
          const errors = (message.payload ?? []) as { extensions?: { code?: string } }[];
          const unauthorized = errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          ws.close(1000);
          void retry(unauthorized);
          break;
        }
        case 'complete':
          // The server ended the stream: start over (resuming from the last sequence seen).
          ws.close(1000);
          void retry(false);
          break;
      }
    };
    ws.onclose = (event) => void retry(unauthorizedCodes.has(event.code));
  }

  /** Back online / tab visible again: try now instead of waiting for the backoff. */
  const wake = () => {
    if (stopped || socket || document.visibilityState === 'hidden') return;
    attempt = Math.min(attempt, 1);
    connect();
  };
  addEventListener('online', wake);
  document.addEventListener('visibilitychange', wake);

  connect();

  return {
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      clearTimeout(pongTimer);
      removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      socket?.close(1000);
      socket = null;
    },
  };
}
