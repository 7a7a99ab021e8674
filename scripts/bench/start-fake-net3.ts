// The fake Net3 API as its own process for `npm run bench`, without a log line per request
// (unlike `npm run fake-api`): it stands in for Net3, so it should cost as little as it can.
// Prints FAKE_NET3_URL=<url> once listening; stops on SIGTERM or SIGINT.
import { startFakeNet3Api } from '../../server/fake-net3/fake-net3-api.ts';

const apiKey = process.env.NET3_FAKE_KEY;
if (!apiKey) {
  console.error('NET3_FAKE_KEY must be set');
  process.exit(1);
}

const api = await startFakeNet3Api({ apiKey, port: 0, host: '127.0.0.1' });
console.log(`FAKE_NET3_URL=${api.url}`);

const stop = () => {
  api.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
