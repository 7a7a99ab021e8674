// The public reseller signup at /signup: the staff wizard's steps with a reseller's fields
// only (resellerAudience), no sign-in. A referral link (/signup?parent=<id>) sets the
// signup's parentCompanyId; the wizard keeps the parameter in its ?step= URLs.
import { useState } from 'react';
import { ProvisionCustomerWizard } from '../provisioning/provision-customer-wizard.tsx';
import type { CustomerForm } from '../provisioning/form/form-model.ts';
import { referralFromSearch } from './referral.ts';
import { resellerAudience } from './reseller-audience.ts';

function referralPreset(): Partial<CustomerForm> | undefined {
  // Prerendered without a referral; a referral link's page is rendered afresh (entry-page-start.ts).
  if (typeof window === 'undefined') return undefined;
  const referral = referralFromSearch(window.location.search);
  return referral === null ? undefined : { parentCompanyId: referral };
}

export function SignupPage() {
  const [presetCustomer] = useState(referralPreset);
  return <ProvisionCustomerWizard audience={resellerAudience} presetCustomer={presetCustomer} />;
}
