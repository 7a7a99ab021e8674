// One address of the Addresses list, as a <fieldset> named "Address N". Memoised and fed
// only its index, the control and stable callbacks, so editing one address never
// re-renders another: each field (and each copy button) subscribes to its own values.
// Which address is the primary one is asked once for the list (primary-address-choice.tsx).
import { memo } from 'react';
import type { Control, UseFormSetValue } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { formHints } from '../form/form-hints.ts';
import { usStates } from '../form/us-states.ts';
import { Column } from '../../components/column.tsx';
import { FormTextField } from '../../components/form-text-field.tsx';
import { FormSelectField } from '../../components/form-select-field.tsx';
import { CopyFromPrimaryAddress, EmailWithCompanyCopy, UseCompanyPhone } from './copy-buttons.tsx';
import { FieldRow } from '../../components/field-frame.tsx';
import { ListItemFieldset, type ListItemProps } from './list-item-fieldset.tsx';

const stateOptions = usStates.map((state) => ({ value: state.code, label: state.name }));

type AddressFieldsetProps = ListItemProps & {
  control: Control<ProvisionCustomerForm>;
  setValue: UseFormSetValue<ProvisionCustomerForm>;
  onCopyFromPrimary: (index: number) => void;
};

export const AddressFieldset = memo(function AddressFieldset({
  control,
  setValue,
  onCopyFromPrimary,
  ...item
}: AddressFieldsetProps) {
  const { index } = item;
  const name = `addresses.${index}` as const;
  const target = `Address ${index + 1}`;

  return (
    <ListItemFieldset legend={target} removeLabel="Remove address" {...item}>
      <CopyFromPrimaryAddress control={control} index={index} onCopy={onCopyFromPrimary} />
      <FormTextField
        control={control}
        name={`${name}.street`}
        label="Street"
        autoComplete="address-line1"
      />
      <FormTextField
        control={control}
        name={`${name}.city`}
        label="City"
        autoComplete="address-level2"
      />
      {/* Two equal columns, so the postal code's message has room beside the state. */}
      <FieldRow columns="1fr 1fr">
        <FormSelectField
          control={control}
          name={`${name}.state`}
          label="State"
          placeholder="Choose a state"
          options={stateOptions}
          autoComplete="address-level1"
        />
        <FormTextField
          control={control}
          name={`${name}.postalCode`}
          label="Postal code"
          autoComplete="postal-code"
          inputMode="numeric"
        />
      </FieldRow>
      <Column spacing={1}>
        <FieldRow columns="2fr 1fr">
          <FormTextField
            control={control}
            name={`${name}.telephone`}
            label="Telephone"
            optional
            hint={formHints.phone}
            type="tel"
            autoComplete="tel"
          />
          <FormTextField
            control={control}
            name={`${name}.extension`}
            label="Extension"
            optional
            type="tel"
            inputMode="numeric"
            autoComplete="tel-extension"
          />
        </FieldRow>
        <UseCompanyPhone
          control={control}
          setValue={setValue}
          target={target}
          phonePath={`${name}.telephone`}
          extensionPath={`${name}.extension`}
        />
      </Column>
      <EmailWithCompanyCopy
        control={control}
        setValue={setValue}
        target={target}
        emailPath={`${name}.email`}
        optional
      />
      <FormTextField control={control} name={`${name}.notes`} label="Notes" optional multiline />
    </ListItemFieldset>
  );
});
