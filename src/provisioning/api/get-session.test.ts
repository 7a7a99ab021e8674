import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getSession } from './get-session.ts';
import { Net3ApiError } from './net3-api-error.ts';

// ../shared/net3-api/examples/auth-response.json
const authResponse = {
  userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  sessionId: 'Xq3nVd0yKcE2bNw1T8sA',
  userName: 'rep1',
  displayName: 'Rep One',
  roles: ['Sales'],
  permissions: [],
};

const server = setupServer();
let requests: Request[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(request);
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());

describe('getSession', () => {
  it('reads the AuthenticateResponse from GET /api/auth on the same origin', async () => {
    server.use(http.get('/api/auth', () => HttpResponse.json(authResponse)));

    await expect(getSession()).resolves.toEqual(authResponse);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`${window.location.origin}/api/auth`);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('x-net3-portal')).toBe('1');
    expect(request?.headers.has('content-type')).toBe(false);
  });

  it('keeps properties it does not know and drops nulls', async () => {
    server.use(
      http.get('/api/auth', () =>
        HttpResponse.json({ ...authResponse, email: null, meta: { tenant: 'n3' } }),
      ),
    );
    const session = await getSession();
    expect(session.meta).toEqual({ tenant: 'n3' });
    expect(session.email).toBeUndefined();
    expect(session.displayName).toBe('Rep One');
  });

  it('throws an unauthorized Net3ApiError when nobody is signed in', async () => {
    server.use(
      http.get('/api/auth', () =>
        HttpResponse.json(
          {
            responseStatus: {
              errorCode: 'NotSignedIn',
              message: 'You are not signed in, or your session has ended.',
              errors: [],
            },
          },
          { status: 401 },
        ),
      ),
    );
    const error: unknown = await getSession().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Net3ApiError);
    expect(error).toMatchObject({
      status: 401,
      kind: 'unauthorized',
      errorCode: 'NotSignedIn',
      message: expect.stringMatching(/Sign in and try again/),
    });
  });

  it('refuses a session whose known fields have the wrong type', async () => {
    server.use(http.get('/api/auth', () => HttpResponse.json({ ...authResponse, roles: 'Sales' })));
    const error: unknown = await getSession().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Net3ApiError);
    expect(error).toMatchObject({ kind: 'unexpected', errorCode: 'InvalidResponse' });
  });

  it('turns a network failure into a Net3ApiError', async () => {
    server.use(http.get('/api/auth', () => HttpResponse.error()));
    const error: unknown = await getSession().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});
