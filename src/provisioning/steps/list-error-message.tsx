// The list-level message of the Addresses or Contacts list ("Choose exactly one primary
// address"), shown above the first item. It is the error summary's link target, so it
// can take focus. Subscribes to the list's errors only.
import Box from '@mui/material/Box';
import { useFormState, type Control } from 'react-hook-form';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { FieldErrorText } from '../../components/field-error-text.tsx';
import type { ListName } from './use-removable-list.ts';

export function listErrorId(list: ListName): string {
  return `${list}-list-error`;
}

export function ListErrorMessage({
  control,
  name,
}: {
  control: Control<ProvisionCustomerForm>;
  name: ListName;
}) {
  const { errors } = useFormState({ control, name });
  const listErrors = errors[name];
  // A rule reported at the list's own path lands on .message; one at 'root' on .root.
  const message = listErrors?.root?.message ?? listErrors?.message;
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
