// Failures a test queues on the fake (POST /__fake/faults) so the portal can be shown a
// 500, an HTML gateway page, a slow answer or a dropped connection on demand. Each fault
// serves the next `times` matching requests, oldest fault first.
import { JSON_CONTENT_TYPE, TEXT_CONTENT_TYPE, type Answer } from './fake-http.ts';

export const faultRoutes = ['/provisioning/customer', '/auth', '/auth/credentials'] as const;

export type FakeNet3Fault = {
  /** Answer with this status instead of the normal answer. */
  status?: number;
  /** With status: the body, sent as is (a string) or as JSON (anything else). Default: empty. */
  body?: unknown;
  /** Default: application/json for a non-string body, text/plain for a string. */
  contentType?: string;
  /** Wait this long first; alone, it delays the normal answer. */
  delayMs?: number;
  /** Destroy the socket without answering (after delayMs, if given). */
  dropConnection?: boolean;
  /** Only requests to this route; default: any request outside /__fake/. */
  route?: (typeof faultRoutes)[number];
  /** How many matching requests it serves. Default 1. */
  times?: number;
};

export type FaultQueue = {
  add(fault: FakeNet3Fault): void;
  /** The fault for a request to `route` (lower-case path), used up by one; null when none. */
  take(route: string): FakeNet3Fault | null;
  pending(): FakeNet3Fault[];
  clear(): void;
};

export function createFaultQueue(): FaultQueue {
  let queue: { fault: FakeNet3Fault; remaining: number }[] = [];
  return {
    add(fault) {
      queue.push({ fault, remaining: fault.times ?? 1 });
    },
    take(route) {
      const entry = queue.find((e) => e.fault.route === undefined || e.fault.route === route);
      if (!entry) return null;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue = queue.filter((e) => e !== entry);
      return entry.fault;
    },
    pending: () => queue.map((e) => ({ ...e.fault, times: e.remaining })),
    clear() {
      queue = [];
    },
  };
}

/** Checks a queued fault strictly: a typo in a test should fail loudly, not fault nothing. */
export function parseFault(json: unknown): FakeNet3Fault | { error: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { error: 'a fault is a JSON object' };
  }
  const fault = json as Record<string, unknown>;
  const known = ['status', 'body', 'contentType', 'delayMs', 'dropConnection', 'route', 'times'];
  const unknown = Object.keys(fault).filter((key) => !known.includes(key));
  if (unknown.length > 0) return { error: `unknown fault properties: ${unknown.join(', ')}` };

  const { status, body, contentType, delayMs, dropConnection, route, times } = fault;
  if (status !== undefined && !isIntegerIn(status, 100, 599)) {
    return { error: 'status must be an integer from 100 to 599' };
  }
  if (contentType !== undefined && typeof contentType !== 'string') {
    return { error: 'contentType must be a string' };
  }
  if (delayMs !== undefined && !isIntegerIn(delayMs, 0, 600_000)) {
    return { error: 'delayMs must be an integer from 0 to 600000' };
  }
  if (dropConnection !== undefined && typeof dropConnection !== 'boolean') {
    return { error: 'dropConnection must be true or false' };
  }
  if (route !== undefined && !(faultRoutes as readonly unknown[]).includes(route)) {
    return { error: `route must be one of ${faultRoutes.join(', ')}` };
  }
  if (times !== undefined && !isIntegerIn(times, 1, 1_000_000)) {
    return { error: 'times must be a positive integer' };
  }
  if (status === undefined && delayMs === undefined && dropConnection !== true) {
    return { error: 'a fault needs status, delayMs or dropConnection' };
  }
  if (status === undefined && (body !== undefined || contentType !== undefined)) {
    return { error: 'body and contentType need a status' };
  }
  return fault as FakeNet3Fault;
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** The answer a fault with a status gives instead of the normal one. */
export function faultAnswer(fault: FakeNet3Fault): Answer {
  const body = fault.body ?? '';
  const isText = typeof body === 'string';
  return {
    status: fault.status ?? 500,
    body: isText ? body : JSON.stringify(body),
    contentType: fault.contentType ?? (isText ? TEXT_CONTENT_TYPE : JSON_CONTENT_TYPE),
  };
}
