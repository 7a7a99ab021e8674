// The production server's tests' config: a real Net3 API stand-in (or the built-in fake, with
// null), SQLite in the test's own folder, and the repository's choice lists.
import path from 'node:path';
import type { PortalConfig } from './config.ts';
import { TEST_SESSION_SECRET } from './proxy/proxy-test-support.ts';

export function productionTestConfig(
  net3Api: PortalConfig['net3Api'],
  dataDir: string,
): PortalConfig {
  return {
    net3Api,
    net3ApiTimeoutMs: 5_000,
    trustProxy: false,
    choiceListsFile: path.resolve(import.meta.dirname, '../config/choice-lists.json'),
    session: {
      secret: net3Api === null ? null : TEST_SESSION_SECRET,
      idleTimeoutMinutes: 480,
      absoluteTimeoutMinutes: 720,
    },
    database: { dialect: 'sqlite', file: path.join(dataDir, 'portal.sqlite') },
    ledgerRetentionDays: 180,
    draftRetentionDays: 30,
    signInRateLimit: { attempts: 5, windowMinutes: 15 },
    signup: {
      serviceLevelId: 1,
      pricingTierId: 1,
      customerStatusId: 2,
      rateLimit: { attempts: 5, windowMinutes: 60 },
    },
    redisUrl: null,
    logLevel: 'info',
  };
}
