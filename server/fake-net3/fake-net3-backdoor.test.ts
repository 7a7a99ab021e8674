// The fake's test backdoor over real HTTP: what /__fake/requests records, the faults a test
// can queue, /__fake/reset, and provisioned customers kept in a data file across restarts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeNet3Api } from './fake-net3-api.ts';
import { provisionAt, startFakeNet3ForEachTest } from './fake-net3-test-support.ts';

const API_KEY = 'test-key-backdoor';
const acme = {
  customer: { customerId: 'ACME-001', customerName: 'Acme', email: 'ops@acme.example' },
};

const api = startFakeNet3ForEachTest(API_KEY);
const { provision, getAuth, receivedRequests } = api;

async function queueFault(fault: Record<string, unknown>): Promise<Response> {
  return fetch(`${api.url}/__fake/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
}

describe('GET /__fake/requests', () => {
  it('starts empty and needs no key', async () => {
    expect(await receivedRequests()).toEqual([]);
  });

  it('records each request with its headers, its body as received, and the answer', async () => {
    const body = {
      Customer: { customerName: 'Acme', unknownThing: 1 },
      requesterIP: '203.0.113.7',
    };
    await provision(body, {
      cookie: 'ss-id=abc',
      'x-forwarded-for': '198.51.100.1',
    });
    const [record] = await receivedRequests();
    expect(record).toMatchObject({
      id: 1,
      method: 'POST',
      path: '/provisioning/customer',
      query: '',
      body,
      rawBody: JSON.stringify(body),
      accepted: true,
      fault: null,
      response: { status: 200, body: { customerId: expect.stringMatching(/^N3-/) } },
    });
    expect(record?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(record?.headers.cookie).toBe('ss-id=abc');
    expect(record?.headers['x-forwarded-for']).toBe('198.51.100.1');
    expect(new Date(record?.receivedAt ?? '').getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records rejected and unknown-route requests too, with accepted false', async () => {
    await provision(acme, { authorization: 'Bearer wrong' });
    await provision({ customer: {} });
    await provision(acme);
    await provision(acme);
    await getAuth();
    await fetch(`${api.url}/somewhere?x=1`);
    const records = await receivedRequests();
    expect(records.map((r) => [r.path, r.response?.status, r.accepted])).toEqual([
      ['/provisioning/customer', 401, false],
      ['/provisioning/customer', 400, false],
      ['/provisioning/customer', 200, true],
      ['/provisioning/customer', 409, false],
      ['/auth', 200, true],
      ['/somewhere', 404, false],
    ]);
    expect(records[5]?.query).toBe('?x=1');
    expect(records[5]?.response?.body).toBe('404');
  });

  it('keeps a body that is not JSON as its text', async () => {
    await fetch(`${api.url}/provisioning/customer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}` },
      body: 'customerName=Acme',
    });
    const [record] = await receivedRequests();
    expect(record?.body).toBe('customerName=Acme');
    expect(record?.response?.status).toBe(400);
  });

  it('does not record its own backdoor requests', async () => {
    await queueFault({ status: 500, route: '/auth' });
    await fetch(`${api.url}/__fake/requests`);
    expect(await receivedRequests()).toEqual([]);
  });
});

describe('POST /__fake/faults', () => {
  it('answers the next matching request with the queued status and JSON body, once', async () => {
    expect((await queueFault({ status: 503, body: { message: 'down' } })).status).toBe(200);
    const faulted = await getAuth();
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await faulted.json()).toEqual({ message: 'down' });
    expect((await getAuth()).status).toBe(200);
  });

  it('sends a string body as is, with the content type asked for', async () => {
    await queueFault({ status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' });
    const response = await provision(acme);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html>Bad Gateway</html>');
  });

  it('faults only its route, `times` times, and records faulted requests as not accepted', async () => {
    await queueFault({ status: 500, route: '/provisioning/customer', times: 2 });
    expect((await getAuth()).status).toBe(200);
    expect((await provision(acme)).status).toBe(500);
    expect((await provision(acme)).status).toBe(500);
    expect((await provision(acme)).status).toBe(200);
    const records = await receivedRequests();
    expect(records.map((r) => [r.path, r.response?.status, r.accepted, r.fault?.status])).toEqual([
      ['/auth', 200, true, undefined],
      ['/provisioning/customer', 500, false, 500],
      ['/provisioning/customer', 500, false, 500],
      ['/provisioning/customer', 200, true, undefined],
    ]);
  });

  it('a faulted provisioning request provisions nothing', async () => {
    await queueFault({ status: 500 });
    await provision(acme);
    expect((await provision(acme)).status).toBe(200);
  });

  it('delays a normal answer when given only delayMs', async () => {
    await queueFault({ delayMs: 300 });
    const started = Date.now();
    const response = await provision(acme);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(response.status).toBe(200);
    const [record] = await receivedRequests();
    expect(record?.accepted).toBe(true);
  });

  it('drops the connection without answering, so fetch rejects', async () => {
    await queueFault({ dropConnection: true, route: '/provisioning/customer' });
    await expect(provision(acme)).rejects.toThrow();
    const [record] = await receivedRequests();
    expect(record).toMatchObject({ accepted: false, response: null, body: acme });
    expect((await provision(acme)).status).toBe(200);
  });

  it('lists pending faults at GET /__fake/faults', async () => {
    await queueFault({ status: 500, times: 3 });
    await getAuth();
    const pending = await (await fetch(`${api.url}/__fake/faults`)).json();
    expect(pending).toEqual([{ status: 500, times: 2 }]);
  });

  it.each([
    [{ status: 'teapot' }, /status/],
    [{ status: 500, route: '/elsewhere' }, /route/],
    [{ status: 500, times: 0 }, /times/],
    [{ stauts: 500 }, /unknown fault properties: stauts/],
    [{ body: 'x' }, /needs status, delayMs or dropConnection/],
  ])('refuses the malformed fault %j with 400', async (fault, error) => {
    const response = await queueFault(fault);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(error);
    expect(await (await fetch(`${api.url}/__fake/faults`)).json()).toEqual([]);
  });
});

describe('POST /__fake/reset', () => {
  it('clears recorded requests, pending faults and provisioned customers', async () => {
    expect((await provision(acme)).status).toBe(200);
    await queueFault({ status: 500 });
    const reset = await fetch(`${api.url}/__fake/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await receivedRequests()).toEqual([]);
    expect((await provision(acme)).status).toBe(200); // neither faulted nor a conflict
  });
});

