import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf, serviceStackError } from '../../test/servicestack-answers.ts';
import { problemMessageFor } from '../steps/submit-problem.ts';
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

const { server, requests } = setUpPortalServer();

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
        serviceStackError(401, 'NotSignedIn', 'You are not signed in, or your session has ended.'),
      ),
    );
    const error = await failureOf(getSession());
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', errorCode: 'NotSignedIn' });
    // The words are the page's, not the fetch layer's (submit-problem.ts).
    expect(problemMessageFor(error)).toMatch(/Sign in and try again/);
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
