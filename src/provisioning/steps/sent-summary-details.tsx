// "What was sent", collapsed: a native <details> whose <summary> opens the answers as the
// person checked them on Review, section by section. It opens by itself for printing (the
// print CSS in app-global-styles.tsx for browsers that support it, beforeprint for the rest),
// so a printed page carries the whole summary.
import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { focusRing } from '../../app/design-tokens.ts';
import type { SentSummary } from '../audience/wizard-success.ts';
import { SummaryList } from './summary-list.tsx';

// At least 44px tall (WCAG 2.5.8), the browser's own open/closed marker, a clear focus ring.
const Toggle = styled('summary')(({ theme }) => ({
  display: 'list-item',
  minHeight: 44,
  paddingBlock: 10,
  boxSizing: 'border-box',
  cursor: 'pointer',
  color: theme.palette.primary.main,
  fontWeight: 700,
  fontSize: '1.0625rem',
  textDecoration: 'underline',
  textUnderlineOffset: 3,
  '&:focus-visible': focusRing(),
}));

const groupHeading = { mt: 2, mb: 0.5, fontSize: '1rem', fontWeight: 700 } as const;

export function SentSummaryDetails({ sent }: { sent: SentSummary }) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    let wasOpen = false;
    const open = () => {
      if (!details.current) return;
      wasOpen = details.current.open;
      details.current.open = true;
    };
    const restore = () => {
      if (details.current) details.current.open = wasOpen;
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, []);

  return (
    <details ref={details}>
      <Toggle>What was sent</Toggle>
      {sent.sections.map((section) => (
        <Box component="section" key={section.title} aria-label={section.title} sx={{ mt: 2 }}>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {section.title}
          </Typography>
          {section.groups.map((group, index) => (
            <Box key={`${group.heading}-${index}`}>
              {group.heading !== '' && (
                <Typography variant="h4" sx={groupHeading}>
                  {group.heading}
                </Typography>
              )}
              <SummaryList rows={group.rows} />
            </Box>
          ))}
        </Box>
      ))}
    </details>
  );
}
