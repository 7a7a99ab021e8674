// `npm run fake-api`: the fake Net3 API on its own, for pointing a portal (or curl) at it.
// PORT (default 4010), HOST (default 127.0.0.1), NET3_FAKE_KEY (default: made up and
// printed), NET3_FAKE_DATA_FILE (optional: keeps provisioned customers across restarts).
import { randomBytes } from 'node:crypto';
import { describeDemoUsers } from './demo-users.ts';
import { startFakeNet3Api } from './fake-net3-api.ts';

const port = Number(process.env.PORT || 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const host = process.env.HOST || '127.0.0.1';
const keyWasGiven = Boolean(process.env.NET3_FAKE_KEY);
const apiKey = process.env.NET3_FAKE_KEY || randomBytes(24).toString('base64url');
const dataFile = process.env.NET3_FAKE_DATA_FILE || undefined;

const api = await startFakeNet3Api({
  apiKey,
  port,
  host,
  dataFile,
  log: (line) => console.log(`[fake-net3] ${line}`),
});

console.log(`Fake Net3 API listening on ${api.url}`);
if (!keyWasGiven) console.log(`API key (made up for this run): ${apiKey}`);
if (dataFile) console.log(`Provisioned customers are kept in ${dataFile}`);
console.log(`Demo staff sign-ins (username / password): ${describeDemoUsers()}`);
console.log('Point the portal at it with:');
const keyForPortal = keyWasGiven ? '"$NET3_FAKE_KEY"' : apiKey;
console.log(
  `  NET3_API_URL=${api.url} NET3_API_KEY=${keyForPortal} SESSION_SECRET=<32+ random characters> npm run dev`,
);
console.log(`Test backdoor (no key): ${api.url}/__fake/requests, /__fake/faults, /__fake/reset`);
if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
  console.warn(`Warning: HOST=${host} exposes /__fake/* (which needs no key) beyond this machine.`);
}

const stop = (signal: string) => {
  console.log(`${signal}: closing the fake Net3 API`);
  api.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
