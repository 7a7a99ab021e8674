// Step 2, Addresses: one or more addresses, then "Which is the primary address?" (exactly
// one, primary-address-choice.tsx). Adding, removing with Undo and keying items by field.id:
// use-removable-list.ts. The portal never chooses the primary address for the person: a
// new address is not primary, and removing the primary one leaves none chosen, with a
// notice saying to choose again; only when a single address is left does it become the
// primary one, and the notice says so.
import { memo, useCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AddressForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { emptyAddress } from '../form/form-defaults.ts';
import { AddressFieldset } from './address-fieldset.tsx';
import { copiedFromPrimary } from './copy-buttons.tsx';
import { ListStepFrame } from './list-step-frame.tsx';
import { PrimaryAddressChoice } from './primary-address-choice.tsx';
import { useRemovableList, type FormValues } from './use-removable-list.ts';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

type AddressesStepProps = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

const newAddress = () => emptyAddress();

function describeRemoval(
  address: AddressForm,
  index: number,
  { getValues, setValue }: FormValues,
): string {
  const message = `Address ${index + 1} removed.`;
  if (!address.primary) return message;
  if (getValues('addresses').length === 1) {
    setValue('addresses.0.primary', true, { shouldDirty: true });
    return `${message} It was the primary address, so Address 1, the only one left, is now the primary address.`;
  }
  return `${message} It was the primary address: choose which address is now the primary one, under “Which is the primary address?”.`;
}

export const AddressesStep = memo(function AddressesStep({
  form,
  audience = 'staff',
}: AddressesStepProps) {
  const { control, getValues, setValue } = form;

  // One choice among the addresses: the chosen one's flag set, every other one cleared.
  const choosePrimary = useCallback(
    (chosen: number) => {
      getValues('addresses').forEach((address, index) => {
        if (address.primary !== (index === chosen)) {
          setValue(`addresses.${index}.primary`, index === chosen, { shouldDirty: true });
        }
      });
    },
    [getValues, setValue],
  );

  // Fills an address from the primary one; answers the primary lacks are left as they are.
  const copyFromPrimary = useCallback(
    (target: number) => {
      const addresses = getValues('addresses');
      const primary = addresses.find((address, index) => address.primary && index !== target);
      if (!primary) return;
      for (const key of copiedFromPrimary) {
        if (primary[key].trim() === '') continue;
        setValue(`addresses.${target}.${key}`, primary[key], {
          shouldDirty: true,
          shouldTouch: true,
        });
      }
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
      listQuestion={
        <PrimaryAddressChoice
          control={control}
          addressIds={fields.map((field) => field.id)}
          onChoose={choosePrimary}
        />
      }
    >
      {fields.map((field, index) => (
        <AddressFieldset
          key={field.id}
          control={control}
          setValue={setValue}
          index={index}
          canRemove={fields.length > 1}
          onRemove={removeItem}
          onCopyFromPrimary={copyFromPrimary}
        />
      ))}
    </ListStepFrame>
  );
});
