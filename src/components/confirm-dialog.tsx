// A yes/no question in a MUI Dialog (focus trapped, Escape cancels), used before
// throwing work away ("Start over").
import type { ReactNode } from 'react';
import { PortalButton } from './portal-button.tsx';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  destructive = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-description"
    >
      {/* An h2 like every page's heading, so it looks like one: MUI's own title is a lighter h6. */}
      <DialogTitle id="confirm-dialog-title" sx={{ typography: 'h2' }}>
        {title}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="confirm-dialog-description">{children}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <PortalButton onClick={onCancel} variant="outlined">
          {cancelLabel}
        </PortalButton>
        <PortalButton
          onClick={onConfirm}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
        >
          {confirmLabel}
        </PortalButton>
      </DialogActions>
    </Dialog>
  );
}
