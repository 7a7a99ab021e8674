// "Referred by a Net3 partner (partner-17)": the referral a reseller's signup link carried
// (/signup?parent=partner-17), shown instead of an input, in words that say what the id is.
// Nothing when there is none.
import Typography from '@mui/material/Typography';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';

/** How a referral reads to the reseller, here and on Review. */
export function referredByText(parentCompanyId: string): string {
  return `Referred by a Net3 partner (${parentCompanyId})`;
}

export function ReferredBy({ control }: { control: Control<ProvisionCustomerForm> }) {
  const parentCompanyId = useWatch({ control, name: 'customer.parentCompanyId' }).trim();
  if (parentCompanyId === '') return null;
  return (
    <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
      {referredByText(parentCompanyId)}
    </Typography>
  );
}
