// What a host gives the proxy core when it creates it (createNet3Proxy): where Net3 is, the
// secrets, the limits and the ids every public signup gets. portal-api.ts builds these from the
// portal's configuration; tests build them directly.
import type { PortalDatabase } from '../database/open-portal-database.ts';
import type { AttemptLimiter } from '../limits/attempt-limiter.ts';
import type { PortalLogger } from '../portal-log.ts';
import type { TrustProxy } from './trusted-proxies.ts';

/** The ids every public signup is given, whatever the browser sent. */
export type SignupSettings = {
  serviceLevelId: number;
  pricingTierId: number;
  customerStatusId: number;
};

export type Net3ProxyOptions = {
  /** Net3 API base URL without a trailing slash. */
  net3ApiUrl: string;
  net3ApiKey: string;
  timeoutMs: number;
  /** Which reverse proxies may speak for the client (TRUST_PROXY, trusted-proxies.ts). */
  trustProxy: TrustProxy;
  /** Origins besides the portal's own allowed to send state-changing requests (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  choiceListsFile: string;
  /** Signs the staff session cookie; at least 32 characters. */
  sessionSecret: string;
  /**
   * A session unused this long is over; authenticated requests renew it, at most once a minute
   * (portal-session.ts).
   */
  sessionIdleTimeoutMs: number;
  /** No renewal keeps a session past this long after sign-in. */
  sessionAbsoluteTimeoutMs: number;
  /** Live sessions one person may have (SESSION_LIMIT_PER_PERSON); 10 unless a test says. */
  sessionLimitPerPerson?: number;
  /** The portal's own store: submissions ledger and staff sessions (opened and migrated). */
  database: PortalDatabase;
  /** Counts failed staff sign-ins per client address. */
  signInLimiter: AttemptLimiter;
  /** Counts public signups per client address. */
  signupLimiter: AttemptLimiter;
  signup: SignupSettings;
  /** The clock for session idle time and requestCreated; tests move it. */
  now?: () => number;
  /**
   * One line per request (request id, method, route, status, duration, and what the route
   * noted); never headers or bodies. Defaults to standard output at level info.
   */
  logger?: PortalLogger;
};
