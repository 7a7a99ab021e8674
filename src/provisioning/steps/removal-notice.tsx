// Shown after an address or contact is removed: says what happened and offers Undo.
// It takes focus, because the button that was pressed has gone with the removed item.
import { useEffect, useRef } from 'react';
import { PortalAlert } from '../../components/portal-alert.tsx';
import Box from '@mui/material/Box';
import { PortalButton } from '../../components/portal-button.tsx';

type RemovalNoticeProps = { message: string; undoLabel: string; onUndo: () => void };

export function RemovalNotice({ message, undoLabel, onUndo }: RemovalNoticeProps) {
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    noticeRef.current?.focus();
  }, [message]);

  return (
    <PortalAlert ref={noticeRef} tabIndex={-1} severity="info" role="status">
      {message}
      <Box sx={{ mt: 1 }}>
        <PortalButton color="inherit" variant="outlined" size="small" onClick={onUndo}>
          {undoLabel}
        </PortalButton>
      </Box>
    </PortalAlert>
  );
}
