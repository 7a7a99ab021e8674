// The ledger's pages load when opened: the wizard's first step does not carry them. Each page
// module's default export is its page, so these imports need no `.then` remapping: the first
// step's JavaScript is at its budget, and that remapping is bytes in it.
import { lazy } from 'react';

export const LazySubmissionsPage = lazy(() => import('./submissions-page.tsx'));

export const LazySubmissionPage = lazy(() => import('./submission-page.tsx'));
