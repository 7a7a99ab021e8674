// Issue 11, item 1: wrong passwords sent all at once. The limit used to be checked before Net3
// was asked and counted only after it answered, so every guess in flight passed the check.
// Net3 (the recording upstream) answers each sign-in 401 after 300 ms, long enough for all 30
// to be in flight together; at most 5 may reach it, with the limiter in memory and in Redis.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAttemptLimiter, type AttemptLimiter } from '../../limits/attempt-limiter.ts';
import { startRedisTestServer, type RedisTestServer } from '../../limits/redis-test-server.ts';
import {
  answerTestStaffSignIn,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  testStaff,
  type RecordingUpstream,
} from '../proxy-test-support.ts';

const NET3_ANSWER_DELAY_MS = 300;

let upstream: RecordingUpstream;
let redisServer: RedisTestServer;
const clients: Redis[] = [];

beforeAll(async () => {
  redisServer = await startRedisTestServer();
}, 20_000);

afterAll(async () => {
  await redisServer?.stop();
});

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  upstream.answerSignInWith((request, res) => {
    setTimeout(() => answerTestStaffSignIn(request, res), NET3_ANSWER_DELAY_MS);
  });
});

afterEach(async () => {
  await upstream.close();
  for (const client of clients.splice(0)) client.disconnect();
});

async function redisLimiter(): Promise<AttemptLimiter> {
  const client = new Redis(redisServer.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  clients.push(client);
  if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
  return createAttemptLimiter({
    name: `signin-race-${Date.now()}`,
    attempts: 5,
    windowSeconds: 15 * 60,
    redis: client,
  });
}

const limiters: [string, () => Promise<AttemptLimiter>][] = [
  [
    'in memory',
    async () => createAttemptLimiter({ name: 'signin', attempts: 5, windowSeconds: 15 * 60 }),
  ],
  ['in Redis', redisLimiter],
];

describe.each(limiters)('the sign-in limit %s', (_name, makeLimiter) => {
  it('lets at most 5 of 30 wrong passwords sent at once reach Net3; the rest get 429', async () => {
    const portal = await startTestPortal(upstream.url, { signInLimiter: await makeLimiter() });
    try {
      const wrong = { userName: testStaff.userName, password: 'guess' };
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => signInThrough(portal.url, wrong)),
      );
      const statuses = answers.map(({ response }) => response.status);

      expect(upstream.signInRequests.length).toBeLessThanOrEqual(5);
      expect(statuses.filter((status) => status === 401)).toHaveLength(
        upstream.signInRequests.length,
      );
      expect(statuses.filter((status) => status === 429)).toHaveLength(
        30 - upstream.signInRequests.length,
      );
    } finally {
      await portal.close();
    }
  });

  it('gives the attempt back when the sign-in works, so right passwords in flight never lock anyone out', async () => {
    const portal = await startTestPortal(upstream.url, { signInLimiter: await makeLimiter() });
    try {
      const first = await Promise.all(Array.from({ length: 5 }, () => signInThrough(portal.url)));
      const then = await Promise.all(Array.from({ length: 5 }, () => signInThrough(portal.url)));

      expect([...first, ...then].map(({ response }) => response.status)).toEqual(
        Array<number>(10).fill(200),
      );
    } finally {
      await portal.close();
    }
  });
});
