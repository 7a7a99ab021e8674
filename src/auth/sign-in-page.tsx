// The staff Sign in page (/sign-in): username and password checked by Net3 through the
// portal (POST /api/session), then back to the wizard, or to the step the person was on
// when their session ended (the draft brings back what they typed). Problems follow the
// wizard's rules: an error summary that takes focus, the same words inline, aria-invalid,
// and a title starting "Error: ". A wrong password keeps the username and empties the
// password; too many attempts shows the portal's own message saying how long to wait.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PortalAlert } from '../components/portal-alert.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../components/portal-button.tsx';
import { BusySpinner } from '../components/busy-spinner.tsx';
import InputAdornment from '@mui/material/InputAdornment';
import OutlinedInput from '@mui/material/OutlinedInput';
import { Panel } from '../components/panel.tsx';
import { Column } from '../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorSummary, type ErrorSummaryItem } from '../components/error-summary.tsx';
import { FieldFrame } from '../components/field-frame.tsx';
import { describedBy } from '../components/field-id.ts';
import { navigate } from '../app/navigation.ts';
import { putBackEarlyTyping } from '../app/keep-early-typing.ts';
import { useHydrated } from '../app/use-hydrated.ts';
import { Net3ApiError } from '../provisioning/api/net3-api-error.ts';
import { SESSION_QUERY_KEY } from '../provisioning/steps/provisioning-queries.ts';
import { PORTAL_NAME } from '../provisioning/steps/wizard-steps.ts';
import { noteSignedInJustNow } from '../provisioning/wizard/use-focus-after-sign-in.ts';
import { signIn, type SignInCredentials } from './api/session.ts';
import { signInProblemWords, type SignInField } from './sign-in-problems.ts';
import { signInNoticeFrom } from './sign-in-notice.ts';
import { returnPathAfterSignIn, type SignInNotice } from './sign-in-url.ts';

const SUMMARY_ID = 'sign-in-error-summary';
const USERNAME_ID = 'username';
const PASSWORD_ID = 'password';

type Field = SignInField;
type Problems = { fields: Partial<Record<Field, string>>; items: ErrorSummaryItem[] };

const noProblems: Problems = { fields: {}, items: [] };

const fieldIds: Record<Field, string> = { userName: USERNAME_ID, password: PASSWORD_ID };

const noticeText: Record<SignInNotice, string> = {
  'signed-out': 'You have signed out.',
  'signed-out-draft-kept':
    'You have signed out. Your unfinished customer is kept for you: sign in again, in this or any browser, to continue it.',
  'signed-out-everywhere': 'You have signed out on every browser and device you used.',
  'signed-out-everywhere-draft-kept':
    'You have signed out on every browser and device you used. Your unfinished customer is kept for you: sign in again to continue it.',
  'session-ended':
    'Your session has ended. Sign in again to continue: everything you entered is kept.',
};

function problemsFor(fields: Partial<Record<Field, string>>): Problems {
  const order: Field[] = ['userName', 'password'];
  return {
    fields,
    items: order.flatMap((field) => {
      const message = fields[field];
      return message ? [{ key: field, message, targetId: fieldIds[field] }] : [];
    }),
  };
}

/** What the person is told when signing in did not work (the words: sign-in-problems.ts). */
function problemsForError(error: Error): Problems {
  const words = signInProblemWords(error);
  if (words.message) return { fields: {}, items: [{ key: 'error', message: words.message }] };
  return problemsFor(words.fields);
}

/** The page's document title (also written into the prerendered page). */
export function signInPageTitle(hasProblems: boolean): string {
  return `${hasProblems ? 'Error: ' : ''}Sign in – ${PORTAL_NAME}`;
}

