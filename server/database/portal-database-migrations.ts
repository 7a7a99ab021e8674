// The schema, as an ordered list of migrations that run at start (Kysely's Migrator). Each
// instance runs them under the Migrator's lock (an advisory lock on PostgreSQL), so two
// instances starting at once apply each migration once. Never edit a migration that has
// shipped: add the next one.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const portalMigrations: Record<string, Migration> = {
  '001-submissions-and-sessions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('owner_key', 'text', (column) => column.notNull())
        .addColumn('idempotency_key', 'text', (column) => column.notNull())
        .addColumn('audience', 'text', (column) => column.notNull())
        .addColumn('submitted_by_user', 'text')
        .addColumn('submitted_by', 'text', (column) => column.notNull())
        .addColumn('client_address', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .addColumn('customer_name', 'text', (column) => column.notNull())
        .addColumn('customer_email', 'text', (column) => column.notNull())
        .addColumn('request_body', 'text')
        .addColumn('state', 'text', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('answer_status', 'integer')
        .addColumn('answer_body', 'text')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('field_errors', 'text')
        .addColumn('net3_customer_id', 'text')
        .addColumn('n3t_logins_company_id', 'text')
        .addUniqueConstraint('submissions_owner_key_idempotency_key', [
          'owner_key',
          'idempotency_key',
        ])
        .execute();
      await db.schema
        .createIndex('submissions_created_at')
        .on('submissions')
        .columns(['created_at desc', 'id'])
        .execute();
      await db.schema
        .createIndex('submissions_submitted_by_user')
        .on('submissions')
        .columns(['submitted_by_user', 'created_at desc'])
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('user_name', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('expires_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('staff_sessions_expires_at')
        .on('staff_sessions')
        .column('expires_at')
        .execute();
    },
  },
  '002-duplicate-keys-and-drafts': {
    async up(db: Kysely<unknown>) {
      // What makes two submissions look like the same customer (customer-match-keys.ts).
      for (const column of [
        'match_name',
        'match_email',
        'match_email_domain',
        'match_phone',
        'match_customer_id',
      ]) {
        await db.schema.alterTable('submissions').addColumn(column, 'text').execute();
        await db.schema
          .createIndex(`submissions_${column}`)
          .on('submissions')
          .column(column)
          .execute();
      }
      // One current draft per signed-in staff member; the newest write wins.
      await db.schema
        .createTable('staff_drafts')
        .addColumn('user_name', 'text', (column) => column.primaryKey())
        .addColumn('draft', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('staff_drafts_updated_at')
        .on('staff_drafts')
        .column('updated_at')
        .execute();
    },
  },
  '003-sessions-by-id-hash': {
    async up(db: Kysely<unknown>) {
      // The row becomes the whole session (issue 19): who signed in and when it was last used,
      // keyed by a hash of the cookie's id. Sessions of the sealed-cookie kind end here: their
      // cookies cannot be read any more, so everyone signs in once again.
      // ifExists: SQLite runs no migration in a transaction, so a crash right after the drop
      // must not stop every later start here.
      await db.schema.dropTable('staff_sessions').ifExists().execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (column) => column.primaryKey())
        .addColumn('user_name', 'text', (column) => column.notNull())
        .addColumn('identity', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('last_seen_at', 'bigint', (column) => column.notNull())
        .addColumn('expires_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('staff_sessions_by_expires_at')
        .on('staff_sessions')
        .column('expires_at')
        .execute();
      await db.schema
        .createIndex('staff_sessions_by_user_name')
        .on('staff_sessions')
        .columns(['user_name', 'created_at desc'])
        .execute();
    },
  },
};
