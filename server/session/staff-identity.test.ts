// The staff identity's three shapes: read from Net3's AuthenticateResponse, answered to the
// browser, and stamped into createdBy.
import { describe, expect, it } from 'vitest';
import {
  authenticateResponseOf,
  createdByOf,
  identityFromAuthenticateResponse,
} from './staff-identity.ts';

describe('identityFromAuthenticateResponse', () => {
  it('keeps the identity fields and nothing else (no session ids, tokens or roles)', () => {
    const identity = identityFromAuthenticateResponse(
      {
        userId: 'A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90',
        sessionId: 'upstream-session',
        bearerToken: 'secret-token',
        refreshToken: 'secret-refresh',
        userName: 'rep1',
        displayName: 'Rep One',
        email: 'rep1@net3.example',
        firstName: 'Rep',
        lastName: 'One',
        roles: ['Admin'],
      },
      'typed-name',
    );

    expect(identity).toEqual({
      userId: 'A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90',
      userName: 'rep1',
      displayName: 'Rep One',
      email: 'rep1@net3.example',
      firstName: 'Rep',
      lastName: 'One',
    });
  });

  it("reads names in any letter case, from ServiceStack's meta too, and a numeric userId", () => {
    const identity = identityFromAuthenticateResponse(
      { UserId: 42, UserName: 'rep1', Meta: { Email: 'rep1@net3.example', firstName: 'Rep' } },
      'rep1',
    );

    expect(identity).toEqual({
      userId: '42',
      userName: 'rep1',
      email: 'rep1@net3.example',
      firstName: 'Rep',
    });
  });

  it('falls back to the user name typed at sign-in, and ignores non-text values', () => {
    expect(
      identityFromAuthenticateResponse({ displayName: ['x'], email: null }, ' demo.sales '),
    ).toEqual({ userName: 'demo.sales' });
    expect(identityFromAuthenticateResponse('not an object', 'rep1')).toEqual({
      userName: 'rep1',
    });
  });

  it('cuts very long values so the identity always fits a cookie', () => {
    const identity = identityFromAuthenticateResponse({ displayName: 'x'.repeat(5000) }, 'rep1');

    expect(identity.displayName).toHaveLength(256);
  });
});

describe('authenticateResponseOf', () => {
  it('answers the identity under AuthenticateResponse names, leaving out what is unknown', () => {
    expect(authenticateResponseOf({ userName: 'rep1', email: 'rep1@net3.example' })).toEqual({
      userName: 'rep1',
      email: 'rep1@net3.example',
    });
  });
});

describe('createdByOf', () => {
  it('stamps the session as TypeCreatedBy with a 32-hex userId', () => {
    expect(
      createdByOf({
        userId: 'A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90',
        userName: 'rep1',
        displayName: 'Rep One',
        email: 'rep1@net3.example',
        firstName: 'Rep',
        lastName: 'One',
      }),
    ).toEqual({
      userId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      username: 'rep1',
      email: 'rep1@net3.example',
      firstName: 'Rep',
      lastName: 'One',
    });
  });

  it('leaves out a userId that is not a Guid, or is the empty Guid', () => {
    expect(createdByOf({ userId: '42', userName: 'rep1' })).toEqual({ username: 'rep1' });
    expect(createdByOf({ userId: '00000000000000000000000000000000', userName: 'rep1' })).toEqual({
      username: 'rep1',
    });
  });

  it('splits displayName into first and last name when the session has no names', () => {
    expect(createdByOf({ userName: 'rep1', displayName: 'Mary Ann  van Dyke' })).toEqual({
      username: 'rep1',
      firstName: 'Mary',
      lastName: 'Ann van Dyke',
    });
    expect(createdByOf({ userName: 'rep1', displayName: 'Cher' })).toEqual({
      username: 'rep1',
      firstName: 'Cher',
    });
  });
});
