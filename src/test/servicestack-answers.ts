// A failed portal call from both ends, for unit tests: the ServiceStack error answer a test
// serves (responseStatus with errorCode, message and field errors, as Net3 and the portal
// send it), and failureOf, which reads the Net3ApiError the call then throws.
import { HttpResponse } from 'msw';
import { expect } from 'vitest';
import { Net3ApiError } from '../provisioning/api/net3-api-error.ts';

export type ServiceStackFieldError = { errorCode: string; fieldName: string; message: string };

export function serviceStackError(
  status: number,
  errorCode: string,
  message: string,
  { errors = [], headers }: { errors?: ServiceStackFieldError[]; headers?: HeadersInit } = {},
) {
  return HttpResponse.json({ responseStatus: { errorCode, message, errors } }, { status, headers });
}

/** The Net3ApiError `promise` rejects with; fails the test if it resolves or throws another. */
export async function failureOf(promise: Promise<unknown>): Promise<Net3ApiError> {
  const error: unknown = await promise.then(
    () => expect.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Net3ApiError);
  return error as Net3ApiError;
}
