import { Typography } from '@mui/material';
import type { QueryClient } from '@tanstack/react-query';
import { clusterQueries } from '../api/clusters';
import { Suspense, type ReactNode } from 'react';
import type { Crumb } from '../components/ConsoleLayout';
import { LazyDialog, LoadBoundary, pageLoadFailure } from '../components/LoadBoundary';
import { lazyWithPreload } from '../components/lazy-with-preload';
import { RouterLink } from '../components/RouterLink';
import type { RenderBackupDialog } from '../features/clusters/CacheActions';
import type { RenderEvents } from '../features/clusters/CacheTabs';
import { ClustersPage } from '../features/clusters/ClustersPage';
import { cachePageOf, cachesEngineOf, decodeSegment, paths } from '../components/paths';
import { ENGINE_LABELS } from '../domain/engines';

// Everything but the clusters table loads after it (preloadScreens, once its reads have answered).
const BackupsPage = lazyWithPreload(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const BackupDetailPage = lazyWithPreload(() => import('../features/backups/BackupDetailPage'), 'BackupDetailPage');
const CachePage = lazyWithPreload(() => import('../features/clusters/CachePage'), 'CachePage');
const EventsPage = lazyWithPreload(() => import('../features/events/EventsPage'), 'EventsPage');
const EventsList = lazyWithPreload(() => import('../features/events/EventsList'), 'EventsList');
const CreateBackupDialog = lazyWithPreload(() => import('../features/create-backup/CreateBackupDialog'), 'CreateBackupDialog');

/** Fetches the code of the other screens and the Create Backup dialog ahead of need. */
export function preloadScreens(): void {
  for (const part of [CreateBackupDialog, BackupsPage, BackupDetailPage, CachePage, EventsPage, EventsList]) part.preload().catch(() => undefined);
}

/**
 * Starts the first screen's reads before React renders it (src/main.tsx): the requests are on
 * their way while the app's code runs and the frame renders, rather than after (issue 17).
 * The screen's own useQuery then joins them. `/` leads to the Redis OSS caches.
 */
export function prefetchFirstScreen(queryClient: QueryClient, pathname: string): void {
  if (pathname === '/' || cachesEngineOf(pathname)) void queryClient.prefetchQuery(clusterQueries.list());
}

export interface Route {
  breadcrumbs: Crumb[];
  title: string;
  element: ReactNode;
}

/** Today's console's navigation pane: caches by engine, then backups and events. */
export const NAV = [
  { label: 'Valkey caches', href: paths.caches('valkey') },
  { label: 'Redis OSS caches', href: paths.caches('redis') },
  { label: 'Memcached caches', href: paths.caches('memcached') },
  { label: 'Backups', href: paths.backups() },
  { label: 'Events', href: paths.events() },
];

const home: Crumb = { label: 'ElastiCache', href: paths.caches('redis') };

const renderBackupDialog: RenderBackupDialog = (cluster, close) => (
  <LazyDialog key={cluster.id} title="Create Backup" onClose={close}>
    <CreateBackupDialog cluster={cluster} onClose={close} />
  </LazyDialog>
);

// A cache page's Events tab: the Events feature's list for one source (features don't import each other).
const renderEvents: RenderEvents = (source) => (
  <LoadBoundary fallback={pageLoadFailure}>
    <Suspense fallback={<Typography role="status">Loading events</Typography>}>
      <EventsList label={`Events of ${source.id}`} source={source} />
    </Suspense>
  </LoadBoundary>
);

/** The screen for a path: each has its own URL. */
export function routeFor(pathname: string): Route {
  const engine = cachesEngineOf(pathname);
  if (engine) {
    const title = `${ENGINE_LABELS[engine]} caches`;
    return {
      title,
      breadcrumbs: [home, { label: title }],
      element: (
        <ClustersPage
          key={engine}
          engine={engine}
          renderBackupDialog={renderBackupDialog}
        />
      ),
    };
  }
  const cachePage = cachePageOf(pathname);
  if (cachePage) {
    const label = `${ENGINE_LABELS[cachePage.engine]} caches`;
    return {
      title: cachePage.id,
      breadcrumbs: [home, { label, href: paths.caches(cachePage.engine) }, { label: cachePage.id }],
      element: <CachePage key={pathname} {...cachePage} renderBackupDialog={renderBackupDialog} renderEvents={renderEvents} />,
    };
  }
  if (pathname.replace(/\/$/, '') === paths.backups()) {
    return { title: 'Backups', breadcrumbs: [home, { label: 'Backups' }], element: <BackupsPage renderBackupDialog={renderBackupDialog} /> };
  }
  if (pathname.replace(/\/$/, '') === paths.events()) {
    return { title: 'Events', breadcrumbs: [home, { label: 'Events' }], element: <EventsPage /> };
  }
  const detail = /^\/backups\/([^/]+)$/.exec(pathname);
  if (detail?.[1]) {
    const name = decodeSegment(detail[1]);
    return {
      title: name,
      breadcrumbs: [home, { label: 'Backups', href: paths.backups() }, { label: name }],
      element: <BackupDetailPage key={name} name={name} />,
    };
  }
  return {
    title: 'Page not found',
    breadcrumbs: [home, { label: 'Page not found' }],
    element: (
      <>
        <Typography variant="h1" gutterBottom>
          Page not found
        </Typography>
        <Typography>
          There is no console page at {pathname}. Go to <RouterLink href={paths.caches('redis')}>Redis OSS caches</RouterLink>.
        </Typography>
      </>
    ),
  };
}
