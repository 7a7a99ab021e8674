// The frame of one Address or Contact: a <fieldset> named "Address 2", its fields, and the
// Remove button (when the list has more than one item), whose hidden number tells screen
// reader users which item it removes.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';
import { Column } from '../../components/column.tsx';
import { FormFieldset } from '../../components/form-fieldset.tsx';
import { VisuallyHidden } from '../../components/visually-hidden.tsx';

/** What every item of a list is told by its step: where it stands and how to remove it. */
export type ListItemProps = {
  index: number;
  /** False for the last item left: a list keeps at least one. */
  canRemove: boolean;
  onRemove: (index: number) => void;
};

type ListItemFieldsetProps = ListItemProps & {
  /** "Address 2", "Contact 1". */
  legend: string;
  /** "Remove address"; the item's number follows, hidden. */
  removeLabel: string;
  children: ReactNode;
};

export function ListItemFieldset({
  legend,
  removeLabel,
  index,
  canRemove,
  onRemove,
  children,
}: ListItemFieldsetProps) {
  return (
    <FormFieldset legend={legend}>
      <Column spacing={3} style={{ paddingTop: 8 }}>
        {children}
        {canRemove && (
          <Box>
            <PortalButton variant="outlined" color="error" onClick={() => onRemove(index)}>
              {removeLabel} <VisuallyHidden>{index + 1}</VisuallyHidden>
            </PortalButton>
          </Box>
        )}
      </Column>
    </FormFieldset>
  );
}
