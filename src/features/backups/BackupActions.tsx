import { Typography } from '@mui/material';
import { useState } from 'react';
import { ActionsMenu } from '../../components/ActionsMenu';
import { focusAfterDialog } from '../../components/focus-after-dialog';
import type { Backup } from '../../domain/backup';
import { exportBlocker } from '../../domain/backup-export';
import { backupRadioId } from './backup-columns';
import { CopyBackupDialog } from './CopyBackupDialog';
import { DeleteBackupDialog } from './DeleteBackupDialog';
import { ExportBackupDialog } from './ExportBackupDialog';
import { RestoreBackupDialog } from './RestoreBackupDialog';

type Kind = 'copy' | 'export' | 'delete' | 'restore';
type Open = { kind: Kind; backup: Backup } | null;

interface BackupActionsProps {
  backup: Backup | null;
  /** After Delete has started: the backup's own page leaves for the list. */
  onDeleted?: () => void;
}

/**
 * Actions ▾ (Restore, Copy, Export to Amazon S3, Delete) for the selected backup; each needs
 * it `available`, and says so; an automatic backup must be copied before it is exported.
 */
export function BackupActions({ backup, onDeleted }: BackupActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const blocker = !backup
    ? 'Select a backup to restore, copy or delete it.'
    : backup.status !== 'available'
      ? `${backup.name} is ${backup.status}: actions are available when it is available.`
      : null;
  const start = (kind: Kind) => backup && setOpen({ kind, backup });
  const close = () => {
    const name = open?.backup.name;
    setOpen(null);
    focusAfterDialog(
      () => document.getElementById(backupRadioId(name ?? '')),
      () => document.querySelector<HTMLElement>('main h1'),
    );
  };

  return (
    <>
      <ActionsMenu
        items={[
          { label: 'Restore', disabledReason: blocker, onSelect: () => start('restore') },
          { label: 'Copy', disabledReason: blocker, onSelect: () => start('copy') },
          { label: 'Export to Amazon S3', disabledReason: blocker ?? (backup && exportBlocker(backup)), onSelect: () => start('export') },
          { label: 'Delete', disabledReason: blocker, onSelect: () => start('delete') },
        ]}
      />
      {/* Shown beside the menu too, as on the caches screens. */}
      <Typography id="backup-actions-availability" variant="body2" color="text.secondary" sx={{ flexBasis: '100%', textAlign: 'right' }}>
        {blocker ?? `Actions apply to ${backup?.name ?? ''}.`}
      </Typography>
      {open?.kind === 'copy' ? <CopyBackupDialog backup={open.backup} onClose={close} /> : null}
      {open?.kind === 'export' ? <ExportBackupDialog backup={open.backup} onClose={close} /> : null}
      {open?.kind === 'delete' ? <DeleteBackupDialog backup={open.backup} onClose={close} onDeleted={onDeleted} /> : null}
      {open?.kind === 'restore' ? <RestoreBackupDialog backup={open.backup} onClose={close} /> : null}
    </>
  );
}
