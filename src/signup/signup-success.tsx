// The page after a reseller's signup was received: a heading that says so (it takes focus),
// the company it was for, and what happens next and when: Net3 reviews it, then emails the
// Primary contact, whose address is shown so a typo is noticed. Of what Net3 answered, only
// the customer ID is shown, as a reference to quote: Net3's internal ids (the N3T Logins
// company ID) mean nothing to a reseller.
import Box from '@mui/material/Box';
import { Column } from '../components/column.tsx';
import { SuccessBanner } from '../components/success-banner.tsx';
import Typography from '@mui/material/Typography';
import type { WizardSuccessProps } from '../provisioning/audience/wizard-success.ts';

/**
 * How long Net3 takes to review a signup, as the page promises it. Net3's figure, to be kept
 * in step with what Net3 actually does.
 */
export const SIGNUP_REVIEW_TIME = 'two business days';

/** The reference a reseller can quote: Net3's customer ID, when its answer carried one. */
export function signupReference(result: Record<string, unknown>): string | null {
  const id = result.customerId;
  if (typeof id === 'number') return String(id);
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

export function SignupSuccess({ success }: WizardSuccessProps) {
  const reference = signupReference(success.result);
  const email = success.primaryContactEmail;
  const companyName = success.sent?.customerName ?? '';

  return (
    <Column spacing={3}>
      <SuccessBanner heading="Thanks — your signup was received">
        {companyName !== '' && (
          <Typography sx={{ mt: 1, overflowWrap: 'anywhere' }}>
            Net3 has the signup for <strong>{companyName}</strong>.
          </Typography>
        )}
      </SuccessBanner>
      <Box>
        <Typography variant="h3" sx={{ mb: 1 }}>
          What happens next
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 3, '& > li + li': { mt: 1 } }}>
          <li>Net3 reviews your signup, usually within {SIGNUP_REVIEW_TIME}.</li>
          <li>
            Net3 then emails your primary contact
            {email ? (
              <>
                {' '}
                at{' '}
                <Box component="strong" sx={{ overflowWrap: 'anywhere' }}>
                  {email}
                </Box>
              </>
            ) : null}{' '}
            with the next steps.
          </li>
        </Box>
        <Typography sx={{ mt: 2 }}>
          You do not need to sign up again. You can close this page.
        </Typography>
      </Box>
      {reference !== null && (
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            Your reference
          </Typography>
          <Typography>
            <Box component="strong" sx={{ overflowWrap: 'anywhere' }}>
              {reference}
            </Box>{' '}
            — quote it if you contact Net3 about your signup.
          </Typography>
        </Box>
      )}
    </Column>
  );
}
