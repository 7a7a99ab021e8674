// The ledger's pages load when opened: the wizard's first step does not carry them.
import { lazy } from 'react';

export const LazySubmissionsPage = lazy(() =>
  import('./submissions-page.tsx').then((module) => ({ default: module.SubmissionsPage })),
);

export const LazySubmissionPage = lazy(() =>
  import('./submission-page.tsx').then((module) => ({ default: module.SubmissionPage })),
);
