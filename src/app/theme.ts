// The portal's one MUI theme: calm blue on white, the system font stack (no web font
// to download), AA contrast for text, borders and focus rings.
import { createTheme } from '@mui/material/styles';

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

export const theme = createTheme({
  palette: {
    // #1d4f91 on white is 8.6:1; white on it the same.
    primary: { main: '#1d4f91' },
    // MUI's default error red (#d32f2f) is 4.98:1 on white; this one is 6.1:1.
    error: { main: '#b3261e' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    text: { primary: '#1b1f24', secondary: '#4a5260' },
  },
  typography: {
    fontFamily: systemFontStack,
    h1: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.3 },
    h2: { fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.25 },
    h3: { fontSize: '1.25rem', fontWeight: 600, lineHeight: 1.3 },
    button: { textTransform: 'none', fontWeight: 600, fontSize: '1rem' },
  },
  shape: { borderRadius: 6 },
  components: {
    // Each InputBase would otherwise inject the autofill keyframes as global styles on
    // mount, which makes long forms slow to render; app-global-styles.tsx adds them once.
    MuiInputBase: { defaultProps: { disableInjectingGlobalStyles: true } },
    MuiTextField: { defaultProps: { fullWidth: true } },
    MuiOutlinedInput: {
      styleOverrides: {
        // The default outline (23% black) fails the 3:1 non-text contrast rule.
        notchedOutline: { borderColor: '#6b7280' },
      },
    },
    MuiFormHelperText: {
      // Hints and errors at a readable size, aligned with the label rather than indented.
      styleOverrides: {
        root: { fontSize: '0.9375rem', lineHeight: 1.45, marginLeft: 0, marginRight: 0 },
      },
    },
  },
});
