// One contact of the Contacts list, as a <fieldset> named "Contact N": name, email,
// telephone (with "Use company phone") and a Roles checkbox group. Memoised like
// AddressFieldset, so editing one contact never re-renders another.
import { memo } from 'react';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { contactRoleNames, type TypeContactRole } from '../contract/contact-role-names.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FormTextField } from '../../components/form-text-field.tsx';
import { FormCheckboxGroup } from '../../components/form-checkbox-group.tsx';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';
import { FieldColumns } from './field-columns.tsx';
import { ListItemFieldset, type ListItemProps } from './list-item-fieldset.tsx';

export const contactRoleLabels: Record<TypeContactRole, string> = {
  Primary: 'Primary',
  Technical: 'Technical',
  Billing: 'Billing',
  Reseller: 'Reseller',
  Sales: 'Sales',
  ContractSignatory: 'Contract signatory',
};

/** The Roles boxes, each with the audience's hint for it when it has hints. */
function roleOptions(hints: ContactFieldsetProps['roleHints']) {
  return contactRoleNames.map((role) => ({
    value: role,
    label: contactRoleLabels[role],
    hint: hints?.[role],
  }));
}

type ContactFieldsetProps = ListItemProps & {
  control: Control<ProvisionCustomerForm>;
  setValue: UseFormSetValue<ProvisionCustomerForm>;
  /** What each role means, from the audience (the reseller signup); none for staff. */
  roleHints?: Readonly<Record<TypeContactRole, string>>;
};

export const ContactFieldset = memo(function ContactFieldset({
  control,
  setValue,
  roleHints,
  ...item
}: ContactFieldsetProps) {
  const { index } = item;
  const name = `contacts.${index}` as const;
  const number = index + 1;
  // Only changes on the Company step, so this never re-renders while contacts are edited.
  const companyPhone = useWatch({ control, name: 'customer.phone' }).trim();

  return (
    <ListItemFieldset legend={`Contact ${number}`} removeLabel="Remove contact" {...item}>
      <FieldColumns columns="1fr 1fr">
        <FormTextField
          control={control}
          name={`${name}.firstName`}
          label="First name"
          autoComplete="given-name"
          spellCheck={false}
        />
        <FormTextField
          control={control}
          name={`${name}.lastName`}
          label="Last name"
          autoComplete="family-name"
          spellCheck={false}
        />
      </FieldColumns>
      <FormTextField
        control={control}
        name={`${name}.email`}
        label="Email"
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <Column spacing={1}>
        <FormTextField
          control={control}
          name={`${name}.telephone`}
          label="Telephone"
          optional
          type="tel"
          autoComplete="tel"
        />
        {companyPhone !== '' && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5 }}>
            <PortalButton
              variant="text"
              onClick={() =>
                setValue(`${name}.telephone`, companyPhone, {
                  shouldDirty: true,
                  shouldTouch: true,
                })
              }
            >
              Use company phone <VisuallyHidden>for contact {number}</VisuallyHidden>
            </PortalButton>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {companyPhone}
            </Typography>
          </Box>
        )}
      </Column>
      <FormCheckboxGroup
        control={control}
        name={`${name}.roles`}
        legend="Roles"
        hint="Choose all that apply. Exactly one contact must be the Primary contact."
        options={roleOptions(roleHints)}
      />
    </ListItemFieldset>
  );
});
