/**
 * The WebSockets this instance holds, with who opened them: revocations (published to every
 * instance, see auth/revocation.ts) end the matching sockets' operations — an `error` message
 * for each, then close 4403 — and anonymous sockets are counted per IP.
 *
 * Because a revocation ends the socket, the session a socket was opened with needs no database
 * check for each later operation: `checkedViewer` gives it back while this instance has heard
 * every revocation since it was checked. It gives nothing after `missedRevocations()` (Redis
 * was away: revocations published meanwhile never arrived) until the socket's next full check.
 * A socket opened with an API key that expires is ended the same way when it expires.
 */
import type { GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import { unauthenticated } from '../auth/authenticate.js';
import { revocationError, revokes, type Revocation } from '../auth/revocation.js';
import type { Viewer } from '../auth/viewer.js';
import { keyExpired } from '../domain/api-keys/api-keys.js';

export interface LiveSocket {
  /** Who the socket's session was when last checked against the database. */
  viewer: Viewer;
  origin: string | null;
  ip: string;
  /** The ids of the socket's operations in flight (graphql-ws's `ctx.subscriptions`). */
  operationIds(): string[];
  /** How many of them are running subscriptions (metrics). */
  subscriptions(): number;
}

/** graphql-ws close code for a refused or ended session. */
export const forbiddenClose = 4403;

/** setTimeout's longest delay; a later expiry is re-scheduled from there. */
const longestTimerMs = 2 ** 31 - 1;

/** Told when a socket is added and removed (presence counts signed-in agents' sockets). */
export interface SocketWatcher {
  added(viewer: Viewer): void;
  removed(viewer: Viewer): void;
}

export class LiveSockets {
  constructor(private readonly watcher: SocketWatcher | null = null) {}

  private readonly sockets = new Map<WebSocket, LiveSocket>();
  private readonly anonymousPerIp = new Map<string, number>();
  /** Bumped when revocations may have been missed; a socket's check counts only in its epoch. */
  private epoch = 0;
  private readonly checkedIn = new WeakMap<WebSocket, number>();
  private readonly expiryTimers = new Map<WebSocket, NodeJS.Timeout>();

  add(socket: WebSocket, live: LiveSocket): void {
    this.sockets.set(socket, live);
    this.checkedIn.set(socket, this.epoch);
    if (live.viewer.kind === 'anonymous') this.anonymousPerIp.set(live.ip, this.anonymousOn(live.ip) + 1);
    this.watcher?.added(live.viewer);
    const expiresAt = live.viewer.kind === 'agent' ? live.viewer.apiKey?.expiresAt : null;
    if (expiresAt) this.endAt(socket, expiresAt.getTime());
  }

  remove(socket: WebSocket): void {
    const live = this.sockets.get(socket);
    if (!live) return;
    clearTimeout(this.expiryTimers.get(socket));
    this.expiryTimers.delete(socket);
    this.sockets.delete(socket);
    this.watcher?.removed(live.viewer);
    if (live.viewer.kind !== 'anonymous') return;
    const left = this.anonymousOn(live.ip) - 1;
    if (left > 0) this.anonymousPerIp.set(live.ip, left);
    else this.anonymousPerIp.delete(live.ip);
  }

  /** The viewer the socket was checked as, if no revocation can have been missed since. */
  checkedViewer(socket: WebSocket): Viewer | null {
    const live = this.sockets.get(socket);
    return live && this.checkedIn.get(socket) === this.epoch ? live.viewer : null;
  }

  /** The socket's session was checked again (a full authentication). */
  checked(socket: WebSocket, viewer: Viewer): void {
    const live = this.sockets.get(socket);
    if (!live || live.viewer.kind !== viewer.kind) return;
    live.viewer = viewer;
    this.checkedIn.set(socket, this.epoch);
  }

  /** Revocations may have been published without reaching this instance: every socket is checked again. */
  missedRevocations(): void {
    this.epoch += 1;
  }

  /** Running subscriptions on every socket (`baton_active_subscriptions`). */
  subscriptions(): number {
    let count = 0;
    for (const live of this.sockets.values()) count += live.subscriptions();
    return count;
  }

  anonymousOn(ip: string): number {
    return this.anonymousPerIp.get(ip) ?? 0;
  }

  /** Ends the socket at `at` (its API key's expiry), as a revocation would, with reason EXPIRED. */
  private endAt(socket: WebSocket, at: number): void {
    const timer = setTimeout(
      () => {
        const live = this.sockets.get(socket);
        if (!live) return;
        if (Date.now() < at) return this.endAt(socket, at);
        endSocket(socket, live.operationIds(), unauthenticated(keyExpired()));
        this.remove(socket);
      },
      Math.min(Math.max(0, at - Date.now()), longestTimerMs),
    );
    timer.unref();
    this.expiryTimers.set(socket, timer);
  }

  /** Ends every socket the revocation concerns; returns how many. */
  end(revocation: Revocation): number {
    let ended = 0;
    for (const [socket, live] of this.sockets) {
      if (!revokes(revocation, live.viewer, live.origin)) continue;
      endSocket(socket, live.operationIds(), revocationError(revocation));
      this.remove(socket);
      ended++;
    }
    return ended;
  }
}

/** Tells each operation why it ended (a graphql-ws `error` message), then closes with 4403. */
function endSocket(socket: WebSocket, operationIds: string[], error: GraphQLError): void {
  const payload = [error.toJSON()];
  for (const id of operationIds) socket.send(JSON.stringify({ id, type: 'error', payload }));
  socket.close(forbiddenClose, String(error.extensions.reason ?? 'Forbidden'));
}
