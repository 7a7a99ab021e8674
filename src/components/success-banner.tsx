// The green banner that opens a success page: its heading takes focus when the page
// appears, so a screen reader announces the outcome and Tab continues from there.
import { useEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { severityTones } from '../app/design-tokens.ts';

type SuccessBannerProps = { heading: string; children?: ReactNode };

export function SuccessBanner({ heading, children }: SuccessBannerProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Box
      sx={{
        borderLeft: 6,
        borderColor: 'success.main',
        bgcolor: severityTones.success.tint,
        px: { xs: 2, sm: 3 },
        py: 2,
      }}
    >
      <Typography variant="h2" ref={headingRef} tabIndex={-1}>
        {heading}
      </Typography>
      {children}
    </Box>
  );
}
