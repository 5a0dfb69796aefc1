import { Typography } from '@mui/material';
import type { FormEvent } from 'react';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { followedWork } from '../../components/followed-work';
import type { Backup } from '../../domain/backup';
import { deleteSnapshotRequest } from '../../domain/requests';

interface DeleteBackupDialogProps {
  backup: Backup;
  onClose: () => void;
  /** Called once the deletion has started, before the dialog closes. */
  onDeleted?: () => void;
}

/** The console's "Delete Backup" confirmation: names the backup and says it can't be undone. */
export function DeleteBackupDialog({ backup, onClose, onDeleted }: DeleteBackupDialogProps) {
  const { submit, failure, pending } = useActionSubmit();
  const request = deleteSnapshotRequest(backup.name);

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const since = Date.now();
    if (!(await submit(request))) return;
    followedWork.start(
      { subject: 'backup', work: 'delete', name: backup.name, since },
      { header: `Deleting backup ${backup.name}`, content: 'It shows deleting until it is gone.' },
    );
    onDeleted?.();
    onClose();
  };

  return (
    <FormDialog
      title="Delete Backup"
      submitLabel="Delete"
      destructive
      onSubmit={(event) => void confirm(event)}
      onClose={onClose}
      pending={pending}
      failure={failureText(failure, 'The backup was not deleted')}
    >
      <Typography>
        Are you sure you want to delete the backup <strong>{backup.name}</strong>
        {backup.clusterId ? ` of ${backup.clusterId}` : ''}? This can't be undone: its data can't be restored afterwards.
      </Typography>
      {backup.type === 'automatic' ? (
        <Typography color="text.secondary">This is an automatic backup; the next daily backup will not replace it.</Typography>
      ) : null}
      <CliPreview request={request} />
    </FormDialog>
  );
}
