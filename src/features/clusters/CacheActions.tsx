import { Button, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ActionsMenu } from '../../components/ActionsMenu';
import { focusAfterDialog } from '../../components/focus-after-dialog';
import { afterFirstScreen } from '../../components/after-first-screen';
import { lazyWithPreload } from '../../components/lazy-with-preload';
import { LazyDialog } from '../../components/LoadBoundary';
import { backupBlocker, deleteBlocker, modifyBackupSettingsBlocker } from '../../domain/cache-actions';
import type { RedisCluster } from '../../domain/cluster';
import { clusterCheckboxId } from './cluster-columns';

// Not needed to show the table: loaded once it shows.
const DeleteClusterDialog = lazyWithPreload(() => import('./DeleteClusterDialog'), 'DeleteClusterDialog');
export const BackupSettingsDialog = lazyWithPreload(() => import('./BackupSettingsDialog'), 'BackupSettingsDialog');

export type RenderBackupDialog = (cluster: RedisCluster, close: () => void) => ReactNode;

interface CacheActionsProps {
  /** The cache acted on: the list's selected row, or the cache of its own page. */
  cache: RedisCluster | undefined;
  /** The Create Backup dialog, supplied by the app (features don't import each other). */
  renderBackupDialog: RenderBackupDialog;
  /** Said when no cache is selected. */
  noneText?: { backup: string; delete: string; modify: string };
}

type Kind = 'backup' | 'modify' | 'delete';

const NONE = { backup: 'Select a cluster to back up.', delete: 'Select a cluster to delete.', modify: 'Select a cluster to modify its backup settings.' };

/**
 * Actions ▾ (Backup, Delete, Modify backup settings), each disabled with its reason (src/domain/cache-actions.ts),
 * and Backup beside it: the seed's flow stays select → Backup.
 */
export function CacheActions({ cache, renderBackupDialog, noneText = NONE }: CacheActionsProps) {
  const [open, setOpen] = useState<{ kind: Kind; cache: RedisCluster } | null>(null);
  const backupReason = cache ? backupBlocker(cache) : noneText.backup;
  const deleteReason = cache ? deleteBlocker(cache) : noneText.delete;
  const modifyReason = cache ? modifyBackupSettingsBlocker(cache) : noneText.modify;
  const queryClient = useQueryClient();
  useEffect(() => afterFirstScreen(queryClient, () => void Promise.all([DeleteClusterDialog.preload(), BackupSettingsDialog.preload()]).catch(() => undefined)), [queryClient]);

  const close = () => {
    const closed = open?.cache;
    setOpen(null);
    // Backup and Delete may be disabled now (snapshotting, deleting): focus the cache's row, else the title.
    focusAfterDialog(
      () => (closed ? document.getElementById(clusterCheckboxId(closed)) : null),
      () => document.querySelector<HTMLElement>('main h1'),
    );
  };
  const start = (kind: Kind) => cache && setOpen({ kind, cache });

  return (
    <>
      <ActionsMenu
        items={[
          { label: 'Backup', disabledReason: backupReason, onSelect: () => start('backup') },
          { label: 'Delete', disabledReason: deleteReason, onSelect: () => start('delete') },
          { label: 'Modify backup settings', disabledReason: modifyReason, onSelect: () => start('modify') },
        ]}
      />
      <Button variant="contained" disabled={backupReason !== null} aria-describedby="backup-availability" onClick={() => start('backup')}>
        Backup
      </Button>
      <Typography id="backup-availability" variant="body2" color="text.secondary" sx={{ flexBasis: '100%', textAlign: 'right', minHeight: 20 }}>
        {backupReason ?? `Back up ${cache?.id ?? ''}.`}
      </Typography>
      {open?.kind === 'backup' ? renderBackupDialog(open.cache, close) : null}
      {open?.kind === 'delete' ? (
        <LazyDialog key={open.cache.id} title="Delete cluster" onClose={close}>
          <DeleteClusterDialog cluster={open.cache} onClose={close} />
        </LazyDialog>
      ) : null}
      {open?.kind === 'modify' ? (
        <LazyDialog key={open.cache.id} title="Edit backup settings" onClose={close}>
          <BackupSettingsDialog cache={open.cache} onClose={close} />
        </LazyDialog>
      ) : null}
    </>
  );
}
