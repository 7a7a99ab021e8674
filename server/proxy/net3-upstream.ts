// The one client the proxy's routes use to talk to the Net3 API. It owns everything about the
// connection: the kept-alive sockets, which browser headers go along (never its credentials),
// the portal's API key, the timeout, and the rule for sending again. Each exchange ends in an
// outcome the route can see (upstream-outcome.ts): Net3's status and body, or why there was
// none (timeout, unreachable, cut off midway, the browser went away).
//
// Sending again: a forwarded POST is never sent twice. A kept-alive connection Net3 closed may
// fail only after Net3 read the request, and a second send could provision the customer twice.
// Only `ask` (the sign-in check, which changes nothing in Net3) is sent once more on a fresh
// connection when a reused one turns out to have been reset (decision 004).
import http, {
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
} from 'node:http';
import https from 'node:https';
import { forwardedFor, forwardedProto } from './client-address.ts';
import type { TrustProxy } from './trusted-proxies.ts';
import type { AskOutcome, ForwardOutcome } from './upstream-outcome.ts';

/** The most of a forwarded answer kept for the route's outcome; Net3's answers are a few KiB. */
export const MAX_KEPT_ANSWER_BYTES = 256 * 1024;

// Browser request headers Net3 gets. Authorization, Cookie and anything else the browser sends
// is dropped; the client sets its own Authorization.
const relayedRequestHeaders = ['accept-language', 'user-agent'] as const;

export type Net3UpstreamOptions = {
  /** Net3 API base URL; a path in it prefixes every request's path. */
  net3ApiUrl: string;
  net3ApiKey: string;
  /** How long one exchange may take, from sending to the answer's last byte. */
  timeoutMs: number;
  /** Whether the request's X-Forwarded-* headers are believed (client-address.ts). */
  trustProxy: TrustProxy;
};

export type Net3Upstream = {
  /**
   * POSTs `body` (JSON) to Net3 with the portal's key and reads the whole answer, relaying
   * nothing: the caller records the outcome and answers the browser itself. Never sent twice,
   * and not cut short when the browser goes away (the ledger must learn how it ended).
   */
  submit(req: IncomingMessage, upstreamPath: string, body: Buffer): Promise<ForwardOutcome>;
  /**
   * POSTs `json` to Net3 as the person (without the portal's key) and reads the whole answer,
   * keeping at most `maxAnswerBytes`: only for requests that change nothing in Net3, since it
   * may be sent twice. The caller answers the browser. Does not reject for anything Net3 or
   * the network does.
   */
  ask(
    req: IncomingMessage,
    upstreamPath: string,
    json: unknown,
    maxAnswerBytes: number,
  ): Promise<AskOutcome>;
  /** Closes the kept-alive connections. */
  close(): void;
};

type ExchangeRules = {
  withApiKey: boolean;
  resendOnResetConnection: boolean;
  keepBytes: number;
};

export function createNet3Upstream(options: Net3UpstreamOptions): Net3Upstream {
  const { timeoutMs, trustProxy } = options;
  const base = new URL(options.net3ApiUrl);
  const transport = base.protocol === 'https:' ? https : http;
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = {
    protocol: base.protocol,
    hostname: base.hostname.replace(/^\[|\]$/g, ''),
    port: base.port === '' ? undefined : Number(base.port),
  };
  const authorization = `Bearer ${options.net3ApiKey}`;
  // Kept-alive connections: a new TCP (and TLS) handshake per request would dominate the
  // proxy's added latency. Idle sockets are dropped before a typical 5 s server keep-alive ends.
  const agent = new transport.Agent({
    keepAlive: true,
    maxFreeSockets: 64,
    scheduling: 'lifo',
    timeout: 4_000,
  });

  function upstreamHeaders(
    req: IncomingMessage,
    body: Buffer,
    withApiKey: boolean,
  ): OutgoingHttpHeaders {
    const headers: OutgoingHttpHeaders = {
      accept: 'application/json',
      'x-forwarded-for': forwardedFor(req, trustProxy),
      'x-forwarded-proto': forwardedProto(req, trustProxy),
    };
    if (withApiKey) headers.authorization = authorization;
    for (const name of relayedRequestHeaders) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = body.length;
    return headers;
  }

  /** One POST to Net3 under one timeout, sent again only as `rules` allow. */
  function exchange(
    req: IncomingMessage,
    upstreamPath: string,
    body: Buffer,
    rules: ExchangeRules,
  ): Promise<ForwardOutcome> {
    const headers = upstreamHeaders(req, body, rules.withApiKey);
    let settled = false;
    let timedOut = false;
    let current: ClientRequest | undefined;
    let resolve!: (outcome: ForwardOutcome) => void;
    const outcome = new Promise<ForwardOutcome>((settle) => (resolve = settle));
    const timer = setTimeout(() => {
      timedOut = true;
      current?.destroy(new Error('Net3 API timeout'));
    }, timeoutMs);
    const settle = (ended: ForwardOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ended);
    };
    const reason = () => (timedOut ? 'timeout' : 'unreachable');
    const send = (isRetry: boolean) => {
      let responded = false;
      const outgoing = transport.request({
        ...target,
        agent,
        method: 'POST',
        path: basePath + upstreamPath,
        headers,
      });
      current = outgoing;
      outgoing.on('response', (upstream) => {
        responded = true;
        const status = upstream.statusCode ?? 502;
        const kept = keepAnswer(upstream, rules.keepBytes);
        upstream.on('error', () => {}); // reported through 'close' below
        upstream.once('close', () => {
          if (upstream.complete) settle({ kind: 'answered', status, body: kept() });
          else settle({ kind: 'dropped', status, reason: reason() });
        });
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (responded) return; // the answer's 'close' settles it
        const reset = outgoing.reusedSocket && error.code === 'ECONNRESET';
        if (rules.resendOnResetConnection && !isRetry && !timedOut && reset) {
          send(true);
          return;
        }
        settle({ kind: reason(), code: error.code });
      });
      outgoing.end(body);
    };
    send(false);
    return outcome;
  }

  async function ask(
    req: IncomingMessage,
    upstreamPath: string,
    json: unknown,
    maxAnswerBytes: number,
  ): Promise<AskOutcome> {
    const body = Buffer.from(JSON.stringify(json));
    const ended = await exchange(req, upstreamPath, body, {
      withApiKey: false,
      resendOnResetConnection: true,
      keepBytes: maxAnswerBytes,
    });
    switch (ended.kind) {
      case 'answered':
        return { kind: 'answered', status: ended.status, text: ended.body?.toString() ?? '' };
      case 'dropped':
        return { kind: ended.reason, code: 'ECONNRESET' };
      default:
        return ended;
    }
  }

  function submit(req: IncomingMessage, upstreamPath: string, body: Buffer) {
    return exchange(req, upstreamPath, body, {
      withApiKey: true,
      resendOnResetConnection: false,
      keepBytes: MAX_KEPT_ANSWER_BYTES,
    });
  }

  return { submit, ask, close: () => agent.destroy() };
}

/** Collects the answer's body as it streams, up to `limit` bytes; null when it was larger. */
function keepAnswer(upstream: IncomingMessage, limit: number): () => Buffer | null {
  const chunks: Buffer[] = [];
  let size = 0;
  upstream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  });
  return () => (size <= limit ? Buffer.concat(chunks, size) : null);
}
