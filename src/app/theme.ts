// The portal's one MUI theme: calm blue on white, the system font stack (no web font
// to download), colours from design-tokens.ts. It configures only what still renders from
// MUI: CssBaseline, Typography, Box, Dialog and the sign-in page's OutlinedInput; the
// portal's own components (src/components/) read the palette and shape from it.
import { createTheme, type Theme } from '@mui/material/styles';
import { colours } from './design-tokens.ts';

const systemFontStack = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  'sans-serif',
].join(',');

function createPortalTheme(): Theme {
  return createTheme({
    palette: {
      primary: { main: colours.primary },
      error: { main: colours.error },
      warning: { main: colours.warning },
      success: { main: colours.success },
      background: { default: colours.page, paper: colours.surface },
      text: { primary: colours.text, secondary: colours.textSecondary },
      divider: colours.divider,
      action: { hover: colours.hoverTint },
    },
    typography: {
      fontFamily: systemFontStack,
      h1: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.3 },
      h2: { fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.25 },
      h3: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.3 },
    },
    shape: { borderRadius: 6 },
    components: {
      // The sign-in page's OutlinedInput. Each InputBase would otherwise inject the autofill
      // keyframes as global styles on mount; app-global-styles.tsx adds them once.
      MuiInputBase: { defaultProps: { disableInjectingGlobalStyles: true } },
      MuiOutlinedInput: {
        // The default outline (23% black) fails the 3:1 non-text contrast rule.
        styleOverrides: { notchedOutline: { borderColor: colours.controlBorder } },
      },
    },
  });
}

let theme: Theme | undefined;

/**
 * The theme, made on first use: createTheme is some 50 ms of main thread at 4x CPU, and made
 * when this module loaded it lengthened the one task that runs the page's JavaScript.
 */
export function portalTheme(): Theme {
  theme ??= createPortalTheme();
  return theme;
}
