// "Copy summary" and "Print" on the success page. Copy puts the plain-text summary on the
// clipboard and says so ("Copied"); when the browser refuses (no permission, no secure
// context), it says so and shows the text, selected, to copy by hand. Print opens the
// browser's print dialog; the print CSS leaves the header and these buttons off the page.
import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import { focusRing } from '../../app/design-tokens.ts';
import { PortalButton } from '../../components/portal-button.tsx';

type CopyState = 'idle' | 'copied' | 'refused';

const CopyText = styled('textarea')(({ theme }) => ({
  display: 'block',
  boxSizing: 'border-box',
  width: '100%',
  minHeight: 160,
  marginTop: 4,
  padding: 8,
  font: 'inherit',
  fontSize: '0.9375rem',
  color: theme.palette.text.primary,
  backgroundColor: theme.palette.background.paper,
  border: `1px solid ${theme.palette.text.secondary}`,
  borderRadius: theme.shape.borderRadius,
  '&:focus-visible': focusRing(),
}));

export const COPY_TEXT_ID = 'summary-copy-text';

export function SummaryActions({ text }: { text: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyText = useRef<HTMLTextAreaElement>(null);

  const copySummary = async () => {
    try {
      // Missing outside a secure context; writeText rejects when permission is refused.
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('refused');
      // After the text area is on screen: select it so Ctrl+C copies it at once.
      requestAnimationFrame(() => {
        copyText.current?.focus();
        copyText.current?.select();
      });
    }
  };

  return (
    <Box className="print-hidden">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <PortalButton variant="outlined" onClick={() => void copySummary()}>
          Copy summary
        </PortalButton>
        <PortalButton variant="outlined" onClick={() => window.print()}>
          Print
        </PortalButton>
        <Box
          component="p"
          role="status"
          sx={{ m: 0, fontWeight: 600, color: copy === 'refused' ? 'error.main' : 'success.main' }}
        >
          {copy === 'copied' && 'Copied'}
        </Box>
      </Box>
      {copy === 'refused' && (
        <Box sx={{ mt: 2 }}>
          <Box component="p" role="alert" sx={{ m: 0, mb: 1 }}>
            This browser did not let the portal copy the summary. Select the text below and copy it
            (Ctrl+C, or ⌘+C on a Mac).
          </Box>
          <Box component="label" htmlFor={COPY_TEXT_ID} sx={{ fontWeight: 600 }}>
            Summary to copy
          </Box>
          <CopyText id={COPY_TEXT_ID} ref={copyText} readOnly value={text} />
        </Box>
      )}
    </Box>
  );
}
