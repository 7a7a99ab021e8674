// Issue 11, item 2, over real HTTP: with TRUST_PROXY=1 the portal (on 127.0.0.1) takes its
// socket peer for the one proxy in front, so the client is the rightmost X-Forwarded-For entry.
// What a browser writes to the left of it changes neither requesterIP, the chain Net3 is told,
// nor the rate limit's key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  mintSessionCookie,
  postJson,
  signInThrough,
  startRecordingUpstream,
  startTestPortal,
  testLimiter,
  testStaff,
  type RecordingUpstream,
} from './proxy-test-support.ts';

const customer = { customer: { customerId: 'ACME-001', customerName: 'Acme' } };

let upstream: RecordingUpstream;

beforeEach(async () => {
  upstream = await startRecordingUpstream();
});

afterEach(async () => {
  await upstream.close();
});

async function submitThrough(portalUrl: string, headers: Record<string, string>) {
  return postJson(`${portalUrl}/api/provisioning/customer`, customer, {
    cookie: await mintSessionCookie(),
    ...headers,
  });
}

describe('TRUST_PROXY=1 (one reverse proxy in front)', () => {
  it('stamps the rightmost entry as requesterIP and forwards only the chain it walked', async () => {
    const portal = await startTestPortal(upstream.url, { trustProxy: { hops: 1 } });
    try {
      const response = await submitThrough(portal.url, {
        'x-forwarded-for': '6.6.6.6, 10.0.0.1',
        'x-forwarded-proto': 'https',
        // Over https (as the trusted proxy says) the session cookie has the __Host- prefix.
        cookie: `__Host-${await mintSessionCookie()}`,
      });

      expect(response.status).toBe(200);
      const forwarded = upstream.requests[0]!;
      expect(JSON.parse(forwarded.body)).toMatchObject({ requesterIP: '10.0.0.1' });
      expect(forwarded.headers['x-forwarded-for']).toBe('10.0.0.1, 127.0.0.1');
      expect(forwarded.headers['x-forwarded-proto']).toBe('https');
    } finally {
      await portal.close();
    }
  });

  it('counts failed sign-ins under the real client however the leftmost entry rotates', async () => {
    const portal = await startTestPortal(upstream.url, {
      trustProxy: { hops: 1 },
      signInLimiter: testLimiter(2, 60),
    });
    try {
      const wrong = { userName: testStaff.userName, password: 'guess' };
      const statuses: number[] = [];
      for (const forged of ['6.6.6.6', '7.7.7.7', '8.8.8.8, 9.9.9.9']) {
        const { response } = await signInThrough(portal.url, wrong, {
          'x-forwarded-for': `${forged}, 10.0.0.1`,
        });
        statuses.push(response.status);
      }
      const otherClient = await signInThrough(portal.url, wrong, {
        'x-forwarded-for': '6.6.6.6, 10.0.0.2',
      });

      expect(statuses).toEqual([401, 401, 429]);
      expect(otherClient.response.status).toBe(401);
    } finally {
      await portal.close();
    }
  });
});

describe('TRUST_PROXY as addresses', () => {
  it('believes nothing forwarded by a peer that is not a listed proxy', async () => {
    const portal = await startTestPortal(upstream.url, {
      trustProxy: { addresses: ['10.0.0.0/8'] },
    });
    try {
      await submitThrough(portal.url, {
        'x-forwarded-for': '6.6.6.6, 10.0.0.1',
        'x-forwarded-proto': 'https',
      });

      const forwarded = upstream.requests[0]!;
      expect(JSON.parse(forwarded.body)).toMatchObject({ requesterIP: '127.0.0.1' });
      expect(forwarded.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(forwarded.headers['x-forwarded-proto']).toBe('http');
    } finally {
      await portal.close();
    }
  });

  it('walks through listed proxies to the first address that is not one', async () => {
    const portal = await startTestPortal(upstream.url, {
      trustProxy: { addresses: ['loopback', '10.0.0.0/8'] },
    });
    try {
      await submitThrough(portal.url, { 'x-forwarded-for': '6.6.6.6, 198.51.100.23, 10.9.8.7' });

      const forwarded = upstream.requests[0]!;
      expect(JSON.parse(forwarded.body)).toMatchObject({ requesterIP: '198.51.100.23' });
      expect(forwarded.headers['x-forwarded-for']).toBe('198.51.100.23, 10.9.8.7, 127.0.0.1');
    } finally {
      await portal.close();
    }
  });
});
