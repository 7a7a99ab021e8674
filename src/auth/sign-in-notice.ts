// The Sign in page's one-off message, read back from history.state: only a notice the portal
// itself puts there (sign-in-url.ts) is shown. Kept out of sign-in-url.ts, which the first
// step loads, since only the (lazily loaded) Sign in page reads notices.
import type { SignInHistoryState, SignInNotice } from './sign-in-url.ts';

const knownNotices: Record<SignInNotice, true> = {
  'signed-out': true,
  'signed-out-draft-kept': true,
  'signed-out-everywhere': true,
  'signed-out-everywhere-draft-kept': true,
  'session-ended': true,
};

export function signInNoticeFrom(state: unknown): SignInNotice | null {
  const notice = (state as SignInHistoryState | null)?.net3SignInNotice;
  return typeof notice === 'string' && Object.hasOwn(knownNotices, notice) ? notice : null;
}
