/**
 * The response-time clock (guarantee 7): waiting counts from the handoff request to the first
 * human reply; the target runs out `targetSeconds` after the request. The API's breach sweep
 * applies the same rule in SQL (api/src/services/response-clock.ts).
 */
/**
 * The statuses in which a handoff is current (waiting for, or with, a person): the clock, the
 * handoff's reason and its wait are shown only then. The API's breach sweep uses the same list.
 */
export const handoffStatuses = ['QUEUED', 'ASSIGNED'] as const;

/** Whether the conversation's latest handoff is still current (not handed back or resolved). */
export function handoffCurrent(status: string): boolean {
  return (handoffStatuses as readonly string[]).includes(status);
}

export interface Clocked {
  handoffRequestedAt?: string | Date | null;
  firstHumanReplyAt?: string | Date | null;
}

function ms(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** Seconds waited since the handoff (until the first human reply, else until `now`); null without a handoff. */
export function waitedSeconds(c: Clocked, now: number): number | null {
  if (!c.handoffRequestedAt) return null;
  const end = c.firstHumanReplyAt ? ms(c.firstHumanReplyAt) : now;
  return Math.max(0, (end - ms(c.handoffRequestedAt)) / 1000);
}

/** When the target runs out for the current handoff (epoch ms); null without a handoff. */
export function responseDueAt(c: Clocked, targetSeconds: number): number | null {
  return c.handoffRequestedAt ? ms(c.handoffRequestedAt) + targetSeconds * 1000 : null;
}

export type Urgency = 'ok' | 'near' | 'breached';

/** How close a waiting conversation is to its target: breached, near (past 75 %), or ok. */
export function urgency(
  c: Clocked & { responseDueAt?: string | null; responseTargetBreachedAt?: string | null },
  now: number,
): Urgency {
  if (!c.handoffRequestedAt || !c.responseDueAt || c.firstHumanReplyAt) return 'ok';
  const start = ms(c.handoffRequestedAt);
  const due = Date.parse(c.responseDueAt);
  if (c.responseTargetBreachedAt || now >= due) return 'breached';
  return now >= start + (due - start) * 0.75 ? 'near' : 'ok';
}
