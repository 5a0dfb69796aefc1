import { createTheme } from '@mui/material';

/**
 * People who ask their system for less motion (WCAG 2.3.3) get none: dialogs, menus and
 * ripples appear at once. Playwright's `reducedMotion: 'reduce'` takes the same path, so the
 * end-to-end tests don't wait out fades on a busy machine.
 */
const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
const noMotion = {
  transitions: { duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 } },
};

/** The AWS console's look on MUI: Amazon Ember-like type, blue actions, square-ish corners. */
export const theme = createTheme({
  ...(reduceMotion ? noMotion : {}),
  palette: {
    primary: { main: '#0972d3' },
    error: { main: '#d91515' },
    success: { main: '#037f0c' },
    // White text on filled alerts needs 4.5:1: MUI's info blue gives 3.9 (4.8 here, the AWS
    // console's own blue), its warning orange 3.1 (5.2 here).
    info: { main: '#0972d3' },
    warning: { main: '#8d6605' },
    // White content: AWS's link blue (#0972d3) needs it for 4.5:1 contrast (4.33:1 on grey).
    background: { default: '#ffffff' },
    text: { primary: '#000716', secondary: '#414d5c' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Amazon Ember", "Helvetica Neue", Roboto, Arial, sans-serif',
    fontSize: 14,
    h1: { fontSize: 24, fontWeight: 700, lineHeight: 1.3 },
    // Section headings inside a page (a container's header in the AWS console).
    h2: { fontSize: 18, fontWeight: 700, lineHeight: 1.4 },
    // A section inside a container or a dialog (a tab's parts, a dialog's Tags); MUI's own h3–h5
    // are 48–24 px, above the page title. h6 stays MUI's 20 px: it is the dialogs' title (DialogTitle).
    h3: { fontSize: 16, fontWeight: 700, lineHeight: 1.4 },
    h4: { fontSize: 16, fontWeight: 700, lineHeight: 1.4 },
    h5: { fontSize: 18, fontWeight: 700, lineHeight: 1.4 },
    button: { textTransform: 'none', fontWeight: 700 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { borderRadius: 20 } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 700, color: '#414d5c' } } },
    // A darker blue than the buttons' so links keep 4.5:1 on hovered and selected rows (5.1:1 at worst).
    MuiLink: { styleOverrides: { root: { color: '#0061c2', textDecorationColor: 'rgba(0, 97, 194, 0.4)' } } },
    // Keyboard users need to see where focus is (WCAG 2.4.7).
    MuiButtonBase: {
      defaultProps: { disableRipple: reduceMotion },
      styleOverrides: { root: { '&.Mui-focusVisible': { outline: '2px solid #0972d3', outlineOffset: 2 } } },
    },
  },
});
