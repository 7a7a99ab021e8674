// What the fake keeps of each request outside /__fake/, for GET /__fake/requests: headers and
// body as received, which fault it used, and what it answered. A sign-in's password is never
// kept, not even here.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FakeNet3Fault } from './fake-faults.ts';
import { parseRequestJson, type Answer } from './fake-http.ts';

/** One request the fake received outside /__fake/, as listed by GET /__fake/requests. */
export type FakeNet3RequestRecord = {
  /** 1, 2, 3... in order of arrival. */
  id: number;
  receivedAt: string;
  method: string;
  /** As received, without the query string (`/provisioning/customer`). */
  path: string;
  /** `?a=b` or ''. */
  query: string;
  /** Every header as Node saw it, names in lower case. */
  headers: IncomingHttpHeaders;
  /**
   * The JSON as received, unmodified (except a sign-in's password, shown as "[redacted]"); the
   * raw text when it is not JSON; null when empty.
   */
  body: unknown;
  rawBody: string;
  /** True when the fake answered 2xx itself: a customer provisioned, or a session returned. */
  accepted: boolean;
  /** The queued fault this request used, if any. */
  fault: FakeNet3Fault | null;
  /** What the fake answered (a JSON body parsed, any other as text); null while still waiting or when dropped. */
  response: { status: number; body: unknown } | null;
};

export type RequestRecorder = {
  /**
   * Records a request as it arrives; the caller fills in `fault`, `accepted` and (through
   * `recordAnswer`) `response` on the record it gets back.
   */
  record(
    req: IncomingMessage,
    url: URL,
    route: string,
    rawBody: string | null,
  ): FakeNet3RequestRecord;
  list(): readonly FakeNet3RequestRecord[];
  /** Forgets every record; ids keep counting, so an id is never given twice. */
  clear(): void;
};

const REDACTED = '[redacted]';

export function createRequestRecorder(): RequestRecorder {
  let records: FakeNet3RequestRecord[] = [];
  let lastId = 0;
  return {
    record(req, url, route, rawBody) {
      const recordedBody = route === '/auth/credentials' ? redactPassword(rawBody) : rawBody;
      const record: FakeNet3RequestRecord = {
        id: ++lastId,
        receivedAt: new Date().toISOString(),
        method: req.method ?? '',
        path: url.pathname,
        query: url.search,
        headers: { ...req.headers },
        body: recordedBody === null ? null : parseRecordedBody(recordedBody),
        rawBody: recordedBody ?? '',
        accepted: false,
        fault: null,
        response: null,
      };
      records.push(record);
      return record;
    },
    list: () => records,
    clear() {
      records = [];
    },
  };
}

export function recordAnswer(record: FakeNet3RequestRecord, answer: Answer): void {
  const isJson = answer.contentType.includes('json');
  record.response = {
    status: answer.status,
    body: isJson ? parseRecordedBody(answer.body) : answer.body,
  };
}

/** The body with every "password" property (any letter case) replaced; null stays null. */
function redactPassword(rawBody: string | null): string | null {
  if (rawBody === null || rawBody.trim() === '') return rawBody;
  let json: unknown;
  try {
    json = parseRequestJson(rawBody);
  } catch {
    return REDACTED; // not JSON: it may be nothing but the password
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return REDACTED;
  const redacted = Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key.toLowerCase() === 'password' ? REDACTED : (value as unknown),
    ]),
  );
  return JSON.stringify(redacted);
}

function parseRecordedBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
