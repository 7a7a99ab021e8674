// Counts attempts per client address (failed staff sign-ins, public signups) and says when one
// address has made too many in its window. Kept in this process's memory, or in Redis when
// REDIS_URL is set so every portal instance shares one count. If Redis cannot be reached the
// count falls back to memory (per instance) instead of letting everyone through or no one.
import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type AttemptLimiter = {
  /** Counts one attempt; not allowed once this attempt is over the limit. */
  consume(key: string): Promise<LimitDecision>;
  /** Counts nothing: is the key already at its limit? */
  check(key: string): Promise<LimitDecision>;
  /**
   * Gives back one attempt consume() took. Routes take the attempt before the outcome is known
   * (so parallel attempts cannot all pass a check made before any was counted) and give it
   * back when it turns out not to count, e.g. a sign-in that worked.
   */
  giveBack(key: string): Promise<void>;
};

export type AttemptLimiterOptions = {
  /** Keeps counts apart in a shared store, e.g. 'signup'. */
  name: string;
  /** Attempts allowed per window. */
  attempts: number;
  windowSeconds: number;
  /** Counts in Redis (shared by every instance) instead of memory. */
  redis?: Redis | null;
};

/** The prefix every key has in Redis, so an operator can find (and clear) them. */
export const REDIS_KEY_PREFIX = 'net3-portal:limit:';

export function createAttemptLimiter(options: AttemptLimiterOptions): AttemptLimiter {
  const { attempts, windowSeconds } = options;
  const keyPrefix = `${REDIS_KEY_PREFIX}${options.name}`;
  const memory = new RateLimiterMemory({ keyPrefix, points: attempts, duration: windowSeconds });
  const limiter =
    options.redis == null
      ? memory
      : new RateLimiterRedis({
          storeClient: options.redis,
          keyPrefix,
          points: attempts,
          duration: windowSeconds,
          // Without a connection, count in memory at once rather than waiting for one.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        });

  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (error) {
        if (error instanceof RateLimiterRes) return refused(error.msBeforeNext);
        throw error;
      }
    },
    async check(key) {
      const state = await limiter.get(key);
      if (state === null || state.consumedPoints < attempts) return { allowed: true };
      return refused(state.msBeforeNext);
    },
    async giveBack(key) {
      await limiter.reward(key, 1);
    },
  };
}

function refused(msBeforeNext: number): LimitDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

/**
 * The key one client is counted under: its IPv4 address, or for IPv6 its /64 network, since a
 * single subscriber is usually handed a whole /64 and could otherwise change address at will.
 */
export function clientLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const hextets = expandIpv6(address);
  return hextets === null ? address : `${hextets.slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] | null {
  const withoutZone = address.split('%')[0] ?? '';
  const [head = '', tail] = withoutZone.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  // An embedded IPv4 tail (::ffff:1.2.3.4) takes two hextets; only the first four matter here.
  const last = right.length > 0 ? right : left;
  if ((last[last.length - 1] ?? '').includes('.')) last.splice(-1, 1, '0', '0');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const hextets = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  return hextets.map((hextet) => (hextet.replace(/^0+(?=.)/, '') || '0').toLowerCase());
}

/** "Try again in 3 minutes" from Retry-After seconds: whole minutes, rounded up. */
export function describeWait(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
