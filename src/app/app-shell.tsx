// The page frame: a "Skip to main content" link (the first thing Tab reaches, shown when
// focused), a header naming the site (and, on staff pages, who is signed in with Sign out),
// then one centred column (max ~760 px) that holds the page. No sideways scrolling down to
// 320 px wide.
import type { MouseEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { colours, focusRing } from './design-tokens.ts';

const MAIN_ID = 'main-content';

// Off screen until focused, then over the header's top-left corner (GOV.UK's skip link).
const SkipLink = styled('a')(({ theme }) => ({
  position: 'absolute',
  top: 8,
  left: 8,
  zIndex: 1,
  padding: '10px 16px',
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.background.paper,
  color: theme.palette.primary.main,
  fontWeight: 600,
  textDecoration: 'underline',
  textUnderlineOffset: 3,
  '&:not(:focus)': { transform: 'translateY(-200%)', opacity: 0 },
  // It only shows over the blue header: a white ring there, the primary one would vanish.
  '&:focus': focusRing(colours.surface),
}));

// Enter on the link moves focus to <main>, so the next Tab (or a screen reader's next read)
// starts at the page's own content, past the header's links and Sign out.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Focus, not the #fragment: a new URL would make a history entry the wizard reads as a move.
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

// One centred column, as wide as the form needs: styled elements, not MUI's Container.
const HeaderBar = styled('div')(({ theme }) => ({
  boxSizing: 'border-box',
  maxWidth: 808,
  margin: '0 auto',
  padding: '12px 24px',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  columnGap: 24,
  rowGap: 8,
  [theme.breakpoints.down('sm')]: { paddingInline: 16 },
}));

const Main = styled('main')(({ theme }) => ({
  display: 'block',
  boxSizing: 'border-box',
  maxWidth: 808,
  margin: '0 auto',
  padding: '16px 12px',
  [theme.breakpoints.up('sm')]: { padding: '32px 24px' },
  // Only the skip link focuses it (tabIndex -1): no ring, like the step headings.
  '&:focus': { outline: 'none' },
}));

type AppShellProps = {
  /** The site's name in the header's h1. */
  title?: string;
  /** The header's right-hand side, e.g. the signed-in account. */
  account?: ReactNode;
  children: ReactNode;
};

export function AppShell({ title = 'Net3 Customer Portal', account, children }: AppShellProps) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to main content
      </SkipLink>
      <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <HeaderBar>
          <Typography variant="h1" sx={{ m: 0 }}>
            {title}
          </Typography>
          {account}
        </HeaderBar>
      </Box>
      <Main id={MAIN_ID} tabIndex={-1}>
        {children}
      </Main>
    </Box>
  );
}
