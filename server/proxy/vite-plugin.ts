// Mounts the portal's /api proxy (and, without NET3_API_URL, the built-in fake Net3 API) into
// `vite` and `vite preview`, so development and preview behave like the production server.
// Configuration comes from process.env when the server starts, never from the bundle.
import type { Connect, Logger, Plugin } from 'vite';
import { loadPortalConfig } from '../config.ts';
import { createPortalLogger } from '../portal-log.ts';
import { isPortalApiPath } from './api-path.ts';
import { startPortalApi, type PortalApi } from './portal-api.ts';

export function net3PortalPlugin(): Plugin {
  let portalApi: PortalApi | null = null;

  async function stop(): Promise<void> {
    const running = portalApi;
    portalApi = null;
    await running?.close();
  }

  // Added straight from the configure hook, so the middleware runs after Vite's host check
  // and before its own file serving and SPA fallback.
  async function mount(middlewares: Connect.Server, logger: Logger): Promise<void> {
    await stop();
    const config = loadPortalConfig(process.env);
    // The portal's JSON lines go through Vite's own logger, so its log level and custom
    // loggers apply (pino-pretty, which could print them for people, is not a dependency).
    const write = (line: string) => logger.info(line.trimEnd());
    const api = await startPortalApi(config, {
      logger: createPortalLogger({ level: config.logLevel, write }),
    });
    portalApi = api;
    middlewares.use((req, res, next) => {
      if (isPortalApiPath(req.url)) api.handle(req, res);
      else next();
    });
  }

  return {
    name: 'net3-portal',
    async configureServer(server) {
      await mount(server.middlewares, server.config.logger);
      server.httpServer?.once('close', () => void stop());
    },
    async configurePreviewServer(server) {
      await mount(server.middlewares, server.config.logger);
      server.httpServer.once('close', () => void stop());
    },
    // The dev server calls closeBundle when it closes, also in middleware mode (no httpServer).
    async closeBundle() {
      await stop();
    },
    async closePreviewServer() {
      await stop();
    },
  };
}
