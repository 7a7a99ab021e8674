// Makes sure a redis-server exists for the unit tests of the shared (Redis) rate limits,
// installing Debian's package when none is on PATH and we are root with apt-get. The tests
// start their own redis-server on a free port in a temporary folder; nothing is left running.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findRedisServer } from './find-redis-server.mjs';

function run(command) {
  console.log(`[ensure-redis] $ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

let found = findRedisServer();
if (found) {
  console.log(`[ensure-redis] using ${found}`);
  process.exit(0);
}
if (process.env.REDIS_SERVER_PATH) {
  console.error(
    `[ensure-redis] REDIS_SERVER_PATH=${process.env.REDIS_SERVER_PATH} does not exist.`,
  );
  process.exit(1);
}
const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    '[ensure-redis] no redis-server on PATH, and this is not root with apt-get, so it cannot be installed here. ' +
      'Install Redis (e.g. `sudo apt-get install redis-server` or `brew install redis`), ' +
      'or set REDIS_SERVER_PATH to a redis-server binary.',
  );
  process.exit(1);
}
console.log("[ensure-redis] no redis-server found: installing Debian's redis-server package.");
run('apt-get update');
run('DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server');
found = findRedisServer();
if (!found) {
  console.error(
    '[ensure-redis] still no redis-server. Set REDIS_SERVER_PATH to a redis-server binary.',
  );
  process.exit(1);
}
console.log(`[ensure-redis] using ${found}`);
