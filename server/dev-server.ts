// `npm run dev`: the production server (production-server.ts) with Vite in middleware mode in
// place of dist/, so a developer sees what ships: the same /api, /healthz, security headers and
// CSP (plus a nonce for Vite's two inline scripts), request deadlines and JSON log lines. Vite
// serves the browser code from source and reloads it on save over a websocket on this server.
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createServer, type Logger } from 'vite';
import { loadListenConfig, loadPortalConfig, PortalConfigError } from './config.ts';
import { createPortalLogger, type PortalLogger } from './portal-log.ts';
import { buildProductionServer, type DevelopmentBrowserCode } from './production-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Vite from source: the repository's vite.config.ts, its lines through the portal's log. */
export function viteFromSource(logger: PortalLogger): DevelopmentBrowserCode {
  return ({ httpServer, cspNonce }) =>
    createServer({
      root: repoRoot,
      configFile: path.join(repoRoot, 'vite.config.ts'),
      appType: 'spa',
      customLogger: viteLogger(logger),
      html: { cspNonce },
      server: { middlewareMode: true, hmr: { server: httpServer } },
    });
}

/** Vite's messages as the portal's JSON lines (colours removed), one level each. */
function viteLogger(logger: PortalLogger): Logger {
  const warned = new Set<string>();
  const errors = new WeakSet<object>();
  const text = (message: string) => stripVTControlCharacters(message).trim();
  const viteLog: Logger = {
    hasWarned: false,
    info: (message) => logger.info(text(message)),
    warn: (message) => {
      viteLog.hasWarned = true;
      logger.warn(text(message));
    },
    warnOnce: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      viteLog.warn(message);
    },
    error: (message, options) => {
      if (options?.error) errors.add(options.error);
      logger.error(text(message));
    },
    clearScreen: () => {},
    hasErrorLogged: (error) => errors.has(error),
  };
  return viteLog;
}

async function main(): Promise<void> {
  let config;
  let listen;
  try {
    config = loadPortalConfig(process.env);
    // Development listens on localhost:5173 unless PORT or HOST say otherwise.
    listen = loadListenConfig({ PORT: '5173', HOST: 'localhost', ...definedOnly(process.env) });
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
    developmentBrowserCode: viteFromSource(logger),
  });
  await app.listen({ port: listen.port, host: listen.host });
  logger.info(`Serving the portal for development on http://${listen.host}:${listen.port}`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '',
    ),
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(`[net3-portal] Could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
