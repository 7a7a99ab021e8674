// Starts everything the portal's /api needs (for the portal's server, in development and production):
// the proxy core, pointed at the real Net3 API, or, when NET3_API_URL is unset, at the built-in
// fake Net3 API started in this process on a private loopback port with a throwaway key (and a
// throwaway session secret); plus the sign-in and signup rate limits, in memory or in Redis.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Redis } from 'ioredis';
import type { PortalConfig } from '../config.ts';
import { describeDatabase } from '../database/database-url.ts';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import { startLedgerRetention } from '../ledger/ledger-retention.ts';
import { createAttemptLimiter } from '../limits/attempt-limiter.ts';
import { createPortalLogger, type PortalLogger } from '../portal-log.ts';
import { createNet3Proxy, type Net3Proxy } from './net3-proxy.ts';

export type PortalApi = {
  /** Answers a request whose path is under /api (check with isPortalApiPath first). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Where /api requests go: the real Net3 API or the built-in fake. */
  net3ApiUrl: string;
  usesBuiltInFake: boolean;
  /** Who is signed in on this request, or null (the production server's entry pages). */
  currentStaff: Net3Proxy['currentStaff'];
  /** The operator's choice lists file (the staff wizard's first step offers them). */
  choiceListsFile: string;
  /** The portal's own store; /healthz asks it whether it can be reached. */
  database: PortalDatabase;
  /** Closes upstream connections and stops the built-in fake, if it was started. */
  close(): Promise<void>;
};

export type PortalApiOptions = {
  /** Start-up lines and one line per /api request. Defaults to standard output at LOG_LEVEL. */
  logger?: PortalLogger;
};

export async function startPortalApi(
  config: PortalConfig,
  options: PortalApiOptions = {},
): Promise<PortalApi> {
  const logger = options.logger ?? createPortalLogger({ level: config.logLevel });
  const log = (message: string) => logger.info(message);
  let net3ApiUrl: string;
  let net3ApiKey: string;
  let sessionSecret = config.session.secret;
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
      log: (line) => logger.info({ component: 'fake-net3' }, line),
    });
    net3ApiUrl = fake.url;
    stopFake = () => fake.close();
    log(
      `NET3_API_URL is not set: /api goes to the built-in fake Net3 API at ${fake.url} ` +
        '(development only; nothing reaches the real Net3).',
    );
    const { describeDemoUsers } = await import('../fake-net3/demo-users.ts');
    log(`Demo staff sign-ins (username / password): ${describeDemoUsers()}`);
    if (sessionSecret === null) {
      // Config refuses a missing secret with a real Net3 API; here, signing everyone out on
      // restart is fine.
      sessionSecret = randomBytes(32).toString('base64url');
      log('SESSION_SECRET is not set: session cookies are signed with a key made up for this run.');
    }
  }
  if (sessionSecret === null) {
    throw new Error('SESSION_SECRET is required with NET3_API_URL (loadPortalConfig checks this).');
  }

  const database = await openPortalDatabase(config.database);
  log(`Submissions and sessions are kept in ${describeDatabase(config.database)}.`);
  const retention = startLedgerRetention(database.db, {
    retentionDays: config.ledgerRetentionDays,
    draftRetentionDays: config.draftRetentionDays,
    log,
  });
  const redis = config.redisUrl === null ? null : await connectRedis(config.redisUrl, logger);
  const minutes = 60;
  const proxy = createNet3Proxy({
    net3ApiUrl,
    net3ApiKey,
    timeoutMs: config.net3ApiTimeoutMs,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    choiceListsFile: config.choiceListsFile,
    sessionSecret,
    sessionIdleTimeoutMs: config.session.idleTimeoutMinutes * minutes * 1000,
    sessionAbsoluteTimeoutMs: config.session.absoluteTimeoutMinutes * minutes * 1000,
    sessionLimitPerPerson: config.session.limitPerPerson,
    database,
    signInLimiter: createAttemptLimiter({
      name: 'signin',
      attempts: config.signInRateLimit.attempts,
      windowSeconds: config.signInRateLimit.windowMinutes * minutes,
      redis,
    }),
    signupLimiter: createAttemptLimiter({
      name: 'signup',
      attempts: config.signup.rateLimit.attempts,
      windowSeconds: config.signup.rateLimit.windowMinutes * minutes,
      redis,
    }),
    signup: {
      serviceLevelId: config.signup.serviceLevelId,
      pricingTierId: config.signup.pricingTierId,
      customerStatusId: config.signup.customerStatusId,
    },
    logger,
  });
  let closing: Promise<void> | undefined;
  return {
    handle: proxy.handle,
    currentStaff: proxy.currentStaff,
    choiceListsFile: config.choiceListsFile,
    net3ApiUrl,
    usesBuiltInFake: config.net3Api === null,
    database,
    close() {
      closing ??= (async () => {
        proxy.close();
        retention.stop();
        await database.close();
        redis?.disconnect();
        await stopFake();
      })();
      return closing;
    },
  };
}

/**
 * A Redis client for the shared rate limits. It does not wait for the connection: until Redis
 * answers, and whenever it stops, the limits are counted in memory. Says so once per outage;
 * the URL is never logged (it usually holds a password), only host and port.
 */
async function connectRedis(url: string, logger: PortalLogger): Promise<Redis> {
  // Imported only when REDIS_URL is set.
  const { Redis } = await import('ioredis');
  const { hostname, port } = new URL(url);
  const where = `${hostname}:${port || '6379'}`;
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
  });
  let reachable: boolean | null = null;
  redis.on('ready', () => {
    if (reachable !== true) logger.info(`Rate limits are shared through Redis at ${where}.`);
    reachable = true;
  });
  redis.on('error', (error: NodeJS.ErrnoException) => {
    if (reachable !== false) {
      logger.warn(
        `Redis at ${where} is not reachable (${error.code ?? error.message}): ` +
          'rate limits are counted in this instance only until it is back.',
      );
    }
    reachable = false;
  });
  return redis;
}
