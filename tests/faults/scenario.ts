/**
 * Building blocks the scenarios share: a workspace with visitors whose streams follow a target
 * instance, and visitors that keep sending numbered messages (client ids) until each one is
 * acknowledged — resending the same client id after a failure, as the widget does.
 */
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import { signUp, type SignedIn } from '../helpers/team.js';
import { Visitor, type SendOutcome } from './visitor.js';

export interface Instance {
  name: string;
  graphqlUrl: string;
  wsUrl: string;
}

export interface Workspace {
  owner: SignedIn;
  publicKey: string;
}

export async function workspace(graphqlUrl: string, name: string): Promise<Workspace> {
  const owner = await signUp(graphqlUrl, name);
  return { owner, publicKey: await publicKeyOf(graphqlUrl, owner.token) };
}

export async function visitors(
  graphqlUrl: string,
  ws: Workspace,
  count: number,
  wsTarget: () => string | undefined,
  prefix = 'v',
): Promise<Visitor[]> {
  const sessions = await Promise.all(Array.from({ length: count }, () => startSession(graphqlUrl, ws.publicKey)));
  return sessions.map((session, i) => new Visitor(`${prefix}${i}`, session, { wsTarget }));
}

/** A neutral question: the assistant answers or offers a person, never starts a handoff. */
export function question(visitor: Visitor, n: number): string {
  return `Question ${n} from ${visitor.name}: how long does delivery to Lisbon usually take?`;
}

export interface SendPlan {
  /** Messages per visitor. */
  count: number;
  /** The instance each attempt goes to; undefined pauses the visitor until one is named. */
  target: () => Instance | undefined;
  /** Resend a client id after this outcome (default: after anything but an acknowledgement). */
  retryAfter?: (outcome: SendOutcome) => boolean;
  /** Pause before resending (a client's retry policy). */
  retryMs?: number;
  /** Give up on a client id after this long. */
  deadlineMs?: number;
  /** Called after each acknowledgement. */
  onAck?: () => void;
  /** Called before message `n`; resolves when the visitor may send it. */
  gate?: (n: number) => Promise<void> | undefined;
  /** Stop sending (e.g. an instance died that must not die). */
  stopIf?: () => boolean;
}

/** Sends `count` messages, one at a time, each resent until acknowledged (or its deadline). */
export async function sendAll(visitor: Visitor, plan: SendPlan): Promise<void> {
  const retry = plan.retryAfter ?? ((o: SendOutcome) => o.kind !== 'acked');
  for (let n = 0; n < plan.count; n += 1) {
    await plan.gate?.(n);
    if (plan.stopIf?.()) return;
    const clientId = `${visitor.name}-${n}-${visitor.session.visitorId.slice(0, 8)}`;
    const deadline = Date.now() + (plan.deadlineMs ?? 30_000);
    for (;;) {
      const instance = plan.target();
      if (instance) {
        const outcome = await visitor.send(instance.name, instance.graphqlUrl, question(visitor, n), clientId);
        if (outcome.kind === 'acked') {
          plan.onAck?.();
          break;
        }
        if (!retry(outcome)) break;
      }
      if (Date.now() > deadline || plan.stopIf?.()) break;
      await new Promise((resolve) => setTimeout(resolve, plan.retryMs ?? 100)); // the client's retry pause
    }
  }
}

/** Acknowledged client ids of a visitor. */
export function acknowledged(visitor: Visitor): Set<string> {
  return new Set(visitor.attempts.filter((a) => a.outcome.kind === 'acked').map((a) => a.clientId));
}

/** Rejects after `ms` unless `promise` settles first (a failure deadline, not a pause). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /ready of an instance: its status and body. */
export async function ready(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
