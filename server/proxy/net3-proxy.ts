// The proxy core behind the portal's /api: the only way the browser reaches the Net3 API.
// It forwards exactly two routes, refuses anything else before it goes upstream, replaces the
// browser's credentials with the portal's API key, and stamps the requester's address into the
// body. The Vite dev server, `vite preview` and the production server all mount this one handler.
import http, {
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { ChoiceListsFileError, readChoiceLists } from './choice-lists.ts';
import { clientAddress, forwardedFor, forwardedProto } from './client-address.ts';
import { apiResponseHeaders, sendJson, sendServiceStackError } from './servicestack-error.ts';

/** Largest request body the proxy reads; a full customer is a few KiB. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

// Responses smaller than this are sent as they are: compressing them costs more time than it saves.
const COMPRESSION_THRESHOLD_BYTES = 1024;

export type Net3ProxyOptions = {
  /** Net3 API base URL without a trailing slash. */
  net3ApiUrl: string;
  net3ApiKey: string;
  timeoutMs: number;
  trustProxy: boolean;
  choiceListsFile: string;
  /** One line per request (method, path, status, ms); never headers or bodies. */
  log?: (line: string) => void;
};

export type Net3Proxy = {
  /** Answers one request whose path is under /api (see isPortalApiPath). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Closes the kept-alive upstream connections. */
  close(): void;
};

/** The path part of a request URL, without query string. */
export function pathOfUrl(url: string | undefined): string {
  if (url === undefined) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** True for /api and everything under /api/: the proxy answers these, nothing else does. */
export function isPortalApiPath(url: string | undefined): boolean {
  const path = pathOfUrl(url);
  return path === '/api' || path.startsWith('/api/');
}

type JsonContentTypeCheck = { ok: true } | { ok: false; message: string };

function checkJsonContentType(header: string | undefined): JsonContentTypeCheck {
  if (header === undefined || header.trim() === '') {
    return {
      ok: false,
      message:
        'The request has no Content-Type. Send the customer as JSON with Content-Type: application/json.',
    };
  }
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') {
    return {
      ok: false,
      message: `The portal only accepts JSON here, not ${JSON.stringify(header.slice(0, 100))}. Send the customer with Content-Type: application/json.`,
    };
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return {
        ok: false,
        message: `The JSON must be UTF-8, not ${JSON.stringify(charset.slice(0, 40))}. Send Content-Type: application/json; charset=utf-8.`,
      };
    }
  }
  return { ok: true };
}

type JsonObjectParse =
  { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

function parseJsonObject(body: Buffer): JsonObjectParse {
  let text = body.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // JSON.parse rejects a byte order mark
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: /^\s*$/.test(text)
        ? 'The request body is empty. Send the customer as a JSON object.'
        : `The request body is not valid JSON (${(error as Error).message}). Send the customer as a JSON object.`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return {
      ok: false,
      message: `The request body must be a JSON object (a ProvisionCustomerModel), not ${got}.`,
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Reads the body up to `limit` bytes; resolves null as soon as it is larger. */
function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // the rest of an oversized body is discarded
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    req.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    req.once('close', () => {
      if (settled) return;
      settled = true;
      reject(new Error('The client went away before sending the whole body.'));
    });
  });
}

function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (acceptEncoding === undefined) return null;
  let gzip = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';');
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter));
    if (refused) continue;
    const coding = name.trim().toLowerCase();
    if (coding === 'br') return 'br';
    if (coding === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

const compressibleType = /^\s*(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript))/i;

function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

// Upstream response headers the browser gets. Everything else stays behind, notably Set-Cookie
// (an upstream session is the portal's, not the browser's) and WWW-Authenticate (it would make
// the browser pop up its own sign-in dialog).
const relayedResponseHeaders = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'retry-after',
] as const;

// Browser request headers Net3 gets. Authorization, Cookie and anything else the browser sends
// is dropped; the proxy sets its own Authorization.
const relayedRequestHeaders = ['accept-language', 'user-agent'] as const;

