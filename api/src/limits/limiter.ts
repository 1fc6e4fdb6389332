/**
 * The limiter factory: one rate-limiter-flexible limiter per policy (rate-limits.ts). In memory by
 * default; with REDIS_URL in Redis, so limits hold across instances, each insured by an
 * in-memory limiter with the same policy so a Redis outage never fails a request. Keys are
 * namespaced per deployment (instances sharing a database share a namespace).
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../domain/errors.js';
import { effectivePolicy, ratePolicyNames, type RateLimitSettings, type RatePolicyName } from './rate-limits.js';

/** One policy counted for one key, e.g. `['visitorMessage', visitorId]`. */
export type RateCheck = readonly [policy: RatePolicyName, key: string];

export interface RateLimitsOptions {
  settings: RateLimitSettings;
  redisUrl?: string | undefined;
  /** Prefix of every Redis key (one per deployment). */
  namespace: string;
}

function retryAfter(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export class RateLimits {
  private readonly limiters = new Map<RatePolicyName, RateLimiterAbstract>();
  private readonly redis: Redis | null;
  /** Benchmarks only: measure the same server with the limiter skipped. */
  bypass = false;

  constructor(private readonly options: RateLimitsOptions) {
    const { settings, redisUrl, namespace } = options;
    // enableOfflineQueue off: while Redis is down, calls fail at once and the insurance answers.
    this.redis = redisUrl && settings.enabled ? new Redis(redisUrl, { enableOfflineQueue: false }) : null;
    this.redis?.on('error', () => {});
    for (const name of ratePolicyNames) {
      const { points, duration, blockDuration } = effectivePolicy(name, settings);
      const memory = new RateLimiterMemory({ points, duration, blockDuration, keyPrefix: name });
      this.limiters.set(
        name,
        this.redis
          ? new RateLimiterRedis({
              storeClient: this.redis,
              points,
              duration,
              blockDuration,
              keyPrefix: `${namespace}:${name}`,
              rejectIfRedisNotReady: true,
              insuranceLimiter: memory,
            })
          : memory,
      );
    }
  }

  /**
   * Resolves once Redis is connected (or after 2 s): until then the insurance limiter answers,
   * and counts it took would not be in Redis.
   */
  async ready(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  get enabled(): boolean {
    return this.options.settings.enabled && !this.bypass;
  }

  private limiter(policy: RatePolicyName): RateLimiterAbstract {
    return this.limiters.get(policy)!;
  }

  /** Counts one request against each check, in order; the first exhausted one throws RateLimitedError. */
  async consume(...checks: RateCheck[]): Promise<void> {
    if (!this.enabled) return;
    for (const [policy, key] of checks) {
      try {
        await this.limiter(policy).consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(error.msBeforeNext));
        throw error;
      }
    }
  }

  /** Throws RateLimitedError when a check is already exhausted (counts nothing). */
  async ensureAvailable(...checks: RateCheck[]): Promise<void> {
    if (!this.enabled) return;
    for (const [policy, key] of checks) {
      const limiter = this.limiter(policy);
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) throw new RateLimitedError(retryAfter(state.msBeforeNext));
    }
  }

  /** Counts one request against each check without refusing anything (a cost found out afterwards). */
  async charge(...checks: RateCheck[]): Promise<void> {
    if (!this.enabled) return;
    for (const [policy, key] of checks) await this.limiter(policy).penalty(key);
  }

  /** Gives back one point to each check (the request turned out not to count). */
  async refund(...checks: RateCheck[]): Promise<void> {
    if (!this.enabled) return;
    for (const [policy, key] of checks) await this.limiter(policy).reward(key);
  }

  /** Forgets a key's count (e.g. failed log-ins after a successful one). */
  async reset(...checks: RateCheck[]): Promise<void> {
    if (!this.enabled) return;
    for (const [policy, key] of checks) await this.limiter(policy).delete(key);
  }

  close(): void {
    this.redis?.disconnect();
  }
}
