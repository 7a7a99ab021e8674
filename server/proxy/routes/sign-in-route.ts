// POST /api/session: a staff sign-in. Net3's credentials auth checks the username and password
// (the portal never stores either); on success the portal starts a session (a row, named by a
// signed random id in its cookie) and answers the identity, never Net3's tokens. Every refusal reads the same, so nobody
// can learn which user names exist, and failures count towards a per-address limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DatabaseUnavailable } from '../../database/open-portal-database.ts';
import { readIgnoringCase } from '../../../src/provisioning/contract/read-ignoring-case.ts';
import { clientLimitKey, describeWait } from '../../limits/attempt-limiter.ts';
import {
  authenticateResponseOf,
  identityFromAuthenticateResponse,
} from '../../session/staff-identity.ts';
import { clientAddress } from '../client-address.ts';
import { readJsonObjectBody } from '../json-request-body.ts';
import { refuseBody, refuseTooManyRequests } from '../refusals.ts';
import type { ProxyRoute, RouteContext } from '../route-context.ts';
import { sendJson, sendServiceStackError } from '../servicestack-error.ts';
import { sendBadGateway, sendUpstreamFailure } from '../upstream-failure-answers.ts';

/** The one answer to a refused sign-in, whether or not the user exists. */
export const WRONG_CREDENTIALS_MESSAGE =
  'The username or password is not right. Check them and try again.';

// Net3's answer to a sign-in is a small AuthenticateResponse; anything bigger is not one.
const MAX_SIGN_IN_ANSWER_BYTES = 256 * 1024;

export const signInRoute: ProxyRoute = {
  method: 'POST',
  path: '/api/session',
  async answer(context, req, res) {
    const { options, log } = context;
    const address = clientAddress(req, options.trustProxy);
    const limitKey = clientLimitKey(address);
    const body = await readJsonObjectBody(req, 'your username and password');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    const userName = readIgnoringCase(body.value, 'userName');
    const password = readIgnoringCase(body.value, 'password');
    const missing = [
      ...(typeof userName === 'string' && userName.trim() !== '' ? [] : ['UserName']),
      ...(typeof password === 'string' && password !== '' ? [] : ['Password']),
    ];
    if (missing.length > 0 || typeof userName !== 'string' || typeof password !== 'string') {
      sendJson(res, 400, {
        responseStatus: {
          errorCode: 'NotEmpty',
          message: 'Enter your username and password.',
          errors: missing.map((fieldName) => ({
            errorCode: 'NotEmpty',
            fieldName,
            message: `Enter your ${fieldName === 'UserName' ? 'username' : 'password'}.`,
            meta: {},
          })),
        },
      });
      return;
    }

    // The attempt is taken before Net3 is asked, not counted after it answers: otherwise guesses
    // sent at once all pass the check before any of them is counted. It is given back only when
    // the sign-in worked: a guess that makes Net3 fail another way (an error, a timeout, an
    // answer the portal cannot read) costs an attempt too, or such guesses would be free.
    const limit = await options.signInLimiter.consume(limitKey);
    if (!limit.allowed) {
      log(`[net3-portal] sign-in from ${address} refused: too many failed sign-ins`);
      refuseTooManyRequests(
        req,
        res,
        limit.retryAfterSeconds,
        `Too many sign-in attempts that did not work from your network. Try again in ${describeWait(limit.retryAfterSeconds)}.`,
      );
      return;
    }
    let signedIn = false;
    try {
      signedIn = await checkWithNet3(context, req, res, { userName, password }, address);
    } finally {
      if (signedIn) await options.signInLimiter.giveBack(limitKey);
    }
  },
};

/** Asks Net3 and answers the browser; true only when the person is now signed in. */
async function checkWithNet3(
  context: RouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  credentials: { userName: string; password: string },
  address: string,
): Promise<boolean> {
  const { options, log, sessions, upstream } = context;
  const { userName, password } = credentials;
  const answer = await upstream.ask(
    req,
    '/auth/credentials',
    { userName: userName.trim(), password },
    MAX_SIGN_IN_ANSWER_BYTES,
  );
  if (answer.kind !== 'answered') {
    sendUpstreamFailure(res, answer, options.timeoutMs, 'sign-in check');
    return false;
  }
  // 401 wrong password or unknown user, 403 a locked account, 400 a refused form of the
  // request: all one answer, so nobody can learn which user names exist.
  if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
    // Logged without the user name: people sometimes type their password into it.
    log(`[net3-portal] sign-in from ${address} refused by Net3 (HTTP ${answer.status})`);
    sendServiceStackError(res, 401, 'Unauthorized', WRONG_CREDENTIALS_MESSAGE);
    return false;
  }
  const json = answer.status >= 200 && answer.status <= 299 ? parseJson(answer.text) : undefined;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    sendBadGateway(
      res,
      `The Net3 API could not check the sign-in (it answered HTTP ${answer.status}${answer.status < 300 ? ' without an AuthenticateResponse' : ''}). ` +
        'Try again in a moment; if it keeps happening, contact an administrator.',
    );
    return false;
  }
  const identity = identityFromAuthenticateResponse(json, userName);
  let cookie: string;
  try {
    // A session this browser already had ends: signing in again never leaves a second one live.
    await sessions.end(req);
    cookie = await sessions.issue(req, identity);
  } catch (error) {
    // The session's row could not be written: 503 from the router, not a 500.
    throw new DatabaseUnavailable(error);
  }
  sendJson(res, 200, authenticateResponseOf(identity), { 'set-cookie': cookie });
  return true;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}
