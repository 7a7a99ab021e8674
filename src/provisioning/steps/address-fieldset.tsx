// One address of the Addresses list, as a <fieldset> named "Address N". Memoised and fed
// only its index, the control and stable callbacks, so editing one address never
// re-renders another: each field subscribes to its own value and error.
import { memo } from 'react';
import type { Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { usStates } from '../form/us-states.ts';
import { FormTextField } from '../../components/form-text-field.tsx';
import { FormSelectField } from '../../components/form-select-field.tsx';
import { FormCheckbox } from '../../components/form-checkbox.tsx';
import { FieldColumns } from './field-columns.tsx';
import { ListItemFieldset, type ListItemProps } from './list-item-fieldset.tsx';

const stateOptions = usStates.map((state) => ({ value: state.code, label: state.name }));

type AddressFieldsetProps = ListItemProps & {
  control: Control<ProvisionCustomerForm>;
  onPrimaryChosen: (index: number) => void;
};

export const AddressFieldset = memo(function AddressFieldset({
  control,
  onPrimaryChosen,
  ...item
}: AddressFieldsetProps) {
  const { index } = item;
  const name = `addresses.${index}` as const;

  return (
    <ListItemFieldset legend={`Address ${index + 1}`} removeLabel="Remove address" {...item}>
      <FormTextField
        control={control}
        name={`${name}.street`}
        label="Street"
        autoComplete="address-line1"
      />
      <FieldColumns columns="3fr 3fr 2fr">
        <FormTextField
          control={control}
          name={`${name}.city`}
          label="City"
          autoComplete="address-level2"
        />
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
      </FieldColumns>
      <FieldColumns columns="2fr 1fr">
        <FormTextField
          control={control}
          name={`${name}.telephone`}
          label="Telephone"
          optional
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
      </FieldColumns>
      <FormTextField
        control={control}
        name={`${name}.email`}
        label="Email"
        optional
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <FormTextField control={control} name={`${name}.notes`} label="Notes" optional multiline />
      <FormCheckbox
        control={control}
        name={`${name}.primary`}
        label="Primary address"
        hint="The company's main address. Choosing it un-chooses the others."
        onCheckedChange={(checked) => {
          if (checked) onPrimaryChosen(index);
        }}
      />
    </ListItemFieldset>
  );
});
