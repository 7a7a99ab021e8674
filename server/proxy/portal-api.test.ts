// startPortalApi wires configuration to the proxy: with REDIS_URL, two portal instances (two
// startPortalApi calls, as two processes would) share one signup limit through a real Redis.
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPortalConfig } from '../config.ts';
import { startRedisTestServer, type RedisTestServer } from '../limits/redis-test-server.ts';
import { createCapturingLogger } from '../portal-log.ts';
import { startPortalApi } from './portal-api.ts';
import { closeServer, listenOnLoopback } from './loopback-http.ts';
import { postJson } from './proxy-test-support.ts';

let redis: RedisTestServer;

beforeAll(async () => {
  redis = await startRedisTestServer();
}, 20_000);

afterAll(async () => {
  await redis?.stop();
});

it('shares the signup limit between two portal instances through REDIS_URL', async () => {
  const { logger, lines } = createCapturingLogger();
  const config = loadPortalConfig({ REDIS_URL: redis.url, SIGNUP_RATE_LIMIT: '3' });
  const instances = [
    await startPortalApi(config, { logger }),
    await startPortalApi(config, { logger }),
  ];
  const servers = instances.map((api) => http.createServer((req, res) => api.handle(req, res)));
  try {
    const [urlA, urlB] = await Promise.all(servers.map((server) => listenOnLoopback(server)));
    await expect
      .poll(() => lines.filter((line) => line.includes('shared through Redis')).length)
      .toBe(2);

    const statuses: number[] = [];
    for (const [index, url] of [urlA, urlB, urlA, urlB].entries()) {
      const signup = { customer: { customerName: `Reseller ${index}` } };
      statuses.push((await postJson(`${url}/api/signup`, signup)).status);
    }

    expect(statuses).toEqual([200, 200, 200, 429]);
    // The Redis URL may hold a password: only host and port are logged.
    expect(lines.join('\n')).not.toContain('redis://');
  } finally {
    await Promise.all(servers.map((server) => closeServer(server)));
    await Promise.all(instances.map((api) => api.close()));
  }
}, 30_000);
