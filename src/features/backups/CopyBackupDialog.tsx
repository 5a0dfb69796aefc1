import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isFieldFault } from '../../api/errors';
import { useIsBackupNameTaken } from '../../api/taken-backup-names';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { showAtField } from '../../components/field-messages';
import { NameField } from '../../components/NameField';
import { TagsEditor } from '../../components/TagsEditor';
import { followedWork } from '../../components/followed-work';
import type { Backup } from '../../domain/backup';
import { snapshotNameConstraint, SNAPSHOT_NAME_MAX_LENGTH } from '../../domain/snapshot-name';
import { firstFree, suggestName } from '../../domain/suggest-backup-name';
import { copySnapshotRequest } from '../../domain/requests';
import { toApiTags } from '../../domain/tags';
import { copyFormSchema, type CopyFormValues } from './backup-requests';

interface CopyBackupDialogProps {
  backup: Backup;
  onClose: () => void;
}

export function CopyBackupDialog({ backup, onClose }: CopyBackupDialogProps) {
  const isTaken = useIsBackupNameTaken();
  const form = useForm<CopyFormValues>({
    resolver: zodResolver(copyFormSchema),
    mode: 'onChange',
    criteriaMode: 'all',
    defaultValues: { targetName: firstFree((n) => suggestName(backup.name, n === 1 ? 'copy' : `copy-${n}`, SNAPSHOT_NAME_MAX_LENGTH), isTaken), tags: [] },
  });
  const { submit, failure, pending } = useActionSubmit({
    matches: (e) => isFieldFault(e, 'TargetSnapshotName', ['SnapshotAlreadyExistsFault']),
    show: showAtField(form, 'targetName'),
  });
  const [targetName, tags] = useWatch({ control: form.control, name: ['targetName', 'tags'] });

  const save = async ({ targetName: name, tags: rows }: CopyFormValues) => {
    const since = Date.now();
    if (await submit(copySnapshotRequest(backup.name, name, toApiTags(rows)))) {
      const stored = name.toLowerCase();
      followedWork.start({ subject: 'backup', work: 'copy', name: stored, since }, {
        header: `Copying backup ${backup.name} to ${stored}`,
        content: `${stored} shows creating and ${backup.name} copying until the copy is complete.`,
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title="Copy Backup"
      submitLabel="Copy"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!form.formState.isValid}
      failure={failureText(failure, 'The copy was not made')}
    >
      <Typography>
        Source backup: <strong>{backup.name}</strong>
      </Typography>
      <NameField
        control={form.control}
        name="targetName"
        label="New backup name"
        constraint={snapshotNameConstraint}
        disabled={pending}
        autoFocus
      />
      <CliPreview request={copySnapshotRequest(backup.name, targetName, toApiTags(tags))} />
      {/* Tags after the CLI preview: from the name, Tab reaches the command first. */}
      <Controller
        name="tags"
        control={form.control}
        render={({ field }) => <TagsEditor rows={field.value} onChange={field.onChange} errors={form.formState.errors.tags} disabled={pending} />}
      />
    </FormDialog>
  );
}
