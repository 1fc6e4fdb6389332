/** Presentation helpers shared by the inbox views. */

// Handoff reasons (@baton/client-core/labels) and waiting times and urgency
// (@baton/client-core/response-time) have one home, shared with the widget and the API.

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

const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function timeOfDay(iso: string): string {
  return clockTime.format(Date.parse(iso));
}

export function visitorLabel(
  visitor: { name?: string | null; email?: string | null; id: string } | null | undefined,
): string {
  if (!visitor) return 'Visitor';
  return visitor.name || visitor.email || `Visitor ${atob(visitor.id).slice(-4).toUpperCase()}`;
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
