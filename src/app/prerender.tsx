import { ThemeProvider, type Theme } from '@mui/material/styles';
import { renderToString } from 'react-dom/server';
import { AppProviders, ConsoleScreen } from './App';
import { createQueryClient } from './query-client';

/** The layout for a desktop window (1280 px): the navigation pane shows, as on most first visits. */
const DESKTOP_PX = 1280;
const ssrMatchMedia = (query: string) => {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  return { matches: min ? Number(min[1]) <= DESKTOP_PX : false };
};
const withDesktop = (outer: Theme): Theme => ({
  ...outer,
  components: { ...outer.components, MuiUseMediaQuery: { defaultProps: { ssrMatchMedia } } },
});

/**
 * A screen as HTML, made at build time (vite.config.ts): the console's frame and the
 * page's header paint as soon as the HTML arrives; React replaces it when it starts.
 * Its queries are pending, so it shows them loading.
 */
export function prerender(pathname: string): string {
  return renderToString(
    <AppProviders queryClient={createQueryClient()}>
      <ThemeProvider theme={withDesktop}>
        <ConsoleScreen pathname={pathname} />
      </ThemeProvider>
    </AppProviders>,
  );
}