export function SignInPage() {
  const queryClient = useQueryClient();
  // No window when prerendered; the entry script renders afresh when history holds a notice.
  const [notice] = useState(() =>
    typeof window === 'undefined' ? null : signInNoticeFrom(window.history.state),
  );
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordShown, setPasswordShown] = useState(false);
  const [problems, setProblems] = useState<Problems>(noProblems);
  const [attempted, setAttempted] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mutation = useMutation({
    mutationFn: (credentials: SignInCredentials) => signIn(credentials),
    retry: false,
  });
  const hasProblems = problems.items.length > 0;
  const busy = mutation.isPending;

  // A new page: focus its heading, as the wizard does on each step change; unless the person
  // is already typing in the prerendered form, whose early typing is put back here too.
  useEffect(() => {
    void putBackEarlyTyping();
    if (document.activeElement === null || document.activeElement === document.body)
      headingRef.current?.focus();
  }, []);

  useEffect(() => {
    document.title = signInPageTitle(hasProblems);
  }, [hasProblems]);

  useEffect(() => {
    if (summaryFocus > 0) document.getElementById(SUMMARY_ID)?.focus();
  }, [summaryFocus]);

  const showProblems = (next: Problems) => {
    setProblems(next);
    setSummaryFocus((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const missing: Partial<Record<Field, string>> = {};
    if (userName.trim() === '') missing.userName = 'Enter your username';
    if (password === '') missing.password = 'Enter your password';
    if (Object.keys(missing).length > 0) {
      showProblems(problemsFor(missing));
      return;
    }
    setProblems(noProblems);
    mutation.mutate(
      { userName: userName.trim(), password },
      {
        onSuccess: (identity) => {
          queryClient.setQueryData(SESSION_QUERY_KEY, identity);
          // The wizard puts focus on its first field: the person signed in to start work.
          noteSignedInJustNow();
          navigate(returnPathAfterSignIn(window.location.search), { replace: true });
        },
        onError: (error) => {
          if (error instanceof Net3ApiError && error.kind === 'unauthorized') setPassword('');
          showProblems(problemsForError(error));
        },
      },
    );
  };

  const userNameError = problems.fields.userName;
  const passwordError = problems.fields.password;

  return (
    <Panel style={{ maxWidth: 520, marginInline: 'auto' }}>
      <Typography variant="h2" ref={headingRef} tabIndex={-1} sx={{ mb: 3 }}>
        Sign in
      </Typography>
      {notice && !attempted && (
        <PortalAlert
          role="status"
          severity={notice === 'session-ended' ? 'info' : 'success'}
          style={{ marginBottom: 24 }}
        >
          {noticeText[notice]}
        </PortalAlert>
      )}
      {hasProblems && <ErrorSummary id={SUMMARY_ID} items={problems.items} />}
      <Typography sx={{ mb: 3 }}>Sign in with your Net3 staff username and password.</Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Column spacing={3}>
          <FieldFrame id={USERNAME_ID} label="Username" error={userNameError}>
            <OutlinedInput
              id={USERNAME_ID}
              name="username"
              value={userName}
              error={Boolean(userNameError)}
              onChange={(event) => setUserName(event.target.value)}
              autoComplete="username"
              inputProps={{
                spellCheck: false,
                autoCapitalize: 'none',
                autoCorrect: 'off',
                'aria-describedby': describedBy(USERNAME_ID, undefined, userNameError),
              }}
            />
          </FieldFrame>
          <FieldFrame id={PASSWORD_ID} label="Password" error={passwordError}>
            <OutlinedInput
              id={PASSWORD_ID}
              name="password"
              type={passwordShown ? 'text' : 'password'}
              value={password}
              error={Boolean(passwordError)}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              inputProps={{
                spellCheck: false,
                autoCapitalize: 'none',
                autoCorrect: 'off',
                'aria-describedby': describedBy(PASSWORD_ID, undefined, passwordError),
              }}
              endAdornment={
                <InputAdornment position="end">
                  <PortalButton
                    variant="text"
                    size="small"
                    aria-controls={PASSWORD_ID}
                    aria-label={passwordShown ? 'Hide password' : 'Show password'}
                    onClick={() => setPasswordShown((shown) => !shown)}
                  >
                    {passwordShown ? 'Hide' : 'Show'}
                  </PortalButton>
                </InputAdornment>
              }
            />
          </FieldFrame>
          <div role="status" aria-live="polite" className="visually-hidden">
            {passwordShown ? 'Your password is visible' : ''}
          </div>
          <Box>
            <SignInButton busy={busy} />
            <Box role="status" sx={{ mt: 1, minHeight: '1.5em' }}>
              {busy ? 'Signing in…' : ''}
            </Box>
          </Box>
        </Column>
      </Box>
    </Panel>
  );
}

/** Disabled only until the prerendered page comes alive (wizard-actions.tsx says why). */
function SignInButton({ busy }: { busy: boolean }) {
  const hydrated = useHydrated();
  return (
    <PortalButton
      type="submit"
      variant="contained"
      size="large"
      disabled={!hydrated}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      startIcon={busy ? <BusySpinner size={18} /> : undefined}
    >
      Sign in
    </PortalButton>
  );
}
