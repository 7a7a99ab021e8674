// Errors the portal answers itself, in the same ServiceStack shape the Net3 API uses,
// so the browser reads one error format whoever refused the request.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type ServiceStackErrorBody = {
  responseStatus: { errorCode: string; message: string; errors: never[] };
};

export function serviceStackError(errorCode: string, message: string): ServiceStackErrorBody {
  return { responseStatus: { errorCode, message, errors: [] } };
}

/** Headers on every response the portal's /api writes itself. */
export const apiResponseHeaders: Readonly<OutgoingHttpHeaders> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...apiResponseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendServiceStackError(
  res: ServerResponse,
  status: number,
  errorCode: string,
  message: string,
  headers: OutgoingHttpHeaders = {},
): void {
  sendJson(res, status, serviceStackError(errorCode, message), headers);
}
