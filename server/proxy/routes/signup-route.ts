// POST /api/signup: a reseller signs up from the public internet, without a session. Only what
// the signup policy lets through goes to Net3, with the ids every signup is given; signups are
// limited per address, and one that filled the hidden honeypot field is answered as accepted
// but never sent.
import { formatServiceStackDate } from '../../../src/provisioning/contract/servicestack-date.ts';
import { clientLimitKey, describeWait } from '../../limits/attempt-limiter.ts';
import { applySignupPolicy, isHoneypotFilled } from '../../signup/signup-policy.ts';
import { signupTextProblems } from '../../signup/signup-text-limits.ts';
import { clientAddress } from '../client-address.ts';
import { readJsonObjectBody } from '../json-request-body.ts';
import { sendRecordedSubmission } from '../recorded-submission.ts';
import { refuseBody, refuseTooManyRequests } from '../refusals.ts';
import type { ProxyRoute } from '../route-context.ts';
import { sendJson } from '../servicestack-error.ts';

export const signupRoute: ProxyRoute = {
  method: 'POST',
  path: '/api/signup',
  async answer(context, req, res) {
    const { options, logger, now } = context;
    const body = await readJsonObjectBody(req, 'the signup');
    if (!body.ok) {
      refuseBody(req, res, body);
      return;
    }
    const address = clientAddress(req, options.trustProxy);
    // Counted when attempted, whatever happens next, so a burst is limited too.
    const limit = await options.signupLimiter.consume(clientLimitKey(address));
    if (!limit.allowed) {
      logger.warn({ clientAddress: address }, 'signup refused: too many signups from this network');
      refuseTooManyRequests(
        req,
        res,
        limit.retryAfterSeconds,
        `Too many signups from your network. Try again in ${describeWait(limit.retryAfterSeconds)}. What you entered is still here.`,
      );
      return;
    }
    if (isHoneypotFilled(body.value)) {
      context.note({ outcome: 'honeypot' });
      logger.info(
        { clientAddress: address },
        'a signup filled in the hidden website field: answered as accepted, not sent to Net3',
      );
      sendJson(res, 200, {});
      return;
    }
    const request = applySignupPolicy(body.value, {
      serviceLevelId: options.signup.serviceLevelId,
      typePricingTierId: options.signup.pricingTierId,
      typeCustomerStatusId: options.signup.customerStatusId,
      requesterIP: address,
      requestCreated: formatServiceStackDate(new Date(now())),
    });
    const tooLong = signupTextProblems(request);
    if (tooLong.length > 0) {
      refuseBody(req, res, {
        status: 400,
        errorCode: tooLong[0]!.errorCode,
        message: tooLong[0]!.message,
        errors: tooLong,
      });
      return;
    }
    const owner = {
      audience: 'signup' as const,
      userName: null,
      displayName: 'Reseller signup',
      clientAddress: address,
    };
    await sendRecordedSubmission(context, req, res, owner, request);
  },
};
