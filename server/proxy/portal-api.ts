// Starts everything the portal's /api needs for one host (Vite dev, `vite preview`, production):
// the proxy core, pointed at the real Net3 API, or, when NET3_API_URL is unset, at the built-in
// fake Net3 API started in this process on a private loopback port with a throwaway key.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalConfig } from '../config.ts';
import { createNet3Proxy } from './net3-proxy.ts';

export type PortalApi = {
  /** Answers a request whose path is under /api (check with isPortalApiPath first). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Where /api requests go: the real Net3 API or the built-in fake. */
  net3ApiUrl: string;
  usesBuiltInFake: boolean;
  /** Closes upstream connections and stops the built-in fake, if it was started. */
  close(): Promise<void>;
};

export type PortalApiOptions = {
  /** Receives the start-up line and one line per /api request. Defaults to console.log. */
  log?: (line: string) => void;
};

export async function startPortalApi(
  config: PortalConfig,
  options: PortalApiOptions = {},
): Promise<PortalApi> {
  const log = options.log ?? ((line: string) => console.log(line));
  let net3ApiUrl: string;
  let net3ApiKey: string;
  let stopFake = async () => {};
  if (config.net3Api !== null) {
    net3ApiUrl = config.net3Api.url;
    net3ApiKey = config.net3Api.apiKey;
  } else {
    // Imported only when needed: a deployment with a real Net3 API never loads the fake.
    const { startFakeNet3Api } = await import('../fake-net3/fake-net3-api.ts');
    net3ApiKey = randomBytes(32).toString('base64url');
    const fake = await startFakeNet3Api({
      apiKey: net3ApiKey,
      port: 0,
      host: '127.0.0.1',
      log: (line) => log(`[fake-net3] ${line}`),
    });
    net3ApiUrl = fake.url;
    stopFake = () => fake.close();
    log(
      `[net3-portal] NET3_API_URL is not set: /api goes to the built-in fake Net3 API at ${fake.url} ` +
        '(development only; nothing reaches the real Net3).',
    );
  }
  const proxy = createNet3Proxy({
    net3ApiUrl,
    net3ApiKey,
    timeoutMs: config.net3ApiTimeoutMs,
    trustProxy: config.trustProxy,
    choiceListsFile: config.choiceListsFile,
    log,
  });
  let closing: Promise<void> | undefined;
  return {
    handle: proxy.handle,
    net3ApiUrl,
    usesBuiltInFake: config.net3Api === null,
    close() {
      closing ??= (async () => {
        proxy.close();
        await stopFake();
      })();
      return closing;
    },
  };
}
