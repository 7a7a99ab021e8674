// POST /api/provisioning/customer: sends the wire DTO once and returns whatever JSON object
// Net3 answers with (its success DTO is undocumented; an empty body becomes {}).
import { IDEMPOTENCY_KEY_HEADER, SUBMISSION_ID_HEADER } from '../contract/portal-wire.ts';
import type { ProvisionCustomerModel } from '../contract/provision-customer-model.ts';
import { readObject } from './read-json.ts';
import { requestPortalJson, type PortalRequestOptions } from './request-portal-json.ts';

/** Throws Net3ApiError on any failure; never retries (a retry could provision twice). */
export function provisionCustomer(
  dto: ProvisionCustomerModel,
  opts: SubmissionRequestOptions = {},
): Promise<Record<string, unknown>> {
  return submitToPortal('/api/provisioning/customer', dto, opts);
}

export type SubmissionRequestOptions = PortalRequestOptions & {
  /** One per customer being onboarded: the portal answers a repeat from its ledger. */
  idempotencyKey?: string;
  /** Called with the portal's ledger id for this submission, when it names one. */
  onSubmissionId?: (submissionId: string) => void;
};

/** POSTs a submission (staff or signup) with its Idempotency-Key; returns Net3's answer. */
export function submitToPortal(
  path: string,
  body: unknown,
  { idempotencyKey, onSubmissionId, ...opts }: SubmissionRequestOptions,
): Promise<Record<string, unknown>> {
  return requestPortalJson({
    method: 'POST',
    path,
    body,
    headers: idempotencyKey ? { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } : {},
    readResponse: (answer, headers) => {
      const submissionId = headers.get(SUBMISSION_ID_HEADER);
      if (submissionId) onSubmissionId?.(submissionId);
      return readObject(answer, 'the answer');
    },
    ...opts,
  });
}