export function createNet3Proxy(options: Net3ProxyOptions): Net3Proxy {
  const { timeoutMs, trustProxy, choiceListsFile } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const base = new URL(options.net3ApiUrl);
  const secure = base.protocol === 'https:';
  const transport = secure ? https : http;
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

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    errorCode: string,
    message: string,
    headers: OutgoingHttpHeaders = {},
  ): void {
    // An unread body would otherwise be drained to keep the connection alive, however big it is.
    const close: OutgoingHttpHeaders = hasUnreadBody(req) ? { connection: 'close' } : {};
    sendServiceStackError(res, status, errorCode, message, { ...close, ...headers });
  }

  function upstreamHeaders(req: IncomingMessage, body: Buffer | null): OutgoingHttpHeaders {
    const headers: OutgoingHttpHeaders = {
      accept: req.headers.accept ?? 'application/json',
      authorization,
      'x-forwarded-for': forwardedFor(req, trustProxy),
      'x-forwarded-proto': forwardedProto(req, trustProxy),
    };
    for (const name of relayedRequestHeaders) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    if (body !== null) {
      headers['content-type'] = 'application/json; charset=utf-8';
      headers['content-length'] = body.length;
    }
    return headers;
  }

  function relayResponse(
    req: IncomingMessage,
    res: ServerResponse,
    upstream: IncomingMessage,
    done: () => void,
  ): void {
    const status = upstream.statusCode ?? 502;
    const headers: OutgoingHttpHeaders = { ...apiResponseHeaders };
    for (const name of relayedResponseHeaders) {
      const value = upstream.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const length = upstream.headers['content-length'];
    const contentType = upstream.headers['content-type'];
    const compressible =
      status !== 204 &&
      status !== 304 &&
      upstream.headers['content-encoding'] === undefined &&
      contentType !== undefined &&
      compressibleType.test(contentType);
    // Without a Content-Length the size is unknown; Net3's answers are small, so leave those be.
    const encoding =
      compressible && length !== undefined && Number(length) >= COMPRESSION_THRESHOLD_BYTES
        ? preferredEncoding(headersValue(req.headers['accept-encoding']))
        : null;
    if (compressible) headers.vary = 'accept-encoding';
    if (encoding !== null) {
      delete headers['content-length'];
      headers['content-encoding'] = encoding;
    }
    res.writeHead(status, headers);
    // Plain pipe() rather than stream.pipeline(): pipeline allocates an AbortController (and an
    // AbortError with a stack trace) per call, a measurable cost at thousands of requests a second.
    upstream.on('error', () => {}); // reported through 'close' below
    upstream.once('close', () => {
      done();
      // Cut off mid-body (timeout, Net3 went away): end the browser's response as broken too.
      if (!upstream.complete) res.destroy();
    });
    if (encoding === null) {
      upstream.pipe(res);
      return;
    }
    const encoder =
      encoding === 'br'
        ? zlib.createBrotliCompress({
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Number(length),
            },
          })
        : zlib.createGzip();
    encoder.once('error', () => res.destroy());
    upstream.pipe(encoder).pipe(res);
  }

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    method: 'GET' | 'POST',
    upstreamPath: string,
    body: Buffer | null,
  ): void {
    const headers = upstreamHeaders(req, body);
    let current: ClientRequest | undefined;
    let timedOut = false;
    let clientGone = false;
    const timer = setTimeout(() => {
      timedOut = true;
      current?.destroy(new Error('Net3 API timeout'));
    }, timeoutMs);
    res.once('close', () => {
      // The browser went away: stop waiting for Net3 on its behalf.
      if (!res.writableFinished) {
        clientGone = true;
        clearTimeout(timer);
        current?.destroy();
      }
    });

    const send = (isRetry: boolean) => {
      let responded = false;
      const outgoing = transport.request({
        ...target,
        agent,
        method,
        path: basePath + upstreamPath,
        headers,
      });
      current = outgoing;
      outgoing.on('response', (upstream) => {
        responded = true;
        relayResponse(req, res, upstream, () => clearTimeout(timer));
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (responded) return; // relayResponse handles failures from here on
        // A kept-alive socket the server closed while idle fails at once with ECONNRESET.
        // Only a GET is sent again on a fresh connection: a POST may have reached Net3
        // before the reset, and sending it twice could provision the customer twice.
        if (
          method === 'GET' &&
          !isRetry &&
          !timedOut &&
          outgoing.reusedSocket &&
          error.code === 'ECONNRESET' &&
          !clientGone
        ) {
          send(true);
          return;
        }
        clearTimeout(timer);
        if (clientGone || res.headersSent) {
          res.destroy();
          return;
        }
        if (timedOut) {
          sendServiceStackError(
            res,
            504,
            'GatewayTimeout',
            `The Net3 API did not answer within ${formatSeconds(timeoutMs)}. ` +
              (method === 'POST'
                ? 'The customer may still have been created: check Net3 before sending it again.'
                : 'Try again in a moment.'),
          );
          return;
        }
        sendServiceStackError(
          res,
          502,
          'BadGateway',
          `The portal could not reach the Net3 API (${error.code ?? 'connection failed'}). ` +
            'Try again in a moment; if it keeps failing, the portal operator should check NET3_API_URL and that the Net3 API is up.',
        );
      });
      outgoing.end(body ?? undefined);
    };
    send(false);
  }

  function provisionCustomer(req: IncomingMessage, res: ServerResponse): void {
    const contentType = checkJsonContentType(req.headers['content-type']);
    if (!contentType.ok) {
      refuse(req, res, 415, 'UnsupportedMediaType', contentType.message);
      return;
    }
    const tooLarge = () =>
      refuse(
        req,
        res,
        413,
        'RequestEntityTooLarge',
        `The request body is larger than ${MAX_REQUEST_BODY_BYTES / 1024} KiB, the most the portal accepts. ` +
          'A customer with its addresses and contacts is far smaller: check what is being sent.',
      );
    const declaredLength = Number(req.headers['content-length'] ?? 0);
    if (declaredLength > MAX_REQUEST_BODY_BYTES) {
      tooLarge();
      return;
    }
    readLimitedBody(req, MAX_REQUEST_BODY_BYTES).then(
      (body) => {
        if (body === null) {
          tooLarge();
          return;
        }
        const parsed = parseJsonObject(body);
        if (!parsed.ok) {
          refuse(req, res, 400, 'SerializationException', parsed.message);
          return;
        }
        // Net3 matches property names case-insensitively, so a "RequesterIp" from the browser
        // must not survive beside ours.
        const customer = parsed.value;
        for (const key of Object.keys(customer)) {
          if (key.toLowerCase() === 'requesterip') delete customer[key];
        }
        customer.requesterIP = clientAddress(req, trustProxy);
        forward(req, res, 'POST', '/provisioning/customer', Buffer.from(JSON.stringify(customer)));
      },
      () => res.destroy(),
    );
  }

  function choiceLists(_req: IncomingMessage, res: ServerResponse): void {
    readChoiceLists(choiceListsFile).then(
      (lists) => sendJson(res, 200, lists),
      (error: unknown) => {
        const message =
          error instanceof ChoiceListsFileError
            ? error.message
            : `The choice lists file ${choiceListsFile} could not be read.`;
        log(message);
        sendServiceStackError(res, 500, 'ChoiceListsFileInvalid', message);
      },
    );
  }

  const routes = new Map<
    string,
    { method: 'GET' | 'POST'; answer: (req: IncomingMessage, res: ServerResponse) => void }
  >([
    ['/api/provisioning/customer', { method: 'POST', answer: provisionCustomer }],
    ['/api/auth', { method: 'GET', answer: (req, res) => forward(req, res, 'GET', '/auth', null) }],
    ['/api/choice-lists', { method: 'GET', answer: choiceLists }],
  ]);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? '';
    const path = pathOfUrl(req.url);
    res.once('close', () => {
      const ms = (performance.now() - started).toFixed(1);
      const status = res.headersSent ? String(res.statusCode) : '-';
      const aborted = res.writableFinished ? '' : ' (connection closed early)';
      log(`[net3-proxy] ${method} ${path} ${status} ${ms} ms${aborted}`);
    });
    const route = routes.get(path);
    if (route === undefined) {
      refuse(
        req,
        res,
        404,
        'NotFound',
        `The portal has no API at ${path.slice(0, 100)}. ` +
          'It answers POST /api/provisioning/customer, GET /api/auth and GET /api/choice-lists.',
      );
      return;
    }
    if (method !== route.method) {
      refuse(
        req,
        res,
        405,
        'MethodNotAllowed',
        `${path} accepts ${route.method} only, not ${method}.`,
        { allow: route.method },
      );
      return;
    }
    try {
      route.answer(req, res);
    } catch (error) {
      log(`[net3-proxy] ${method} ${path} failed: ${(error as Error).message}`);
      if (!res.headersSent) {
        refuse(req, res, 500, 'InternalServerError', 'The portal failed to handle this request.');
      } else {
        res.destroy();
      }
    }
  }

  return {
    handle,
    close: () => agent.destroy(),
  };
}

function headersValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
