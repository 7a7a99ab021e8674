// A stand-in for the portal's /api routes in a unit test file (MSW in Node): listening before
// the file's tests, refusing any request no handler answers, reset after each test and closed
// at the end. It records every request, so a test can count them (a POST is never re-sent)
// and read their headers and bodies.
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type PortalTestServer = {
  server: ReturnType<typeof setupServer>;
  /** Every request since the current test began, in order. */
  requests: Request[];
};

/** Call once at the top of a test file; `handlers` answer in every test unless overridden. */
export function setUpPortalServer(...handlers: RequestHandler[]): PortalTestServer {
  const server = setupServer(...handlers);
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { server, requests };
}
