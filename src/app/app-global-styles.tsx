// Page-wide CSS the theme cannot express: the autofill keyframes MUI's inputs listen for
// (injected once here because the theme turns off per-input injection), a visually-hidden
// utility, the staff draft note's line (here, so the prerendered page holds it before the
// note's code loads: steps/draft-note-space.tsx), no focus ring on step headings that only
// receive focus from script, and what a printed page leaves out.
import GlobalStyles from '@mui/material/GlobalStyles';

const globalCss = {
  '@keyframes mui-auto-fill': { from: { display: 'block' } },
  '@keyframes mui-auto-fill-cancel': { from: { display: 'block' } },
  '.visually-hidden': {
    position: 'absolute !important',
    width: '1px !important',
    height: '1px !important',
    padding: '0 !important',
    margin: '-1px !important',
    overflow: 'hidden !important',
    clip: 'rect(0, 0, 0, 0) !important',
    whiteSpace: 'nowrap !important',
    border: '0 !important',
  },
  '.draft-status': { margin: '-16px 0 16px', minHeight: '1.5em', fontSize: '0.9375rem' },
  // A step heading receives focus from script on each step change; a ring there only distracts.
  'h2[tabindex="-1"]:focus': { outline: 'none' },
  // A printed page (the success page's Print) is the content only: no header, no buttons, no
  // page tint; a collapsed <details> (what was sent) prints open.
  '@media print': {
    'header, .print-hidden': { display: 'none !important' },
    body: { backgroundColor: 'transparent !important' },
    'details::details-content': { contentVisibility: 'visible' },
    'details > summary': {
      listStyle: 'none !important',
      textDecoration: 'none !important',
      color: 'inherit !important',
    },
    'details > summary::-webkit-details-marker': { display: 'none' },
  },
} as const;

export function AppGlobalStyles() {
  return <GlobalStyles styles={globalCss} />;
}
