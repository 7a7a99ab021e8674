// One contact of the Contacts list, as a <fieldset> named "Contact N": name, email (with
// "Use company email"), telephone (with "Use company phone") and a Roles checkbox group.
// Memoised like AddressFieldset, so editing one contact never re-renders another.
import { memo } from 'react';
import type { Control, UseFormSetValue } from 'react-hook-form';
import { contactRoleNames, type TypeContactRole } from '../contract/contact-role-names.ts';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { formHints } from '../form/form-hints.ts';
import { Column } from '../../components/column.tsx';
import { FormTextField } from '../../components/form-text-field.tsx';
import { FormCheckboxGroup } from '../../components/form-checkbox-group.tsx';
import { EmailWithCompanyCopy, UseCompanyPhone } from './copy-buttons.tsx';
import { FieldRow } from '../../components/field-frame.tsx';
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
  const target = `Contact ${index + 1}`;

  return (
    <ListItemFieldset legend={target} removeLabel="Remove contact" {...item}>
      <FieldRow columns="1fr 1fr">
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
      </FieldRow>
      <EmailWithCompanyCopy
        control={control}
        setValue={setValue}
        target={target}
        emailPath={`${name}.email`}
      />
      <Column spacing={1}>
        <FormTextField
          control={control}
          name={`${name}.telephone`}
          label="Telephone"
          optional
          hint={formHints.phone}
          type="tel"
          autoComplete="tel"
        />
        <UseCompanyPhone
          control={control}
          setValue={setValue}
          target={target}
          phonePath={`${name}.telephone`}
        />
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
