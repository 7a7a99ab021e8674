// The list-level message of the Contacts list ("Choose exactly one primary contact"), shown
// above the first item. It is the error summary's link target, so it can take focus.
// Subscribes to the list's errors only. The Addresses list shows its rule in the
// "Which is the primary address?" question instead (primary-address-choice.tsx).
import Box from '@mui/material/Box';
import { useFormState, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FieldErrorText } from '../../components/field-error-text.tsx';
import type { ListName } from './use-removable-list.ts';

export function listErrorId(list: ListName): string {
  return `${list}-list-error`;
}

/** The message of the list's own rule, if it is broken; subscribes to the list's errors. */
export function useListErrorMessage(
  control: Control<ProvisionCustomerForm>,
  name: ListName,
): string | undefined {
  const { errors } = useFormState({ control, name });
  const listErrors = errors[name];
  // A rule reported at the list's own path lands on .message; one at 'root' on .root.
  return listErrors?.root?.message ?? listErrors?.message;
}

export function ListErrorMessage({
  control,
  name,
}: {
  control: Control<ProvisionCustomerForm>;
  name: ListName;
}) {
  const message = useListErrorMessage(control, name);
  if (!message) return null;
  return (
    <Box
      id={listErrorId(name)}
      tabIndex={-1}
      sx={{
        color: 'error.main',
        fontWeight: 700,
        borderLeft: 4,
        borderColor: 'error.main',
        pl: 1.5,
        py: 0.5,
      }}
    >
      <FieldErrorText message={message} />
    </Box>
  );
}
