// Buttons that fill fields from answers already given: "Use company phone" and "Use company
// email" (from the Company step, for an address or a contact) and "Copy from primary
// address". Each is a real button whose accessible name ends with the item it fills ("Use
// company email for Contact 2"), with the value it will copy shown beside it (and
// describing it). Focus stays on the button. Values are copied as the person typed them
// (trimmed): the form keeps every answer as typed and the wire mapping turns copied and
// typed phones alike into E.164. Each is its own small component subscribed to what it
// shows, so typing elsewhere never re-renders the list item around it.
import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  useWatch,
  type Control,
  type FieldPathByValue,
  type UseFormSetValue,
} from 'react-hook-form';
import type { AddressForm, ProvisionCustomerForm } from '../form/form-model.ts';
import { Column } from '../../components/column.tsx';
import { FormTextField } from '../../components/form-text-field.tsx';
import { PortalButton } from '../../components/portal-button.tsx';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';

type TextPath = FieldPathByValue<ProvisionCustomerForm, string>;

/** A copy marks the field changed and touched, as typing it would. */
const asTyped = { shouldDirty: true, shouldTouch: true } as const;

type CopyButtonProps = {
  /** What it says: "Use company phone". */
  label: string;
  /** Heard after the label, naming where it copies to: "for Contact 2". */
  hiddenTarget: string;
  /** What will be copied, shown beside the button: "(803) 555-0100". */
  shown: string;
  onCopy: () => void;
};

export function CopyButton({ label, hiddenTarget, shown, onCopy }: CopyButtonProps) {
  const shownId = useId();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5 }}>
      <PortalButton variant="text" onClick={onCopy} aria-describedby={shownId}>
        {label} <VisuallyHidden>{hiddenTarget}</VisuallyHidden>
      </PortalButton>
      <Typography
        id={shownId}
        variant="body2"
        sx={{ color: 'text.secondary', overflowWrap: 'anywhere', minWidth: 0 }}
      >
        {shown}
      </Typography>
    </Box>
  );
}

type UseCompanyPhoneProps = {
  control: Control<ProvisionCustomerForm>;
  setValue: UseFormSetValue<ProvisionCustomerForm>;
  /** The item it fills: "Address 2", "Contact 1". */
  target: string;
  phonePath: TextPath;
  /** An address has an extension: the company's is copied with the number, when it has one. */
  extensionPath?: TextPath;
};

/** "Use company phone", shown once the company has a phone. */
export const UseCompanyPhone = memo(function UseCompanyPhone({
  control,
  setValue,
  target,
  phonePath,
  extensionPath,
}: UseCompanyPhoneProps) {
  const [phone, extension] = useWatch({ control, name: ['customer.phone', 'customer.extension'] });
  const number = phone.trim();
  const ext = extensionPath ? extension.trim() : '';
  if (number === '') return null;
  return (
    <CopyButton
      label="Use company phone"
      hiddenTarget={`for ${target}`}
      shown={ext === '' ? number : `${number} ext. ${ext}`}
      onCopy={() => {
        setValue(phonePath, number, asTyped);
        // An address's own extension is kept when the company has none to give.
        if (extensionPath && ext !== '') setValue(extensionPath, ext, asTyped);
      }}
    />
  );
});

type UseCompanyEmailProps = {
  control: Control<ProvisionCustomerForm>;
  setValue: UseFormSetValue<ProvisionCustomerForm>;
  target: string;
  emailPath: TextPath;
};

/** "Use company email", shown once the company has an email. */
export const UseCompanyEmail = memo(function UseCompanyEmail({
  control,
  setValue,
  target,
  emailPath,
}: UseCompanyEmailProps) {
  const email = useWatch({ control, name: 'customer.email' }).trim();
  if (email === '') return null;
  return (
    <CopyButton
      label="Use company email"
      hiddenTarget={`for ${target}`}
      shown={email}
      onCopy={() => setValue(emailPath, email, asTyped)}
    />
  );
});

/** An address's or a contact's Email, with "Use company email" under it. */
export function EmailWithCompanyCopy({
  control,
  setValue,
  target,
  emailPath,
  optional = false,
}: UseCompanyEmailProps & { optional?: boolean }) {
  return (
    <Column spacing={1}>
      <FormTextField
        control={control}
        name={emailPath}
        label="Email"
        optional={optional}
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <UseCompanyEmail
        control={control}
        setValue={setValue}
        target={target}
        emailPath={emailPath}
      />
    </Column>
  );
}

/** What "Copy from primary address" copies: where the address is, not how to reach it. */
export const copiedFromPrimary = [
  'street',
  'city',
  'state',
  'postalCode',
] as const satisfies (keyof AddressForm)[];

/**
 * The primary address's number and "street, city" as seen from Address index+1, or null when
 * there is nothing to copy: no primary address, this one is the primary, or the primary
 * has none of the copied answers yet.
 */
function primaryAddressToCopy(addresses: AddressForm[], index: number) {
  const primaryIndex = addresses.findIndex((address) => address.primary);
  const primary = addresses[primaryIndex];
  if (!primary || primaryIndex === index) return null;
  if (copiedFromPrimary.every((key) => primary[key].trim() === '')) return null;
  const where = [primary.street.trim(), primary.city.trim()].filter(Boolean).join(', ');
  return { number: primaryIndex + 1, where };
}

type CopyFromPrimaryAddressProps = {
  control: Control<ProvisionCustomerForm>;
  index: number;
  onCopy: (index: number) => void;
};

/** "Copy from primary address", on every address but the primary one. */
export const CopyFromPrimaryAddress = memo(function CopyFromPrimaryAddress({
  control,
  index,
  onCopy,
}: CopyFromPrimaryAddressProps) {
  // compute: re-renders only when what it shows changes, not on every key in the list.
  const primary = useWatch({
    control,
    name: 'addresses',
    compute: (addresses) => primaryAddressToCopy(addresses, index),
  });
  if (!primary) return null;
  return (
    <CopyButton
      label="Copy from primary address"
      hiddenTarget={`to Address ${index + 1}`}
      shown={`Address ${primary.number}${primary.where ? `: ${primary.where}` : ''}`}
      onCopy={() => onCopy(index)}
    />
  );
});
