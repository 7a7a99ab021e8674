// The page around the Addresses or Contacts list: the audience's intro, the list-level
// message, the items, the notice after a removal (with Undo), the Add button and, when the
// list has one, a question about the whole list ("Which is the primary address?").
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import type { ProvisionCustomerForm } from '../form/form-model.ts';
import { ListErrorMessage } from './list-error-message.tsx';
import { RemovalNotice } from './removal-notice.tsx';
import type { ListName } from './use-removable-list.ts';

type ListStepFrameProps = {
  control: Control<ProvisionCustomerForm>;
  name: ListName;
  intro: string;
  /** The last removal's notice, if one is showing; key renews it (and its focus). */
  removal: { message: string; key: number } | null;
  onUndo: () => void;
  addLabel: string;
  onAdd: () => void;
  /**
   * Asked after the Add button, about the list as a whole. It shows the list's own rule
   * where the person answers it, so the list-level message is not repeated above the items.
   */
  listQuestion?: ReactNode;
  /** The list's items. */
  children: ReactNode;
};

export function ListStepFrame({
  control,
  name,
  intro,
  removal,
  onUndo,
  addLabel,
  onAdd,
  listQuestion,
  children,
}: ListStepFrameProps) {
  return (
    <Column spacing={3}>
      <Typography>{intro}</Typography>
      {!listQuestion && <ListErrorMessage control={control} name={name} />}
      {children}
      {removal && (
        <RemovalNotice
          key={removal.key}
          message={removal.message}
          undoLabel="Undo"
          onUndo={onUndo}
        />
      )}
      <Box>
        <PortalButton variant="outlined" onClick={onAdd}>
          {addLabel}
        </PortalButton>
      </Box>
      {listQuestion}
    </Column>
  );
}
