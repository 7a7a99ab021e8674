// The upstream client on its own: what a route learns about each exchange with Net3 (the
// outcome), beside what the browser gets, which net3-proxy.test.ts covers through the router.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNet3Upstream, type Net3Upstream } from './net3-upstream.ts';
import { closeServer, listenOnLoopback, sendRequest, unusedLoopbackUrl } from './loopback-http.ts';
import {
  answerJson,
  startRecordingUpstream,
  type RecordingUpstream,
} from './proxy-test-support.ts';
import type { AskOutcome, ForwardOutcome } from './upstream-outcome.ts';

let net3: RecordingUpstream;
let clients: Net3Upstream[];
let servers: http.Server[];

beforeEach(async () => {
  net3 = await startRecordingUpstream();
  clients = [];
  servers = [];
});

afterEach(async () => {
  for (const client of clients) client.close();
  for (const server of servers) await closeServer(server);
  await net3.close();
});

function upstreamTo(net3ApiUrl: string, timeoutMs = 5_000): Net3Upstream {
  const client = createNet3Upstream({
    net3ApiUrl,
    net3ApiKey: 'key',
    timeoutMs,
    trustProxy: false,
  });
  clients.push(client);
  return client;
}

/** A server whose every request is forwarded by `client`; resolves each outcome in order. */
async function forwardingServer(
  client: Net3Upstream,
): Promise<{ url: string; outcomes: Promise<ForwardOutcome>[] }> {
  const outcomes: Promise<ForwardOutcome>[] = [];
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    outcomes.push(client.forward(req, res, '/provisioning/customer', Buffer.from('{"a":1}')));
  });
  servers.push(server);
  return { url: await listenOnLoopback(server), outcomes };
}

describe('forward', () => {
  it("reports Net3's status and body as the browser got them", async () => {
    net3.answerWith(answerJson(409, { responseStatus: { errorCode: 'Conflict' } }));
    const { url, outcomes } = await forwardingServer(upstreamTo(net3.url));

    const response = await sendRequest(url, { method: 'POST' });
    const outcome = await outcomes[0]!;

    expect(response.status).toBe(409);
    expect(outcome).toEqual({
      kind: 'answered',
      status: 409,
      body: Buffer.from(response.text),
    });
  });

  it('reports a timeout and an unreachable Net3 as what the browser was answered', async () => {
    net3.answerWith(() => {});
    const slow = await forwardingServer(upstreamTo(net3.url, 100));
    const nowhere = await forwardingServer(upstreamTo(await unusedLoopbackUrl()));

    const timedOut = await sendRequest(slow.url, { method: 'POST' });
    const refused = await sendRequest(nowhere.url, { method: 'POST' });

    expect(timedOut.status).toBe(504);
    expect(await slow.outcomes[0]!).toEqual({ kind: 'timeout', code: undefined });
    expect(refused.status).toBe(502);
    expect(await nowhere.outcomes[0]!).toEqual({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('reports an answer cut off midway, with the status Net3 had begun with', async () => {
    net3.answerWith((_request, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"customerId":');
    });
    const { url, outcomes } = await forwardingServer(upstreamTo(net3.url, 150));

    await expect(sendRequest(url, { method: 'POST' })).rejects.toThrow();

    expect(await outcomes[0]!).toEqual({ kind: 'dropped', status: 201, reason: 'timeout' });
  });

  it('reports that the browser went away, and stops waiting for Net3', async () => {
    net3.answerWith(() => {});
    const { url, outcomes } = await forwardingServer(upstreamTo(net3.url));

    const request = http.request(url, { method: 'POST', agent: false });
    request.on('error', () => {});
    request.end();
    while (outcomes.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    request.destroy();

    expect(await outcomes[0]!).toEqual({ kind: 'client-gone' });
  });
});

describe('ask', () => {
  async function askOnce(client: Net3Upstream, maxAnswerBytes = 1024): Promise<AskOutcome> {
    let outcome: Promise<AskOutcome> | undefined;
    const server = http.createServer((req, res) => {
      outcome = client.ask(req, '/auth/credentials', { userName: 'rep1' }, maxAnswerBytes);
      void outcome.then(() => res.end());
    });
    servers.push(server);
    await sendRequest(await listenOnLoopback(server));
    return outcome!;
  }

  it("reads Net3's whole answer without the portal's key, and nothing past the limit", async () => {
    net3.answerSignInWith(answerJson(200, { userName: 'rep1' }));
    const client = upstreamTo(net3.url);

    expect(await askOnce(client)).toEqual({
      kind: 'answered',
      status: 200,
      text: '{"userName":"rep1"}',
    });
    expect(net3.signInRequests[0]!.headers.authorization).toBeUndefined();
    expect(await askOnce(client, 5)).toEqual({ kind: 'answered', status: 200, text: '' });
  });

  it('reports an answer cut off midway as a failure', async () => {
    net3.answerSignInWith((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"userName":');
    });

    expect(await askOnce(upstreamTo(net3.url, 150))).toEqual({
      kind: 'timeout',
      code: 'ECONNRESET',
    });
  });
});
