// The attempt limiter in memory and in a real Redis (a redis-server started for these tests):
// counts per key, says how long to wait, shares counts between portal instances through Redis,
// and keeps limiting in memory when Redis is gone.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unusedLoopbackUrl } from '../proxy/loopback-http.ts';
import {
  clientLimitKey,
  createAttemptLimiter,
  describeWait,
  REDIS_KEY_PREFIX,
  type AttemptLimiter,
} from './attempt-limiter.ts';
import { startRedisTestServer, type RedisTestServer } from './redis-test-server.ts';

async function consumeTimes(limiter: AttemptLimiter, key: string, times: number) {
  const decisions = [];
  for (let index = 0; index < times; index += 1) decisions.push(await limiter.consume(key));
  return decisions.map((decision) => decision.allowed);
}

describe('in memory', () => {
  it('allows the set number of attempts per key, then says how many seconds to wait', async () => {
    const limiter = createAttemptLimiter({ name: 'signup', attempts: 5, windowSeconds: 3600 });

    expect(await consumeTimes(limiter, '203.0.113.1', 5)).toEqual([true, true, true, true, true]);
    const sixth = await limiter.consume('203.0.113.1');
    const otherAddress = await limiter.consume('203.0.113.2');

    expect(sixth).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (!sixth.allowed) {
      expect(sixth.retryAfterSeconds).toBeGreaterThan(3590);
      expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(3600);
    }
    expect(otherAddress).toEqual({ allowed: true });
  });

  it('checks without counting', async () => {
    const limiter = createAttemptLimiter({ name: 'signin', attempts: 2, windowSeconds: 60 });

    const before = await limiter.check('k');
    await limiter.check('k');
    await limiter.check('k');
    const counted = await consumeTimes(limiter, 'k', 2);
    const after = await limiter.check('k');

    expect(before).toEqual({ allowed: true });
    expect(counted).toEqual([true, true]);
    expect(after.allowed).toBe(false);
  });

  it('keeps the counts of two limiters with different names apart', async () => {
    const signIn = createAttemptLimiter({ name: 'signin', attempts: 1, windowSeconds: 60 });
    const signup = createAttemptLimiter({ name: 'signup', attempts: 1, windowSeconds: 60 });

    await signIn.consume('k');

    expect(await signup.consume('k')).toEqual({ allowed: true });
  });
});

describe('in Redis', () => {
  let redisServer: RedisTestServer;
  const clients: Redis[] = [];

  function connect(url: string): Redis {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', () => {}); // the fallback test connects to nothing on purpose
    clients.push(client);
    return client;
  }

  async function ready(client: Redis): Promise<Redis> {
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
    return client;
  }

  beforeAll(async () => {
    redisServer = await startRedisTestServer();
  }, 20_000);

  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });

  afterAll(async () => {
    await redisServer?.stop();
  });

  it('shares one count between two portal instances', async () => {
    const name = `shared-${Date.now()}`;
    const instanceA = createAttemptLimiter({
      name,
      attempts: 5,
      windowSeconds: 3600,
      redis: await ready(connect(redisServer.url)),
    });
    const instanceB = createAttemptLimiter({
      name,
      attempts: 5,
      windowSeconds: 3600,
      redis: await ready(connect(redisServer.url)),
    });

    const fromA = await consumeTimes(instanceA, '198.51.100.4', 3);
    const fromB = await consumeTimes(instanceB, '198.51.100.4', 2);
    const sixthOnA = await instanceA.consume('198.51.100.4');
    const checkOnB = await instanceB.check('198.51.100.4');

    expect([...fromA, ...fromB]).toEqual([true, true, true, true, true]);
    expect(sixthOnA.allowed).toBe(false);
    expect(checkOnB.allowed).toBe(false);
    if (!checkOnB.allowed) expect(checkOnB.retryAfterSeconds).toBeGreaterThan(3590);
    // The count lives in Redis, under the portal's prefix, expiring with the window.
    const inspector = await ready(connect(redisServer.url));
    const keys = await inspector.keys(`${REDIS_KEY_PREFIX}${name}*`);
    expect(keys).toHaveLength(1);
    expect(await inspector.ttl(keys[0]!)).toBeGreaterThan(3590);
  });

  it('keeps limiting in memory when Redis cannot be reached', async () => {
    const limiter = createAttemptLimiter({
      name: 'fallback',
      attempts: 2,
      windowSeconds: 60,
      redis: connect((await unusedLoopbackUrl()).replace('http:', 'redis:')),
    });

    const decisions = await consumeTimes(limiter, 'k', 3);

    expect(decisions).toEqual([true, true, false]);
  });
});

describe('clientLimitKey', () => {
  it('counts an IPv4 address on its own', () => {
    expect(clientLimitKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64 network', () => {
    const a = clientLimitKey('2001:db8:1:2:aaaa::1');
    const b = clientLimitKey('2001:0DB8:0001:0002:bbbb:cccc:dddd:eeee');
    const otherNetwork = clientLimitKey('2001:db8:1:3::1');

    expect(a).toBe('2001:db8:1:2::/64');
    expect(b).toBe(a);
    expect(otherNetwork).not.toBe(a);
    expect(clientLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(clientLimitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything that is not an address as it is', () => {
    expect(clientLimitKey('')).toBe('');
    expect(clientLimitKey('unknown')).toBe('unknown');
  });
});

describe('describeWait', () => {
  it('says whole minutes, rounded up, at least one', () => {
    expect(describeWait(1)).toBe('1 minute');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(3600)).toBe('60 minutes');
  });
});
