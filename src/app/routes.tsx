import { Typography } from '@mui/material';
import { lazy, type ReactNode } from 'react';
import type { Crumb } from '../components/ConsoleLayout';
import { RouterLink } from '../components/RouterLink';
import { CreateBackupDialog } from '../features/backup/CreateBackupDialog';
// The Backups screens load on first visit: they are not needed before the clusters table shows.
const BackupsPage = lazy(() => import('../features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const BackupDetailPage = lazy(() =>
  import('../features/backups/BackupDetailPage').then((m) => ({ default: m.BackupDetailPage })),
);
import { ClustersPage } from '../features/clusters/ClustersPage';

export interface Route {
  breadcrumbs: Crumb[];
  title: string;
  element: ReactNode;
}

export const NAV = [
  { label: 'Redis', href: '/redis' },
  { label: 'Backups', href: '/backups' },
];

const home: Crumb = { label: 'ElastiCache', href: '/redis' };

/** The screen for a path: each has its own URL. */
export function routeFor(pathname: string): Route {
  if (pathname === '/redis' || pathname === '/redis/') {
    return {
      title: 'Redis clusters',
      breadcrumbs: [home, { label: 'Redis clusters' }],
      element: (
        <ClustersPage
          renderBackupDialog={(cluster, close) => <CreateBackupDialog key={cluster.id} cluster={cluster} onClose={close} />}
        />
      ),
    };
  }
  if (pathname === '/backups' || pathname === '/backups/') {
    return { title: 'Backups', breadcrumbs: [home, { label: 'Backups' }], element: <BackupsPage /> };
  }
  const detail = /^\/backups\/([^/]+)$/.exec(pathname);
  if (detail?.[1]) {
    const name = decodeURIComponent(detail[1]);
    return {
      title: name,
      breadcrumbs: [home, { label: 'Backups', href: '/backups' }, { label: name }],
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
          There is no console page at {pathname}. Go to <RouterLink href="/redis">Redis clusters</RouterLink>.
        </Typography>
      </>
    ),
  };
}
