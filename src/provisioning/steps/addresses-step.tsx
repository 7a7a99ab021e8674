// Step 2, Addresses: one or more addresses, exactly one of them primary. Adding, removing
// with Undo and keying items by field.id: use-removable-list.ts. Removing the primary
// address asks for a new choice (or, with one address left, makes it primary).
import { memo, useCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AddressForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { emptyAddress } from '../form/form-defaults.ts';
import { AddressFieldset } from './address-fieldset.tsx';
import { ListStepFrame } from './list-step-frame.tsx';
import { useRemovableList, type FormValues } from './use-removable-list.ts';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

type AddressesStepProps = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

const newAddress = (addresses: AddressForm[]) =>
  emptyAddress(!addresses.some((address) => address.primary));

function describeRemoval(
  address: AddressForm,
  index: number,
  { getValues, setValue }: FormValues,
): string {
  const message = `Address ${index + 1} removed.`;
  if (!address.primary) return message;
  if (getValues('addresses').length === 1) {
    setValue('addresses.0.primary', true, { shouldDirty: true });
    return `${message} It was the primary address, so Address 1 is now the primary address.`;
  }
  return `${message} It was the primary address: choose a new primary address.`;
}

export const AddressesStep = memo(function AddressesStep({
  form,
  audience = 'staff',
}: AddressesStepProps) {
  const { control, getValues, setValue } = form;

  // "Primary address" behaves like a radio button across the list.
  const choosePrimary = useCallback(
    (chosen: number) => {
      getValues('addresses').forEach((address, index) => {
        if (index !== chosen && address.primary) {
          setValue(`addresses.${index}.primary`, false, { shouldDirty: true });
        }
      });
    },
    [getValues, setValue],
  );

  const { fields, addItem, removeItem, removal, undoRemoval } = useRemovableList({
    form,
    name: 'addresses',
    firstField: 'street',
    newItem: newAddress,
    describeRemoval,
    onRestored: (address, index) => {
      if (address.primary) choosePrimary(index);
    },
  });

  return (
    <ListStepFrame
      control={control}
      name="addresses"
      intro={describeAudience(audience).wording.addressesIntro}
      removal={removal}
      onUndo={undoRemoval}
      addLabel="Add address"
      onAdd={addItem}
    >
      {fields.map((field, index) => (
        <AddressFieldset
          key={field.id}
          control={control}
          index={index}
          canRemove={fields.length > 1}
          onRemove={removeItem}
          onPrimaryChosen={choosePrimary}
        />
      ))}
    </ListStepFrame>
  );
});
