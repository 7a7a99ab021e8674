// "Which is the primary address?": one choice among the addresses, asked after the list as
// a radio group (a <fieldset> with a <legend>, native radios sharing one name, so Tab
// reaches the group once and the arrow keys move the choice). The form model and the wire
// keep a `primary` flag per address; each radio edits its own address's flag and choosing
// one clears the others, so at most one is ever chosen by the person. Nothing is chosen
// for them: after the primary address is removed no radio is checked until they choose.
// The list rule ("Choose exactly one primary address", errors.addresses.root) is shown
// here, and the error summary links to the first radio.
import { memo } from 'react';
import { styled } from '@mui/material/styles';
import { useWatch, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { RadioLabel } from '../../components/checkbox-label.tsx';
import { ChoiceFieldset, ChoiceLegend } from '../../components/choice-fieldset.tsx';
import { FieldErrorText } from '../../components/field-error-text.tsx';
import { describedBy, errorId } from '../../components/field-id.ts';
import { FieldHintAndError } from '../../components/field-hint-and-error.tsx';
import { FieldMessage } from '../../components/field-message.tsx';
import { useFormField } from '../../components/use-form-field.ts';
import { useListErrorMessage } from './list-error-message.tsx';

/** The group's own id; its hint and the list rule's message hang off it (field-id.ts). */
export const PRIMARY_ADDRESS_GROUP_ID = 'primary-address';
const RADIO_NAME = 'primary-address';
const HINT = 'Its street, city, state and postal code are sent as the company address.';

const Legend = styled(ChoiceLegend)({ fontSize: '1.125rem', fontWeight: 700 });
const Where = styled('span')(({ theme }) => ({ color: theme.palette.text.secondary }));

type PrimaryAddressChoiceProps = {
  control: Control<ProvisionCustomerForm>;
  /** useFieldArray's ids of the addresses, in order: one radio each, keyed by them. */
  addressIds: readonly string[];
  onChoose: (index: number) => void;
};

export const PrimaryAddressChoice = memo(function PrimaryAddressChoice({
  control,
  addressIds,
  onChoose,
}: PrimaryAddressChoiceProps) {
  const listError = useListErrorMessage(control, 'addresses');
  const id = PRIMARY_ADDRESS_GROUP_ID;
  return (
    <ChoiceFieldset
      id={id}
      invalid={Boolean(listError)}
      aria-describedby={describedBy(id, HINT, listError)}
    >
      <Legend>Which is the primary address?</Legend>
      <FieldHintAndError id={id} hint={HINT} error={listError} />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {addressIds.map((addressId, index) => (
          <PrimaryAddressOption
            key={addressId}
            control={control}
            index={index}
            listInvalid={Boolean(listError)}
            onChoose={onChoose}
          />
        ))}
      </div>
    </ChoiceFieldset>
  );
});

type PrimaryAddressOptionProps = {
  control: Control<ProvisionCustomerForm>;
  index: number;
  listInvalid: boolean;
  onChoose: (index: number) => void;
};

/**
 * The radio for one address: "Address 2: 200 Bay Rd, Charleston", so the person sees which
 * address they choose. It is the `addresses.N.primary` field (id and ref), so setFocus and
 * an error the server sends about that flag both land here.
 */
const PrimaryAddressOption = memo(function PrimaryAddressOption({
  control,
  index,
  listInvalid,
  onChoose,
}: PrimaryAddressOptionProps) {
  const name = `addresses.${index}.primary` as const;
  const { id, field, inputRef, error } = useFormField({ control, name });
  const [street, city] = useWatch({
    control,
    name: [`addresses.${index}.street`, `addresses.${index}.city`],
  });
  const where = [street.trim(), city.trim()].filter(Boolean).join(', ');
  return (
    <div>
      <RadioLabel
        label={
          <>
            Address {index + 1}
            {where && <Where>: {where}</Where>}
          </>
        }
        id={id}
        name={RADIO_NAME}
        value={String(index)}
        checked={field.value}
        onChange={() => onChoose(index)}
        onBlur={field.onBlur}
        ref={inputRef}
        aria-invalid={listInvalid || Boolean(error) || undefined}
        aria-describedby={error ? errorId(id) : undefined}
      />
      {error && (
        <FieldMessage id={errorId(id)} tone="error">
          <FieldErrorText message={error} />
        </FieldMessage>
      )}
    </div>
  );
});
