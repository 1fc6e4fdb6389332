/** Presentation helpers shared by the inbox views. */

export const triggerLabel: Record<string, string> = {
  BUTTON: 'Pressed a button',
  EXPLICIT_REQUEST: 'Asked for a person',
  LOW_CONFIDENCE: 'Assistant unsure',
  FRUSTRATION: 'Frustrated',
  SENSITIVE: 'Sensitive topic',
};

/**
 * Why a handoff happened, as the inbox shows it: `triggerLabel`, except that a SENSITIVE one
 * names its topic ("Sensitive: Fraud or unauthorised payments") when it is known.
 */
export function handoffReason(trigger: string, topicName?: string | null): string {
  if (trigger === 'SENSITIVE' && topicName) return `Sensitive: ${topicName}`;
  return triggerLabel[trigger] ?? trigger;
}

export const statusLabel: Record<string, string> = {
  ASSISTANT: 'With the assistant',
  QUEUED: 'Waiting for a human',
  ASSIGNED: 'Assigned',
  RESOLVED: 'Resolved',
};

/** "45s", "3m 05s", "1h 12m", "2d 4h". */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

export function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export function visitorLabel(visitor: { name?: string | null; email?: string | null; id: string } | null | undefined): string {
  if (!visitor) return 'Visitor';
  return visitor.name || visitor.email || `Visitor ${atob(visitor.id).slice(-4).toUpperCase()}`;
}

export type Urgency = 'ok' | 'near' | 'breached';

/** How close a waiting conversation is to the response-time target. */
export function urgency(c: { handoffRequestedAt?: string | null; responseDueAt?: string | null; firstHumanReplyAt?: string | null; responseTargetBreachedAt?: string | null }, now: number): Urgency {
  if (!c.handoffRequestedAt || !c.responseDueAt || c.firstHumanReplyAt) return 'ok';
  const start = Date.parse(c.handoffRequestedAt);
  const due = Date.parse(c.responseDueAt);
  if (c.responseTargetBreachedAt || now >= due) return 'breached';
  return now >= start + (due - start) * 0.75 ? 'near' : 'ok';
}

/** Seconds waited since the handoff (until the first human reply). */
export function waited(c: { handoffRequestedAt?: string | null; firstHumanReplyAt?: string | null }, now: number): number | null {
  if (!c.handoffRequestedAt) return null;
  const end = c.firstHumanReplyAt ? Date.parse(c.firstHumanReplyAt) : now;
  return (end - Date.parse(c.handoffRequestedAt)) / 1000;
}

/** A clock that ticks every second, for waiting times. */
export function ticking(): { readonly now: number; stop(): void } {
  const state = $state({ now: Date.now() });
  const timer = setInterval(() => (state.now = Date.now()), 1000);
  return {
    get now() {
      return state.now;
    },
    stop: () => clearInterval(timer),
  };
}
