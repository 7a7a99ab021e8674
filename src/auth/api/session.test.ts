import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpPortalServer } from '../../test/msw-portal-server.ts';
import { failureOf, serviceStackError } from '../../test/servicestack-answers.ts';
import { signInProblemWords, WRONG_CREDENTIALS_MESSAGE } from '../sign-in-problems.ts';
import { signIn, signOut } from './session.ts';

const identity = {
  userId: '5eeded0de11a4c0fb0a7d3c1e2f40001',
  userName: 'demo.sales',
  displayName: 'Demo Sales',
  email: 'demo.sales@net3.example',
  firstName: 'Demo',
  lastName: 'Sales',
};
const credentials = { userName: 'demo.sales', password: 'demo-sales-password' };

const { server, requests } = setUpPortalServer();
afterEach(() => localStorage.clear());

// The fetch layer chooses no words: what the person reads is the Sign in page's.
const wordsFor = (error: Error) => signInProblemWords(error);

describe('signIn', () => {
  it('posts the credentials once to /api/session with the portal header and returns the identity', async () => {
    server.use(http.post('/api/session', () => HttpResponse.json(identity)));

    await expect(signIn(credentials)).resolves.toEqual(identity);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(`${window.location.origin}/api/session`);
    expect(request?.headers.get('x-net3-portal')).toBe('1');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.clone().json()).toEqual(credentials);
  });

  it('keeps nothing in browser storage', async () => {
    server.use(http.post('/api/session', () => HttpResponse.json(identity)));

    await signIn(credentials);

    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it("says the username or password is not right on a 401, in the portal's words", async () => {
    server.use(
      http.post('/api/session', () =>
        serviceStackError(401, 'Unauthorized', WRONG_CREDENTIALS_MESSAGE),
      ),
    );

    const error = await failureOf(signIn({ ...credentials, password: 'wrong' }));

    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', retryable: false });
    expect(wordsFor(error).fields.password).toBe(
      'The username or password is not right. Check them and try again.',
    );
    expect(wordsFor(error).fields.password).not.toMatch(/administrator/);
  });

  it('says the same on a 401 without a message', async () => {
    server.use(http.post('/api/session', () => new HttpResponse(null, { status: 401 })));

    const error = await failureOf(signIn(credentials));

    expect(wordsFor(error).fields.password).toBe(WRONG_CREDENTIALS_MESSAGE);
  });

  it('passes on how long to wait after too many failures', async () => {
    const message =
      'Too many sign-in attempts that did not work from your network. Try again in 15 minutes.';
    server.use(http.post('/api/session', () => serviceStackError(429, 'TooManyRequests', message)));

    const error = await failureOf(signIn(credentials));

    expect(error).toMatchObject({ kind: 'too-many-requests' });
    expect(wordsFor(error).message).toBe(message);
  });

  it('places a missing field on it', async () => {
    server.use(
      http.post('/api/session', () =>
        serviceStackError(400, 'NotEmpty', 'Enter your username and password.', {
          errors: [
            { errorCode: 'NotEmpty', fieldName: 'Password', message: 'Enter your password.' },
          ],
        }),
      ),
    );

    const error = await failureOf(signIn({ ...credentials, password: '' }));

    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      expect.objectContaining({ formPath: 'password', message: 'Enter your password.' }),
    ]);
  });
});

describe('signOut', () => {
  it('sends DELETE /api/session with the portal header and resolves on 204', async () => {
    server.use(http.delete('/api/session', () => new HttpResponse(null, { status: 204 })));

    await expect(signOut()).resolves.toBeUndefined();

    const [request] = requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.headers.get('x-net3-portal')).toBe('1');
    expect(request?.headers.has('content-type')).toBe(false);
  });

  it('throws a Net3ApiError when the portal refuses it', async () => {
    server.use(
      http.delete('/api/session', () => serviceStackError(403, 'Forbidden', 'not from the portal')),
    );

    const error = await failureOf(signOut());

    expect(error.kind).toBe('forbidden');
  });
});
