// The Sign in page, loaded when opened: a signed-in staff member never needs it, so the
// wizard's first step does not carry it. (The reseller signup is the wizard itself with a
// different audience; its own extra parts, the request mapping and success page, load
// on demand from reseller-audience.ts.)
import { lazy } from 'react';

export const LazySignInPage = lazy(() =>
  import('../auth/sign-in-page.tsx').then((module) => ({ default: module.SignInPage })),
);

// "Page not found" is for mistyped addresses only: it loads when shown.
export const LazyNotFoundPage = lazy(() =>
  import('./not-found-page.tsx').then((module) => ({ default: module.NotFoundPage })),
);
