// Step 2, Addresses: one or more addresses, exactly one of them primary. Items are keyed
// by useFieldArray's field.id, never by index, so removing "Address 1" leaves the record
// that was "Address 2" intact under the new number. Removal offers Undo; removing the
// primary address asks for a new choice (or, with one address left, makes it primary).
import { memo, useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import Typography from '@mui/material/Typography';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { AddressForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { emptyAddress } from '../form/form-defaults.ts';
import { AddressFieldset } from './address-fieldset.tsx';
import { ListErrorMessage } from './list-error-message.tsx';
import { RemovalNotice } from './removal-notice.tsx';
import type { WizardAudienceId } from '../audience/audience-description.ts';
import { describeAudience } from '../audience/describe-audience.ts';

type AddressesStepProps = {
  form: UseFormReturn<ProvisionCustomerForm>;
  audience?: WizardAudienceId;
};

type RemovedAddress = { address: AddressForm; index: number; message: string; key: number };

export const AddressesStep = memo(function AddressesStep({
  form,
  audience = 'staff',
}: AddressesStepProps) {
  const { control, getValues, setValue } = form;
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'addresses' });
  const [removed, setRemoved] = useState<RemovedAddress | null>(null);

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

  const removeAddress = useCallback(
    (index: number) => {
      const address = getValues(`addresses.${index}`);
      remove(index);
      let message = `Address ${index + 1} removed.`;
      if (address.primary) {
        const remaining = getValues('addresses');
        if (remaining.length === 1) {
          setValue('addresses.0.primary', true, { shouldDirty: true });
          message += ' It was the primary address, so Address 1 is now the primary address.';
        } else {
          message += ' It was the primary address: choose a new primary address.';
        }
      }
      setRemoved((previous) => ({ address, index, message, key: (previous?.key ?? 0) + 1 }));
    },
    [getValues, setValue, remove],
  );

  const undoRemove = () => {
    if (!removed) return;
    insert(removed.index, removed.address, { focusName: `addresses.${removed.index}.street` });
    if (removed.address.primary) choosePrimary(removed.index);
    setRemoved(null);
  };

  const addAddress = () => {
    const hasPrimary = getValues('addresses').some((address) => address.primary);
    append(emptyAddress(!hasPrimary), { focusName: `addresses.${fields.length}.street` });
  };

  return (
    <Column spacing={3}>
      <Typography>{describeAudience(audience).wording.addressesIntro}</Typography>
      <ListErrorMessage control={control} name="addresses" />
      {fields.map((field, index) => (
        <AddressFieldset
          key={field.id}
          control={control}
          index={index}
          canRemove={fields.length > 1}
          onRemove={removeAddress}
          onPrimaryChosen={choosePrimary}
        />
      ))}
      {removed && (
        <RemovalNotice
          key={removed.key}
          message={removed.message}
          undoLabel="Undo"
          onUndo={undoRemove}
        />
      )}
      <Box>
        <PortalButton variant="outlined" onClick={addAddress}>
          Add address
        </PortalButton>
      </Box>
    </Column>
  );
});
