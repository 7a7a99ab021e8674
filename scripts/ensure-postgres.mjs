// Makes sure the unit tests have a PostgreSQL: a server already listening (DATABASE_URL_TEST,
// or 127.0.0.1:5432), or the binaries to start a throwaway cluster of their own, installing
// Debian's postgresql package when neither is here and we are root with apt-get. The tests'
// global set-up (server/database/postgres-test-setup.ts) does the rest; nothing is left running.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findPostgresBinDir, isListening, postgresUrlCandidates } from './find-postgres.mjs';

function run(command) {
  console.log(`[ensure-postgres] $ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

for (const url of postgresUrlCandidates()) {
  if (await isListening(url)) {
    const { hostname, port } = new URL(url);
    console.log(`[ensure-postgres] using the PostgreSQL server at ${hostname}:${port || 5432}`);
    process.exit(0);
  }
}
if (process.env.DATABASE_URL_TEST) {
  console.error(
    '[ensure-postgres] nothing answers at DATABASE_URL_TEST; start that server or unset it.',
  );
  process.exit(1);
}
let binDir = findPostgresBinDir();
if (binDir) {
  console.log(
    `[ensure-postgres] no server on 127.0.0.1:5432: the tests start their own from ${binDir}`,
  );
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    '[ensure-postgres] no PostgreSQL server on 127.0.0.1:5432 and no initdb to start one, and this is not root ' +
      'with apt-get, so it cannot be installed here. Install PostgreSQL (e.g. `sudo apt-get install postgresql`), ' +
      'set DATABASE_URL_TEST to a server the tests may create databases on, or POSTGRES_BIN_DIR to its binaries.',
  );
  process.exit(1);
}
console.log("[ensure-postgres] no PostgreSQL found: installing Debian's postgresql package.");
run('apt-get update');
run('DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql');
binDir = findPostgresBinDir();
if (!binDir) {
  console.error(
    '[ensure-postgres] still no initdb. Set POSTGRES_BIN_DIR to the folder holding it.',
  );
  process.exit(1);
}
console.log(`[ensure-postgres] the tests start their own PostgreSQL from ${binDir}`);
