/**
 * The rate-limit policies: ONE table of every limit Baton applies, what each counts and which
 * key it counts per. Defaults follow incumbents (Chatwoot: a handful of new conversations per IP
 * per hour, ~200 messages per minute per conversation, 5 log-ins per 5 minutes), a bit more
 * generous where offices share one IP. Configuration (config.ts) can switch them all off, scale
 * every policy's points, or override single policies with `name=points/seconds[/blockSeconds]`.
 */
import { z } from 'zod';

/** What a policy counts per: the caller's IP, the visitor, the agent, a conversation, email + IP. */
export type RateKey = 'ip' | 'visitor' | 'agent' | 'participant' | 'conversation' | 'email+ip';

export interface RatePolicy {
  /** Allowed per `duration` seconds. */
  points: number;
  /** The window, in seconds. */
  duration: number;
  /** Once exhausted, refused for this many seconds (0: until the window ends). */
  blockDuration: number;
  key: RateKey;
  /** What is counted, for people reading the table and the docs. */
  counts: string;
}

const policy = (points: number, duration: number, key: RateKey, counts: string, blockDuration = 0): RatePolicy => ({
  points,
  duration,
  blockDuration,
  key,
  counts,
});

export const ratePolicies = {
  widgetSession: policy(20, 3600, 'ip', 'new widget sessions (each makes a visitor and a conversation)'),
  widgetResume: policy(300, 3600, 'ip', 'widget sessions resumed with a visitor token'),
  visitorMessage: policy(20, 60, 'visitor', 'messages a visitor sends'),
  visitorMessageIp: policy(300, 60, 'ip', 'visitor messages from one IP'),
  conversationMessage: policy(200, 60, 'conversation', 'messages posted in one conversation (visitor and agents)'),
  actionSubmit: policy(10, 600, 'visitor', 'custom action submissions (handoffs) by a visitor'),
  actionSubmitIp: policy(60, 3600, 'ip', 'custom action submissions (handoffs) from one IP'),
  typing: policy(120, 60, 'participant', 'typing indicators by a visitor or an agent'),
  agentWrite: policy(600, 60, 'agent', 'replies and notes by an agent'),
  signUp: policy(5, 3600, 'ip', 'sign-ups (new workspaces) from one IP'),
  logInFailure: policy(5, 300, 'email+ip', 'failed log-ins for one email from one IP (reset on success)', 300),
  logInFailureIp: policy(50, 3600, 'ip', 'failed log-ins from one IP, any email', 3600),
  httpRequest: policy(1200, 60, 'ip', 'GraphQL requests over HTTP from one IP (HTTP 429 + Retry-After)'),
  socketConnect: policy(120, 60, 'ip', 'WebSocket connections opened from one IP (close 4429)'),
} satisfies Record<string, RatePolicy>;

export type RatePolicyName = keyof typeof ratePolicies;

export const ratePolicyNames = Object.keys(ratePolicies) as RatePolicyName[];

export interface RatePolicyOverride {
  points: number;
  duration: number;
  blockDuration?: number;
}

export interface RateLimitSettings {
  /** Off: nothing is limited (benchmarks of the unlimited path, private deployments). */
  enabled: boolean;
  /** Every policy's points are multiplied by this (tests raise it; at least 1 point remains). */
  scale: number;
  /** Single policies replaced (applied after `scale`: an override is taken as written). */
  overrides: Partial<Record<RatePolicyName, RatePolicyOverride>>;
}

const overrideItem = z
  .string()
  .trim()
  .regex(/^[A-Za-z]+=\d+\/\d+(\/\d+)?$/, 'each item is name=points/seconds or name=points/seconds/blockSeconds')
  .transform((item) => {
    const [name, spec] = item.split('=') as [string, string];
    const [points, duration, blockDuration] = spec.split('/').map(Number) as [number, number, number?];
    return { name, points, duration, blockDuration };
  })
  .refine((o) => (ratePolicyNames as string[]).includes(o.name), {
    message: `unknown policy; one of ${ratePolicyNames.join(', ')}`,
  })
  .refine((o) => o.points >= 1 && o.duration >= 1, { message: 'points and seconds must be at least 1' });

/** `BATON_RATE_LIMITS`: a comma-separated list such as `widgetSession=3/3600,logInFailure=5/300/300`. */
export const rateLimitOverrides = z
  .string()
  .default('')
  .transform((list) => list.split(',').filter((item) => item.trim() !== ''))
  .pipe(z.array(overrideItem))
  .transform(
    (items) =>
      Object.fromEntries(
        items.map(({ name, points, duration, blockDuration }) => [
          name,
          { points, duration, ...(blockDuration !== undefined && { blockDuration }) },
        ]),
      ) as Partial<Record<RatePolicyName, RatePolicyOverride>>,
  );

/** The policy as configured: the table's, scaled, or the override. */
export function effectivePolicy(name: RatePolicyName, settings: RateLimitSettings): RatePolicy {
  const base: RatePolicy = ratePolicies[name];
  const override = settings.overrides[name];
  if (override) return { ...base, blockDuration: base.blockDuration, ...override };
  return { ...base, points: Math.max(1, Math.round(base.points * settings.scale)) };
}
