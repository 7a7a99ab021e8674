// A stand-in for the portal's /api routes in a unit test file (MSW in Node): listening before
// the file's tests, refusing any request no handler answers, reset after each test and closed
// at the end. It records every request, so a test can count them (a POST is never re-sent)
// and read their headers and bodies.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type PortalTestServer = {
  server: ReturnType<typeof setupServer>;
  /** Every request since the current test began, in order. */
  requests: Request[];
};

// The staff wizard asks for the person's server draft (issue 10): by default there is none,
// and saving or deleting it works. Tests about drafts answer these themselves.
const noServerDraft: RequestHandler[] = [
  http.get('/api/draft', () => HttpResponse.json({ draft: null })),
  http.put('/api/draft', () => HttpResponse.json({ savedAt: Date.now(), kept: true })),
  http.delete('/api/draft', () => new HttpResponse(null, { status: 204 })),
];

/** Call once at the top of a test file; `handlers` answer in every test unless overridden. */
export function setUpPortalServer(...handlers: RequestHandler[]): PortalTestServer {
  const server = setupServer(...handlers, ...noServerDraft);
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
