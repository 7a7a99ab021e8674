// The fake's test backdoor under /__fake/: read what arrived (requests), what was provisioned
// (customers), queue and list faults, and reset all three between tests.
//
// It needs no key on purpose: it is a test hook on a private loopback port, never reachable
// through the portal (its proxy forwards only Net3's own routes). It lists the headers as
// received, Authorization included: do not expose this port to anyone else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseFault, type FaultQueue } from './fake-faults.ts';
import { jsonAnswer, readBody, send } from './fake-http.ts';
import type { ProvisionedCustomers } from './provisioned-customers.ts';
import type { RequestRecorder } from './request-recording.ts';

export type BackdoorState = {
  recorder: RequestRecorder;
  faults: FaultQueue;
  customers: ProvisionedCustomers;
  log: (line: string) => void;
};

/** Each backdoor route and the methods it takes, space-separated (also its Allow header). */
const backdoorMethods: Record<string, string> = {
  '/__fake/requests': 'GET',
  '/__fake/customers': 'GET',
  '/__fake/faults': 'GET POST',
  '/__fake/reset': 'POST',
};

/** Answers a request to `route` (lower case, no trailing slash), which starts with /__fake/. */
export async function handleBackdoor(
  state: BackdoorState,
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
): Promise<void> {
  const { recorder, faults, customers, log } = state;
  const allowed = backdoorMethods[route];
  if (!allowed) return send(res, jsonAnswer(404, { error: `no backdoor route ${route}` }));
  if (!allowed.split(' ').includes(req.method ?? '')) {
    return send(res, {
      ...jsonAnswer(405, { error: `use ${allowed}` }),
      headers: { allow: allowed },
    });
  }

  if (route === '/__fake/requests') return send(res, jsonAnswer(200, recorder.list()));
  if (route === '/__fake/customers') return send(res, jsonAnswer(200, customers.list()));
  if (route === '/__fake/faults' && req.method === 'GET') {
    return send(res, jsonAnswer(200, faults.pending()));
  }
  if (route === '/__fake/reset') {
    recorder.clear();
    faults.clear();
    customers.clear();
    log('reset: requests, faults and provisioned customers cleared');
    return send(res, jsonAnswer(200, { reset: true }));
  }

  // POST /__fake/faults
  const rawBody = (await readBody(req)) ?? '';
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return send(res, jsonAnswer(400, { error: 'the fault must be JSON' }));
  }
  const fault = parseFault(json);
  if ('error' in fault) return send(res, jsonAnswer(400, { error: fault.error }));
  faults.add(fault);
  log(`fault queued: ${JSON.stringify(fault)}`);
  return send(res, jsonAnswer(200, { pending: faults.pending() }));
}
