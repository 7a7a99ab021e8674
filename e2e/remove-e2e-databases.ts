// Playwright's global teardown: deletes this run's throwaway SQLite files (and SQLite's -wal
// and -shm beside them), so e2e runs leave nothing behind in the temp folder.
import { rmSync } from 'node:fs';
import { E2E_DATABASE_FILES } from './e2e-env.ts';

export default function removeE2eDatabases(): void {
  for (const file of Object.values(E2E_DATABASE_FILES)) {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${file}${suffix}`, { force: true });
  }
}