describe('the data file', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'fake-net3-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps provisioned customers across a restart, so a repeat is still a conflict', async () => {
    const dataFile = join(directory, 'nested', 'fake-net3-data.json');
    const first = await startFakeNet3Api({ apiKey: API_KEY, dataFile });
    const created = await provisionAt(first.url, API_KEY, acme);
    expect(created.status).toBe(200);
    await first.close();

    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(saved.provisionedCustomers).toEqual([
      expect.objectContaining({ customerId: 'ACME-001', email: 'ops@acme.example', request: acme }),
    ]);
    expect(JSON.stringify(saved)).not.toContain(API_KEY);

    const second = await startFakeNet3Api({ apiKey: API_KEY, dataFile });
    try {
      const repeated = await provisionAt(second.url, API_KEY, acme);
      expect(repeated.status).toBe(409);
      const customers = await (await fetch(`${second.url}/__fake/customers`)).json();
      expect(customers).toEqual([expect.objectContaining({ customerId: 'ACME-001' })]);
    } finally {
      await second.close();
    }
  });

  it('is emptied by a reset', async () => {
    const dataFile = join(directory, 'data.json');
    const fake = await startFakeNet3Api({ apiKey: API_KEY, dataFile });
    try {
      await provisionAt(fake.url, API_KEY, acme);
      await fetch(`${fake.url}/__fake/reset`, { method: 'POST' });
      expect(JSON.parse(readFileSync(dataFile, 'utf8'))).toEqual({ provisionedCustomers: [] });
    } finally {
      await fake.close();
    }
  });

  it('stops the start with a clear error when the file is not a data file', async () => {
    const dataFile = join(directory, 'broken.json');
    writeFileSync(dataFile, '{ not json');
    await expect(startFakeNet3Api({ apiKey: API_KEY, dataFile })).rejects.toThrow(
      /not a fake Net3 data file/,
    );
  });
});

describe('close', () => {
  it('ends keep-alive connections and a request still waiting on a delay', async () => {
    const fake = await startFakeNet3Api({ apiKey: API_KEY });
    await fetch(`${fake.url}/auth`); // leaves a keep-alive socket open
    await fetch(`${fake.url}/__fake/faults`, {
      method: 'POST',
      body: JSON.stringify({ delayMs: 60_000 }),
    });
    const waiting = fetch(`${fake.url}/auth`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fake.close();
    expect(await waiting).toBeInstanceOf(Error);
    await expect(fetch(`${fake.url}/auth`)).rejects.toThrow();
  });
});
