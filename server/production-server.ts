// The production server behind `npm start`: serves the built app from dist/ with security
// headers, long-lived caching for hashed assets and compression (precompressed once at start),
// and the /api proxy. `npm run dev` runs this same server with Vite in place of dist/
// (dev-server.ts). Listens on PORT (default 8080) and HOST (default 0.0.0.0).
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { ViteDevServer } from 'vite';
import {
  loadListenConfig,
  loadPortalConfig,
  PortalConfigError,
  type PortalConfig,
} from './config.ts';
import { isPortalApiPath } from './proxy/api-path.ts';
import { loadEntryPages } from './entry-pages.ts';
import { precompressStaticFiles } from './precompress-static.ts';
import { startPortalApi } from './proxy/portal-api.ts';
import { createPortalLogger, type PortalLogger } from './portal-log.ts';
import {
  createServerWithDeadlines,
  PRODUCTION_REQUEST_DEADLINES,
  type RequestDeadlines,
} from './request-deadlines.ts';
import { answerClientError, readSecurityHeaders, setSecurityHeaders } from './security-headers.ts';

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

/** Vite in middleware mode, serving the browser code from source (npm run dev). */
export type DevelopmentBrowserCode = (options: {
  /** The portal's own HTTP server: Vite's hot-reload websocket shares it. */
  httpServer: Server;
  /** The nonce Vite must put on the scripts it writes inline (the CSP allows only those). */
  cspNonce: string;
}) => Promise<ViteDevServer>;

export type ProductionServerOptions = {
  /** The built app; defaults to dist/ beside server/. */
  distDir?: string;
  /**
   * Development: Vite serves the browser code from source in place of dist/. Everything else
   * (/api, /healthz, security headers, deadlines, the log) is what production runs.
   */
  developmentBrowserCode?: DevelopmentBrowserCode;
  /** Start-up lines and one line per /api request. Defaults to standard output at LOG_LEVEL. */
  logger?: PortalLogger;
  /** How long a request may take to arrive; 10 s for its headers and 10 s more for its body. */
  requestDeadlines?: RequestDeadlines;
};

// Vite puts content-hashed file names under assets/: they never change, so browsers may keep them.
const immutableCache = 'public, max-age=31536000, immutable';
// Everything else (index.html, favicon) must be revalidated so a deploy shows up at once.
const revalidateCache = 'no-cache';

/**
 * Builds (does not start) the production server: call `listen()` on the result, and `close()`
 * to stop it, which also stops the built-in fake Net3 API when one was started.
 */
