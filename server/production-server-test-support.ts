// The production server's tests' config: a real Net3 API stand-in (or the built-in fake, with
// null), SQLite in the test's own folder, and the repository's choice lists. Read through the
// portal's own loadPortalConfig, so every other setting is the default a deployment gets.
import path from 'node:path';
import { loadPortalConfig, type PortalConfig } from './config.ts';
import { TEST_SESSION_SECRET } from './proxy/proxy-test-support.ts';

export function productionTestConfig(
  net3Api: PortalConfig['net3Api'],
  dataDir: string,
): PortalConfig {
  return loadPortalConfig(
    {
      ...(net3Api === null
        ? {}
        : {
            NET3_API_URL: net3Api.url,
            NET3_API_KEY: net3Api.apiKey,
            SESSION_SECRET: TEST_SESSION_SECRET,
          }),
      NET3_API_TIMEOUT_MS: '5000',
      DATABASE_URL: `file:${path.join(dataDir, 'portal.sqlite')}`,
    },
    path.resolve(import.meta.dirname, '..'),
  );
}
