// Step 1, Company: who the customer is, then their Net3 account settings
// (company-account-fields.tsx), then the optional references to other systems behind one
// button (company-references.tsx): the required answers come first, so a rep reaches Next
// without tabbing through fields most customers leave empty. Each input is shown when the
// audience is asked for that answer (audience/audience-description.ts): staff are asked all
// of them, a reseller signing up only who they are (name, email, phone, extension), and the
// words come from the audience too. A referral the page set shows as "Referred by". For signed-in staff,
// earlier submissions that look like this customer are listed above Next (duplicates/).
import { memo } from 'react';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FieldRow } from '../../components/field-frame.tsx';
import { FormTextField } from '../../components/form-text-field.tsx';
import {
  asksForCustomerField,
  type CustomerFieldName,
  type WizardAudienceId,
} from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';
import { DuplicateWarningSlot } from '../duplicates/duplicate-warning-slot.tsx';
import { CompanyAccountFields } from './company-account-fields.tsx';
import { asksForReferences, CompanyReferences } from './company-references.tsx';
import { ReferredBy } from './referred-by.tsx';

type CompanyStepProps = {
  control: Control<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

export const CompanyStep = memo(function CompanyStep({
  control,
  audience: audienceId = 'staff',
}: CompanyStepProps) {
  const audience = describeAudience(audienceId);
  const { wording } = audience;
  const asks = (field: CustomerFieldName) => asksForCustomerField(audience, field);
  return (
    <Column spacing={4}>
      <Column spacing={3}>
        {wording.companyIntro !== undefined && <Typography>{wording.companyIntro}</Typography>}
        {wording.firstStepNotes !== undefined && (
          <Column spacing={1}>
            <Typography>{wording.firstStepNotes.whatYouNeed}</Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {wording.firstStepNotes.privacy}
            </Typography>
          </Column>
        )}
        {audience.customerPresets.includes('parentCompanyId') && <ReferredBy control={control} />}
        <Typography variant="h3" component="h3">
          {wording.companyHeading}
        </Typography>
        {asks('customerName') && (
          <FormTextField
            control={control}
            name="customer.customerName"
            label={wording.customerNameLabel}
            hint={wording.customerNameHint}
            autoComplete="organization"
            spellCheck={false}
          />
        )}
        {asks('email') && (
          <FormTextField
            control={control}
            name="customer.email"
            label="Email"
            type="email"
            autoComplete="email"
            spellCheck={false}
          />
        )}
        {(asks('phone') || asks('extension')) && (
          <FieldRow columns="2fr 1fr">
            {asks('phone') && (
              <FormTextField
                control={control}
                name="customer.phone"
                label="Phone"
                type="tel"
                autoComplete="tel"
                hint="Include the area code, like (803) 555-0100"
              />
            )}
            {asks('extension') && (
              <FormTextField
                control={control}
                name="customer.extension"
                label="Extension"
                optional
                type="tel"
                inputMode="numeric"
                autoComplete="tel-extension"
              />
            )}
          </FieldRow>
        )}
      </Column>
      <CompanyAccountFields control={control} audience={audience} />
      {asksForReferences(audience) && <CompanyReferences control={control} audience={audience} />}
      {/* Staff only: the public signup must never learn whether a company exists. */}
      {audience.signedIn && <DuplicateWarningSlot control={control} />}
    </Column>
  );
});
