// "Referred by partner-17": the referral a reseller's signup link carried
// (/signup?parent=partner-17), shown instead of an input. Nothing when there is none.
import Typography from '@mui/material/Typography';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';

export function ReferredBy({ control }: { control: Control<ProvisionCustomerForm> }) {
  const parentCompanyId = useWatch({ control, name: 'customer.parentCompanyId' }).trim();
  if (parentCompanyId === '') return null;
  return (
    <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
      Referred by {parentCompanyId}
    </Typography>
  );
}
