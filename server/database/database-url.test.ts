import { describe, expect, it } from 'vitest';
import { describeDatabase, parseDatabaseUrl } from './database-url.ts';

describe('DATABASE_URL', () => {
  it('defaults to data/portal.sqlite under the working directory', () => {
    expect(parseDatabaseUrl(undefined, '/srv/portal')).toEqual({
      dialect: 'sqlite',
      file: '/srv/portal/data/portal.sqlite',
    });
    expect(parseDatabaseUrl('  ', '/srv/portal')).toEqual({
      dialect: 'sqlite',
      file: '/srv/portal/data/portal.sqlite',
    });
  });

  it('takes file:<path>, relative or absolute', () => {
    expect(parseDatabaseUrl('file:other.db', '/srv')).toEqual({
      dialect: 'sqlite',
      file: '/srv/other.db',
    });
    expect(parseDatabaseUrl('file:/var/lib/portal.db', '/srv')).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/portal.db',
    });
  });

  it('takes postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://u:p@db:5432/portal', 'postgresql://db/portal']) {
      expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', url });
    }
  });

  it('refuses anything else with a message naming both forms', () => {
    expect(() => parseDatabaseUrl('mysql://db/portal')).toThrow(
      /DATABASE_URL must be file:<path>.*or postgres:\/\/user:password@host:5432\/database/,
    );
    expect(() => parseDatabaseUrl('file:')).toThrow(/names no SQLite file/);
    expect(() => parseDatabaseUrl('postgres://')).toThrow(/PostgreSQL/);
  });

  it('describes a PostgreSQL database without its password', () => {
    const text = describeDatabase(
      parseDatabaseUrl('postgres://portal:s3cret@db.internal:6432/ledger'),
    );
    expect(text).toBe('PostgreSQL at db.internal:6432/ledger');
    expect(text).not.toContain('s3cret');
  });
});
