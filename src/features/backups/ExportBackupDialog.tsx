import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from '@mui/material';
import { useForm, useWatch } from 'react-hook-form';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { NameField } from '../../components/NameField';
import { followedWork } from '../../components/followed-work';
import type { Backup } from '../../domain/backup';
import { exportObjectUrls } from '../../domain/backup-export';
import { exportSnapshotRequest } from '../../domain/requests';
import { snapshotNameConstraint } from '../../domain/snapshot-name';
import { exportFaultField, exportMessageField, exportFormSchema, type ExportFormValues } from './export-form';

interface ExportBackupDialogProps {
  backup: Backup;
  onClose: () => void;
}

const BUCKET_RULE = '3–63 characters: lowercase letters, numbers, dots and hyphens. The bucket must grant ElastiCache access.';

/** Export to Amazon S3 (CopySnapshot with TargetBucket): the objects, one per shard, named from the prefix. */
export function ExportBackupDialog({ backup, onClose }: ExportBackupDialogProps) {
  const form = useForm<ExportFormValues>({
    resolver: zodResolver(exportFormSchema),
    mode: 'onChange',
    criteriaMode: 'all',
    defaultValues: { bucket: '', targetName: backup.name },
  });
  // Each refusal about the bucket or the names goes to its field (export-form.ts).
  const { submit, failure, pending } = useActionSubmit({
    matches: (e) => exportFaultField(e) !== null,
    show: (message) => form.setError(exportMessageField(message) ?? 'bucket', { type: 'server', message }, { shouldFocus: true }),
  });
  const [bucket, targetName] = useWatch({ control: form.control, name: ['bucket', 'targetName'] });
  const shards = Math.max(1, backup.nodeBackups.length);

  const save = async (values: ExportFormValues) => {
    const since = Date.now();
    if (await submit(exportSnapshotRequest(backup.name, values.targetName, values.bucket))) {
      const urls = exportObjectUrls(values.bucket, values.targetName, shards);
      const where = `The objects: ${urls.join(', ')}.`;
      followedWork.start({ subject: 'backup', work: 'export', name: backup.name, since, result: where }, {
        header: `Exporting backup ${backup.name} to Amazon S3`,
        content: `${where} ${backup.name} shows exporting until they are written.`,
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title="Export to Amazon S3"
      submitLabel="Export"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!form.formState.isValid}
      failure={failureText(failure, 'The backup was not exported')}
      describedBy="export-backup-source"
    >
      <Typography id="export-backup-source">
        Source backup: <strong>{backup.name}</strong> ({shards === 1 ? 'one object' : `${shards} objects, one per shard`})
      </Typography>
      <NameField control={form.control} name="bucket" label="S3 bucket name" constraint={BUCKET_RULE} disabled={pending} autoFocus />
      <NameField
        control={form.control}
        name="targetName"
        label="Backup name prefix"
        constraint={`${snapshotNameConstraint} The objects are named <prefix>-0001.rdb, one per shard.`}
        disabled={pending}
      />
      <CliPreview request={exportSnapshotRequest(backup.name, targetName, bucket)} />
    </FormDialog>
  );
}
