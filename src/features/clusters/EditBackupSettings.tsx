import { Button, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { focusAfterDialog } from '../../components/focus-after-dialog';
import { LazyDialog } from '../../components/LoadBoundary';
import { modifyBackupSettingsBlocker } from '../../domain/cache-actions';
import type { RedisCluster } from '../../domain/cluster';
import { BackupSettingsDialog } from './CacheActions';

/** The Backups tab's "Edit" for the backup settings: disabled with its reason, as Actions ▾ says it. */
export function EditBackupSettings({ cache }: { cache: RedisCluster }) {
  const [open, setOpen] = useState(false);
  const reason = modifyBackupSettingsBlocker(cache);
  const id = useId();
  const close = () => {
    setOpen(false);
    focusAfterDialog(
      () => document.getElementById(`${id}-edit`),
      () => document.querySelector<HTMLElement>('main h1'),
    );
  };
  return (
    <Stack sx={{ alignItems: 'flex-end' }}>
      <Button id={`${id}-edit`} variant="outlined" disabled={reason !== null} aria-describedby={reason ? `${id}-why` : undefined} onClick={() => setOpen(true)}>
        Edit backup settings
      </Button>
      {reason ? (
        <Typography id={`${id}-why`} variant="body2" color="text.secondary">
          {reason}
        </Typography>
      ) : null}
      {open ? (
        <LazyDialog title="Edit backup settings" onClose={close}>
          <BackupSettingsDialog cache={cache} onClose={close} />
        </LazyDialog>
      ) : null}
    </Stack>
  );
}
