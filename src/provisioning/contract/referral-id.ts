// A referral id, as /signup?parent=<id> accepts it: letters, digits, '-' and '_', at most 64.
// The signup page ignores a link with any other; the server refuses any other (issue 20, item 7).
// A module of its own: the signup page's first step loads it, and nothing else with it.
export const REFERRAL_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
