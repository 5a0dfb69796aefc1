import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from '@mui/material';
import { useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isFieldFault } from '../../api/errors';
import { failureText, useGuardedSubmit } from '../../api/use-action-submit';
import { newSubmission, type Submission } from '../../api/send-once';
import { useIsBackupNameTaken } from '../../api/taken-backup-names';
import { useCreateSnapshot } from '../../api/use-create-snapshot';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { showAtField } from '../../components/field-messages';
import { NameField } from '../../components/NameField';
import { TagsEditor } from '../../components/TagsEditor';
import { followedWork } from '../../components/followed-work';
import { backupTarget, defaultBackupNode, needsNodeChoice } from '../../domain/backup-target';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { createSnapshotRequest } from '../../domain/requests';
import { snapshotNameConstraint } from '../../domain/snapshot-name';
import { suggestBackupName } from '../../domain/suggest-backup-name';
import { toApiTags } from '../../domain/tags';
import { backupFormSchema, type BackupFormValues } from './backup-form';
import { NodeChoice } from './NodeChoice';

const LOST_ANSWER = "The service's answer to Create Backup was lost; the console found the backup it started. ";

interface CreateBackupDialogProps {
  cluster: RedisCluster;
  onClose: () => void;
}

export function CreateBackupDialog({ cluster, onClose }: CreateBackupDialogProps) {
  // One submission for the dialog's life: a lost answer lets a later attempt find its backup.
  const submission = useRef<Submission | null>(null);
  const isTaken = useIsBackupNameTaken();
  const form = useForm<BackupFormValues>({
    resolver: zodResolver(backupFormSchema),
    mode: 'onChange',
    criteriaMode: 'all',
    defaultValues: { snapshotName: suggestBackupName(cluster.id, new Date(), { isTaken }), nodeId: defaultBackupNode(cluster), tags: [] },
  });
  // Faults about the name itself are shown at the Backup Name box.
  const { submit, failure, pending } = useGuardedSubmit(useCreateSnapshot(), {
    matches: (e) => isFieldFault(e, 'SnapshotName', ['SnapshotAlreadyExistsFault']),
    show: showAtField(form, 'snapshotName'),
  });
  const { isValid } = form.formState;
  const [watchedName, watchedNode, watchedTags] = useWatch({ control: form.control, name: ['snapshotName', 'nodeId', 'tags'] });

  const save = async ({ snapshotName, nodeId, tags }: BackupFormValues) => {
    const target = backupTarget(cluster, nodeId);
    submission.current ??= newSubmission();
    const since = Date.now();
    const done = await submit({ rowKey: clusterKey(cluster), target, snapshotName, submission: submission.current, tags: toApiTags(tags) });
    if (done) {
      const source = 'CacheClusterId' in target ? target.CacheClusterId : target.ReplicationGroupId;
      // The service stores names lowercase: report the name as it will be listed.
      const stored = snapshotName.toLowerCase();
      followedWork.start({ subject: 'backup', work: 'create', name: stored, since }, {
        header: `Creating backup ${stored}`,
        content: `${done.result.recognised ? LOST_ANSWER : ''}The backup of ${source} has started. ${cluster.id} shows snapshotting until it is complete.`,
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title="Create Backup"
      submitLabel="Create Backup"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!isValid}
      failure={failureText(failure, 'The backup was not started')}
      describedBy="create-backup-cluster"
    >
      <Typography id="create-backup-cluster">
        Cluster: <strong>{cluster.id}</strong>
        {cluster.clusterModeEnabled ? ` (cluster mode enabled, ${cluster.shards} shards: every shard is backed up)` : ''}
      </Typography>
      {needsNodeChoice(cluster) ? <NodeChoice control={form.control} cluster={cluster} disabled={pending} /> : null}
      <NameField
        control={form.control}
        name="snapshotName"
        label="Backup Name"
        constraint={snapshotNameConstraint}
        disabled={pending}
        autoFocus
      />
      <CliPreview request={createSnapshotRequest(backupTarget(cluster, watchedNode), watchedName, toApiTags(watchedTags))} />
      {/* Tags after the CLI preview: from the name, Tab reaches the command first. */}
      <Controller
        name="tags"
        control={form.control}
        render={({ field }) => <TagsEditor rows={field.value} onChange={field.onChange} errors={form.formState.errors.tags} disabled={pending} />}
      />
    </FormDialog>
  );
}
