// Which database the portal keeps its memory in (ledger, sessions, drafts), from DATABASE_URL:
// unset, an SQLite file beside the working directory (nothing to install, one instance); a
// `postgres://` URL, PostgreSQL (several instances behind a load balancer share it).
import path from 'node:path';

export type DatabaseLocation =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** Where the embedded SQLite file goes when DATABASE_URL is unset (data/ is git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:data/portal.sqlite';

/** Throws an Error whose message says what to fix; `cwd` resolves a relative file path. */
export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): DatabaseLocation {
  const text = (value ?? '').trim() === '' ? DEFAULT_DATABASE_URL : value!.trim();
  if (text.startsWith('file:')) {
    const file = text.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '' || file.includes('?')) {
      throw new Error(
        `DATABASE_URL ${JSON.stringify(text)} names no SQLite file: give file:<path>, e.g. ${DEFAULT_DATABASE_URL}.`,
      );
    }
    return { dialect: 'sqlite', file: path.resolve(cwd, file) };
  }
  if (/^postgres(?:ql)?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error(
        'DATABASE_URL is not a valid PostgreSQL URL: give postgres://user:password@host:5432/database.',
      );
    }
    if (url.hostname === '' && !url.searchParams.has('host')) {
      throw new Error(
        'DATABASE_URL names no PostgreSQL host: give postgres://user:password@host:5432/database.',
      );
    }
    return { dialect: 'postgres', url: text };
  }
  throw new Error(
    'DATABASE_URL must be file:<path> (an SQLite file, the default is ' +
      `${DEFAULT_DATABASE_URL}) or postgres://user:password@host:5432/database; ` +
      `it starts with ${JSON.stringify(text.slice(0, 12))}.`,
  );
}

/** Where the database is, for log lines: never the password. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.dialect === 'sqlite') return `SQLite file ${location.file}`;
  const url = new URL(location.url);
  const database = url.pathname.replace(/^\//, '') || '(default database)';
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}/${database}`;
}
