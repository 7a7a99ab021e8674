// The page for the current path (navigation.ts), in the page frame with an error boundary
// (reset when the page changes) and a loading status while a lazy page arrives:
//   /         the staff onboarding wizard, for signed-in staff (else Sign in)
//   /sign-in  staff Sign in
//   /signup   the public reseller signup (?parent=<id> for a referral)
//   /submissions, /submissions/<id>   the ledger, for signed-in staff
// Anything else shows "Page not found".
import { Suspense, type ReactNode } from 'react';
import { SignedInAccount } from '../auth/signed-in-account.tsx';
import { SignupPage } from '../signup/signup-page.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { SIGN_IN_PATH, SIGNUP_PATH, STAFF_WIZARD_PATH } from './app-paths.ts';
import { AppShell } from './app-shell.tsx';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { LazyNotFoundPage, LazySignInPage } from './lazy-pages.ts';
import { usePathname } from './navigation.ts';
import { StaffWizardPage } from './staff-wizard-page.tsx';
import { RequireStaffSession } from '../auth/require-staff-session.tsx';
import { LazySubmissionPage, LazySubmissionsPage } from '../submissions/lazy-submissions-pages.ts';
import { SUBMISSIONS_PATH, submissionIdOf } from './submission-paths.ts';

type PageFrame = { title?: string; account?: ReactNode };

export function AppRoutes() {
  const pathname = usePathname();
  const frame = (page: ReactNode, { title, account }: PageFrame = {}) => (
    <AppShell title={title} account={account}>
      <AppErrorBoundary key={pathname}>
        <Suspense fallback={<LoadingStatus />}>{page}</Suspense>
      </AppErrorBoundary>
    </AppShell>
  );
  const submissionId = submissionIdOf(pathname);
  if (submissionId !== null) {
    return frame(
      <RequireStaffSession>
        <LazySubmissionPage id={submissionId} />
      </RequireStaffSession>,
      { account: <SignedInAccount /> },
    );
  }
  switch (pathname) {
    case SUBMISSIONS_PATH:
      return frame(
        <RequireStaffSession>
          <LazySubmissionsPage />
        </RequireStaffSession>,
        { account: <SignedInAccount /> },
      );
    case STAFF_WIZARD_PATH:
      return frame(<StaffWizardPage />, { account: <SignedInAccount /> });
    case SIGN_IN_PATH:
      return frame(<LazySignInPage />);
    case SIGNUP_PATH:
      return frame(<SignupPage />, { title: 'Net3 reseller signup' });
    default:
      return frame(<LazyNotFoundPage />);
  }
}
