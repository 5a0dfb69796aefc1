import { createTheme } from '@mui/material';

/** The AWS console's look on MUI: Amazon Ember-like type, blue actions, square-ish corners. */
export const theme = createTheme({
  palette: {
    primary: { main: '#0972d3' },
    error: { main: '#d91515' },
    success: { main: '#037f0c' },
    background: { default: '#f2f3f3' },
    text: { primary: '#000716', secondary: '#414d5c' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Amazon Ember", "Helvetica Neue", Roboto, Arial, sans-serif',
    fontSize: 14,
    h1: { fontSize: 24, fontWeight: 700, lineHeight: 1.3 },
    button: { textTransform: 'none', fontWeight: 700 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { borderRadius: 20 } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 700, color: '#414d5c' } } },
    // Keyboard users need to see where focus is (WCAG 2.4.7).
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': { outline: '2px solid #0972d3', outlineOffset: 2 } } },
    },
  },
});
