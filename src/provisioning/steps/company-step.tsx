// Step 1, Company: who the customer is, then (staff only) their Net3 account settings and
// references to other systems (company-account-fields.tsx). A reseller signing up is asked
// only who they are: name, email, phone, extension. A referral shows as "Referred by".
import { memo } from 'react';
import Box from '@mui/material/Box';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FormTextField } from '../../components/form-text-field.tsx';
import type { WizardAudienceId } from '../wizard-audience.ts';
import { CompanyAccountFields } from './company-account-fields.tsx';
import { ReferredBy } from './referred-by.tsx';

type CompanyStepProps = {
  control: Control<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

const twoColumns = { display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' } };

export const CompanyStep = memo(function CompanyStep({
  control,
  audience = 'staff',
}: CompanyStepProps) {
  const staff = audience === 'staff';
  return (
    <Column spacing={4}>
      <Column spacing={3}>
        {!staff && (
          <Typography>
            Sign your company up to resell Net3 services. Net3 reviews every signup and replies by
            email.
          </Typography>
        )}
        {!staff && <ReferredBy control={control} />}
        <Typography variant="h3" component="h3">
          {staff ? 'Customer' : 'Your company'}
        </Typography>
        <FormTextField
          control={control}
          name="customer.customerName"
          label="Customer name"
          hint={staff ? undefined : 'Your company’s name, as Net3 should show it'}
          autoComplete="organization"
          spellCheck={false}
        />
        {staff && (
          <FormTextField
            control={control}
            name="customer.customerId"
            label="Customer ID"
            optional
            hint="Letters, digits, '-' and '_' only"
            spellCheck={false}
          />
        )}
        <FormTextField
          control={control}
          name="customer.email"
          label="Email"
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <Box sx={twoColumns}>
          <FormTextField
            control={control}
            name="customer.phone"
            label="Phone"
            type="tel"
            autoComplete="tel"
            hint="Include the area code, like (803) 555-0100"
          />
          <FormTextField
            control={control}
            name="customer.extension"
            label="Extension"
            optional
            type="tel"
            inputMode="numeric"
            autoComplete="tel-extension"
          />
        </Box>
      </Column>
      {staff && <CompanyAccountFields control={control} />}
    </Column>
  );
});
