import { describe, expect, it } from 'vitest';
import { returnPathAfterSignIn, signInNoticeState, signInUrl } from './sign-in-url.ts';
import { signInNoticeFrom } from './sign-in-notice.ts';

describe('the sign-in return path', () => {
  it('remembers the wizard step to come back to', () => {
    expect(signInUrl('review')).toBe('/sign-in?return=review');
    expect(signInUrl()).toBe('/sign-in');
    expect(returnPathAfterSignIn('?return=review')).toBe('/?step=review');
    expect(returnPathAfterSignIn('?return=contacts')).toBe('/?step=contacts');
  });

  it('goes to the wizard for anything that is not a known step, never elsewhere', () => {
    expect(returnPathAfterSignIn('')).toBe('/');
    expect(returnPathAfterSignIn('?return=https://evil.example')).toBe('/');
    expect(returnPathAfterSignIn('?return=//evil.example')).toBe('/');
  });

  it('reads only the notices it knows from history state', () => {
    expect(signInNoticeFrom(signInNoticeState('signed-out'))).toBe('signed-out');
    expect(signInNoticeFrom({ net3SignInNotice: 'other' })).toBeNull();
    expect(signInNoticeFrom(null)).toBeNull();
  });
});
