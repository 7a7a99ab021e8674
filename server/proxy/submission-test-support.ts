// Test helpers for submissions through the ledger: a portal database of its own per suite (on
// either dialect), staff submissions with or without an Idempotency-Key, and the ledger's rows
// as the tests inspect them.
import type { OutgoingHttpHeaders } from 'node:http';
import { IDEMPOTENCY_KEY_HEADER } from '../../src/provisioning/contract/portal-wire.ts';
import { testDialects } from '../database/database-test-dialects.ts';
import { openPortalDatabase, type PortalDatabase } from '../database/open-portal-database.ts';
import type { SubmissionRow } from '../ledger/submission-ledger.ts';
import type { StaffIdentity } from '../session/staff-identity.ts';
import type { TestResponse } from './loopback-http.ts';
import { postJson, testStaffIdentity } from './proxy-test-support.ts';

/** A second staff member, to show keys are never shared between people. */
export const otherStaffIdentity: StaffIdentity = {
  ...testStaffIdentity,
  userId: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
  userName: 'rep2',
  displayName: 'Rep Two',
  email: 'rep2@net3.example',
};

export type OwnTestDatabase = { database: PortalDatabase; remove(): Promise<void> };

/** An empty, migrated portal database on SQLite or PostgreSQL, for one suite. */
export async function openOwnTestDatabase(
  dialect: 'SQLite' | 'PostgreSQL',
): Promise<OwnTestDatabase> {
  const target = await testDialects.find((candidate) => candidate.name === dialect)!.create();
  const database = await openPortalDatabase(target.location);
  return {
    database,
    async remove() {
      await database.close();
      await target.remove();
    },
  };
}

/** A customer as the wizard sends it. */
export function customerRequest(customerName = 'Acme Widgets LLC'): Record<string, unknown> {
  return {
    customer: { customerName, email: 'office@acme.example', customerId: 'ACME-001' },
    contacts: [{ firstName: 'Zoë', roles: ['Primary'] }],
  };
}

/** POST /api/provisioning/customer as a signed-in staff member, with `key` when given. */
export function submitCustomer(
  portalUrl: string,
  cookie: string,
  body: unknown,
  key?: string,
  headers: OutgoingHttpHeaders = {},
): Promise<TestResponse> {
  return postJson(`${portalUrl}/api/provisioning/customer`, body, {
    cookie,
    ...(key === undefined ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }),
    ...headers,
  });
}

/** The ledger row the portal named in its answer (X-Net3-Portal-Submission). */
export async function rowOf(
  database: PortalDatabase,
  response: TestResponse,
): Promise<SubmissionRow> {
  const id = response.headers['x-net3-portal-submission'];
  if (typeof id !== 'string') throw new Error(`no submission id in the ${response.status} answer`);
  return database.db
    .selectFrom('submissions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function isReplay(response: TestResponse): boolean {
  return response.headers['idempotent-replayed'] === 'true';
}
