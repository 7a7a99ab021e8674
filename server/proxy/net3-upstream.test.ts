// The upstream client on its own: what a route learns about each exchange with Net3 (the
// outcome). What the browser is answered for each outcome is the caller's (submission-answers.ts,
// covered through the router in net3-proxy.test.ts and recorded-submission.test.ts).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNet3Upstream, MAX_KEPT_ANSWER_BYTES, type Net3Upstream } from './net3-upstream.ts';
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

/** A server whose every request is submitted by `client`; collects each outcome in order. */
async function submittingServer(
  client: Net3Upstream,
): Promise<{ url: string; outcomes: Promise<ForwardOutcome>[] }> {
  const outcomes: Promise<ForwardOutcome>[] = [];
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const outcome = client.submit(req, '/provisioning/customer', Buffer.from('{"a":1}'));
    outcomes.push(outcome);
    // The browser hears nothing of Net3 from submit: the caller answers it.
    void outcome.then(() => res.end());
  });
  servers.push(server);
  return { url: await listenOnLoopback(server), outcomes };
}

describe('submit', () => {
  it("reads Net3's whole answer, sending the body with the portal's key and no browser credentials", async () => {
    net3.answerWith(answerJson(409, { responseStatus: { errorCode: 'Conflict' } }));
    const { url, outcomes } = await submittingServer(upstreamTo(net3.url));

    const response = await sendRequest(url, {
      method: 'POST',
      headers: { cookie: 'net3_portal_session=secret', authorization: 'Basic eDp5' },
    });
    const outcome = await outcomes[0]!;

    expect(outcome).toEqual({
      kind: 'answered',
      status: 409,
      body: Buffer.from('{"responseStatus":{"errorCode":"Conflict"}}'),
    });
    // Nothing of Net3's answer was relayed.
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    expect(net3.requests).toHaveLength(1);
    expect(net3.requests[0]!.body).toBe('{"a":1}');
    expect(net3.requests[0]!.headers.authorization).toBe('Bearer key');
    expect(net3.requests[0]!.headers.cookie).toBeUndefined();
  });

  it('keeps no more of an answer than MAX_KEPT_ANSWER_BYTES', async () => {
    net3.answerWith(answerJson(200, { notes: 'x'.repeat(MAX_KEPT_ANSWER_BYTES) }));
    const { url, outcomes } = await submittingServer(upstreamTo(net3.url));

    await sendRequest(url, { method: 'POST' });

    expect(await outcomes[0]!).toEqual({ kind: 'answered', status: 200, body: null });
  });

  it('reports a timeout and an unreachable Net3', async () => {
    net3.answerWith(() => {});
    const slow = await submittingServer(upstreamTo(net3.url, 100));
    const nowhere = await submittingServer(upstreamTo(await unusedLoopbackUrl()));

    await sendRequest(slow.url, { method: 'POST' });
    await sendRequest(nowhere.url, { method: 'POST' });

    expect(await slow.outcomes[0]!).toEqual({ kind: 'timeout', code: undefined });
    expect(await nowhere.outcomes[0]!).toEqual({ kind: 'unreachable', code: 'ECONNREFUSED' });
  });

  it('reports an answer cut off midway, with the status Net3 had begun with and why', async () => {
    net3.answerWith((_request, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"customerId":');
    });
    const stalled = await submittingServer(upstreamTo(net3.url, 150));
    await sendRequest(stalled.url, { method: 'POST' });
    net3.answerWith((_request, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"customerId":', () => res.destroy());
    });
    const broken = await submittingServer(upstreamTo(net3.url));
    await sendRequest(broken.url, { method: 'POST' });

    expect(await stalled.outcomes[0]!).toEqual({ kind: 'dropped', status: 201, reason: 'timeout' });
    expect(await broken.outcomes[0]!).toEqual({
      kind: 'dropped',
      status: 201,
      reason: 'unreachable',
    });
  });

  it("keeps waiting for Net3's answer when the browser goes away, so its outcome is known", async () => {
    let answerNow: () => void = () => {};
    net3.answerWith((_request, res) => {
      answerNow = () => answerJson(200, { customerId: 'ACME-001' })(_request, res);
    });
    const { url, outcomes } = await submittingServer(upstreamTo(net3.url));

    const request = http.request(url, { method: 'POST', agent: false });
    request.on('error', () => {});
    request.end();
    while (net3.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    answerNow();

    expect(await outcomes[0]!).toEqual({
      kind: 'answered',
      status: 200,
      body: Buffer.from('{"customerId":"ACME-001"}'),
    });
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
