// Shown after an address or contact is removed: says what happened and offers Undo.
// It takes focus, because the button that was pressed has gone with the removed item.
import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

type RemovalNoticeProps = { message: string; undoLabel: string; onUndo: () => void };

export function RemovalNotice({ message, undoLabel, onUndo }: RemovalNoticeProps) {
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    noticeRef.current?.focus();
  }, [message]);

  return (
    <Alert ref={noticeRef} tabIndex={-1} severity="info" role="status">
      {message}
      <Box sx={{ mt: 1 }}>
        <Button color="inherit" variant="outlined" size="small" onClick={onUndo}>
          {undoLabel}
        </Button>
      </Box>
    </Alert>
  );
}
