import { Box, CircularProgress, CssBaseline, ThemeProvider, Typography } from '@mui/material';
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { config } from '../config';
import { ConsoleLayout } from '../components/ConsoleLayout';
import { useEndpointLabels } from './use-endpoint-labels';
import { LoadBoundary, pageLoadFailure } from '../components/LoadBoundary';
import { afterFirstScreen } from '../components/after-first-screen';
import { navigate, useLocation } from '../components/router';
import { ResetDemoData } from '../features/demo/ResetDemoData';
import { WorkProgress } from '../features/progress/WorkProgress';
import { NAV, preloadScreens, routeFor } from './routes';
import { theme } from './theme';
import { cachesEngineOf, paths } from '../components/paths';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <ConsoleRoutes />
      <WorkProgress />
    </AppProviders>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}

function ConsoleRoutes() {
  const { pathname } = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    // The seed era's /redis still works: it becomes today's Redis OSS caches address.
    if (pathname === '/' || cachesEngineOf(pathname) === 'redis') navigate(paths.caches('redis'), { replace: true });
  }, [pathname]);
  useEffect(() => afterFirstScreen(queryClient, preloadScreens), [queryClient]);

  return <ConsoleScreen pathname={pathname} />;
}

/** One screen in the console's frame; also prerendered at build time (src/app/prerender.tsx). */
export function ConsoleScreen({ pathname }: { pathname: string }) {
  const route = routeFor(pathname);
  const labels = useEndpointLabels();
  useEffect(() => {
    document.title = `${route.title} | ElastiCache`;
  }, [route.title]);

  return (
    <ConsoleLayout
      nav={NAV}
      activeHref={pathname}
      breadcrumbs={route.breadcrumbs}
      {...labels}
      barActions={config.emulator ? <ResetDemoData /> : null}
    >
      <LoadBoundary key={pathname} fallback={pageLoadFailure}>
        <Suspense fallback={<PageLoading />}>{route.element}</Suspense>
      </LoadBoundary>
    </ConsoleLayout>
  );
}

function PageLoading() {
  return (
    <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', p: 4 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>Loading</Typography>
    </Box>
  );
}