export async function buildProductionServer(
  config: PortalConfig,
  options: ProductionServerOptions = {},
): Promise<FastifyInstance> {
  const distDir = path.resolve(options.distDir ?? DEFAULT_DIST_DIR);
  const development = options.developmentBrowserCode;
  if (development === undefined && !existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `The built app is missing: ${path.join(distDir, 'index.html')} does not exist. Run \`npm run build\` first.`,
    );
  }
  const logger = options.logger ?? createPortalLogger({ level: config.logLevel });
  const deadlines = options.requestDeadlines ?? PRODUCTION_REQUEST_DEADLINES;
  // In development the CSP also allows the scripts Vite writes inline, by a nonce of this process.
  const cspNonce = randomBytes(16).toString('base64');
  const securityHeaders = await readSecurityHeaders(
    development === undefined ? {} : { scriptNonce: cspNonce },
  );
  if (development === undefined) {
    const precompressed = await precompressStaticFiles(distDir);
    if (precompressed.problem !== null) {
      logger.warn(
        `Could not write compressed copies of the built app (${precompressed.problem}); ` +
          'those files are compressed on each request instead.',
      );
    }
  }
  const portalApi = await startPortalApi(config, { logger });

  // Fastify logs through the same logger, but not each request: /api requests get the proxy's
  // one line each, and static files need none.
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // /api requests go straight to the proxy, which reads the raw request itself (size limits,
    // JSON checks) and writes its own answers: passing them through Fastify's routing, request
    // and reply objects and hooks first only cost time. Everything else is Fastify's.
    serverFactory(fastifyHandler) {
      const server = createServerWithDeadlines(deadlines, (req, res) => {
        setSecurityHeaders(res, securityHeaders);
        if (isPortalApiPath(req.url)) portalApi.handle(req, res);
        else fastifyHandler(req, res);
      });
      // Fastify's default for a server it creates itself: keep-alive connections idle up to
      // 72 s (longer than the usual load balancer's 60 s).
      server.keepAliveTimeout = 72_000;
      server.on('clientError', answerClientError(securityHeaders));
      return server;
    },
  });
  const vite =
    development === undefined ? null : await development({ httpServer: app.server, cspNonce });
  app.addHook('onClose', async () => {
    await vite?.close();
    await portalApi.close();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error, method: request.method }, 'request failed');
    void reply
      .code(status)
      .send({ error: status >= 500 ? 'Internal Server Error' : error.message });
  });

  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Brotli's default (quality 11) is meant for build time; at run time it costs more than it
    // saves. The built app's files are served precompressed; this covers the rest.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  // 503 while the portal's database cannot be reached (a load balancer then sends people to an
  // instance that can record their submissions), 200 again once it is back, without a restart.
  app.get('/healthz', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    try {
      await portalApi.database.check();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  if (vite !== null) {
    // Vite answers everything else: modules, index.html for client-side routes, its 404s.
    app.setNotFoundHandler((request, reply) => {
      void reply.hijack();
      vite.middlewares(request.raw, reply.raw, () => {
        reply.raw.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        reply.raw.end('Not Found');
      });
    });
    return app;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: true,
    // '/' is an entry page (below), chosen by whether the person is signed in.
    index: false,
    // The .br and .gz copies written above, when the browser accepts one.
    preCompressed: true,
    cacheControl: false,
    // Source maps are built (build.sourcemap 'hidden', for error reports) but never served.
    allowedPath: (pathName) => !pathName.endsWith('.map'),
    setHeaders(reply, filePath) {
      const relative = path.relative(distDir, filePath);
      const hashed = relative.startsWith(`assets${path.sep}`);
      void reply.header('cache-control', hashed ? immutableCache : revalidateCache);
    },
  });

  // The entry pages ('/', '/sign-in', '/signup') are sent prerendered (entry-pages.ts); other
  // client-side routes are served index.html. A missing file under /assets/ stays a 404:
  // answering HTML for a stale script would only fail later and more confusingly.
  const entryPages = loadEntryPages(distDir, portalApi);
  if (entryPages === null)
    logger.warn('dist/ has no prerendered entry pages: every page renders in the browser.');
  const sendPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const urlPath = request.url.split('?')[0] ?? '';
    const entry = await entryPages
      ?.answer(urlPath, request.raw, reply.raw)
      .catch((error: unknown) => {
        // The database behind sessions is unreachable: the page asks /api/auth itself and says so.
        request.log.warn({ err: error }, 'entry page fell back to index.html');
        return null;
      });
    if (!entry) return reply.header('cache-control', revalidateCache).sendFile('index.html');
    return reply
      .header('cache-control', entry.cacheControl)
      .header('vary', 'Cookie')
      .type('text/html; charset=utf-8')
      .send(entry.html);
  };
  // '/' is a directory to the static files, which would refuse it: it gets its own route.
  app.get('/', sendPage);
  app.setNotFoundHandler(async (request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '';
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      !urlPath.startsWith('/assets/') &&
      !urlPath.endsWith('.map')
    ) {
      return sendPage(request, reply);
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not Found');
  });

  return app;
}

/** How a command starts the server: `npm start` as it is, `npm run dev` (dev-server.ts) with Vite. */
export type PortalServerStart = {
  /** PORT and HOST when the environment leaves them unset or blank. */
  listenDefaults?: { PORT: string; HOST: string };
  /** Development: the browser code from source, given the server's logger. */
  developmentBrowserCode?: (logger: PortalLogger) => DevelopmentBrowserCode;
};

/** Reads the configuration, listens, and stops cleanly on SIGTERM or SIGINT. */
export async function runPortalServer(start: PortalServerStart = {}): Promise<void> {
  let config: PortalConfig;
  let listen: { port: number; host: string };
  try {
    config = loadPortalConfig(process.env);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([, value]) => value !== undefined && value.trim() !== ''),
    );
    listen = loadListenConfig({ ...start.listenDefaults, ...env });
  } catch (error) {
    if (error instanceof PortalConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createPortalLogger({ level: config.logLevel });
  const app = await buildProductionServer(config, {
    logger,
    ...(start.developmentBrowserCode === undefined
      ? {}
      : { developmentBrowserCode: start.developmentBrowserCode(logger) }),
  });
  await app.listen({ port: listen.port, host: listen.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : listen.port;
  logger.info(`Serving the portal on http://${listen.host}:${port}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing open requests, then stopping.`);
    // Requests still open after 10 s are cut off rather than keeping the deploy waiting.
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`[net3-portal] Stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Is the module at `moduleUrl` the script node was asked to run? */
export function isInvokedDirectly(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined || !existsSync(script)) return false;
  return pathToFileURL(realpathSync(script)).href === moduleUrl;
}

if (isInvokedDirectly(import.meta.url)) {
  runPortalServer().catch((error: unknown) => {
    console.error(`[net3-portal] Could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
