// `npm run dev`: the production server (production-server.ts) with Vite in middleware mode in
// place of dist/, so a developer sees what ships: the same /api, /healthz, security headers and
// CSP (plus a nonce for Vite's two inline scripts), request deadlines and JSON log lines. Vite
// serves the browser code from source and reloads it on save over a websocket on this server.
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createServer, type Logger } from 'vite';
import type { PortalLogger } from './portal-log.ts';
import {
  isInvokedDirectly,
  runPortalServer,
  type DevelopmentBrowserCode,
} from './production-server.ts';

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

if (isInvokedDirectly(import.meta.url)) {
  // Development listens on localhost:5173 unless PORT or HOST say otherwise.
  runPortalServer({
    listenDefaults: { PORT: '5173', HOST: 'localhost' },
    developmentBrowserCode: viteFromSource,
  }).catch((error: unknown) => {
    console.error(`[net3-portal] Could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
