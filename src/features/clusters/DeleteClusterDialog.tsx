import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, FormControlLabel, FormHelperText, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isFieldFault } from '../../api/errors';
import { useIsBackupNameTaken } from '../../api/taken-backup-names';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { showAtField } from '../../components/field-messages';
import { NameField } from '../../components/NameField';
import { TypedConfirmation } from '../../components/TypedConfirmation';
import { followedWork } from '../../components/followed-work';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { snapshotNameConstraint } from '../../domain/snapshot-name';
import { suggestBackupName } from '../../domain/suggest-backup-name';
import { backupUnsupported } from '../../domain/cache-actions';
import { deleteClusterRequest } from '../../domain/requests';
import { deleteClusterSchema, finalSnapshotName, type DeleteClusterValues } from './delete-cluster-form';
import { paths } from '../../components/paths';

interface DeleteClusterDialogProps {
  cluster: RedisCluster;
  onClose: () => void;
}

/** Delete a cluster, optionally taking a final backup first (it outlives the cluster). */
export function DeleteClusterDialog({ cluster, onClose }: DeleteClusterDialogProps) {
  const noBackup = backupUnsupported(cluster);
  const canBackUp = noBackup === null;
  const isTaken = useIsBackupNameTaken();
  const form = useForm<DeleteClusterValues>({
    resolver: zodResolver(deleteClusterSchema),
    mode: 'onChange',
    criteriaMode: 'all',
    defaultValues: { finalBackup: canBackUp, finalName: suggestBackupName(cluster.id, new Date(), { label: 'final', isTaken }) },
  });
  const { submit, failure, pending } = useActionSubmit({
    matches: (e) => isFieldFault(e, 'FinalSnapshotIdentifier', ['SnapshotAlreadyExistsFault']),
    show: showAtField(form, 'finalName'),
  });
  const values = useWatch({ control: form.control }) as DeleteClusterValues;
  const [typed, setTyped] = useState('');
  const confirmed = typed === cluster.id;

  const save = async (submitted: DeleteClusterValues) => {
    if (!confirmed) return;
    const since = Date.now();
    if (await submit(deleteClusterRequest(cluster, finalSnapshotName(submitted)))) {
      const finalName = submitted.finalBackup ? submitted.finalName.toLowerCase() : null;
      const final = finalName ? ` after its final backup ${finalName}` : '';
      const link = finalName ? { href: paths.backup(finalName), text: `View final backup ${finalName}` } : undefined;
      followedWork.start({ subject: 'cluster', work: 'delete', name: cluster.id, key: clusterKey(cluster), since, link }, {
        header: `Deleting cluster ${cluster.id}`,
        content: `It shows deleting until it is gone${final}. Manual backups of it stay in Backups.`,
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title={`Delete ${cluster.id}`}
      submitLabel="Delete"
      destructive
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!form.formState.isValid || !confirmed}
      failure={failureText(failure, 'The cluster was not deleted')}
    >
      <Typography>
        Delete the cluster <strong>{cluster.id}</strong>
        {cluster.nodes.length > 1 ? ` and its ${cluster.nodes.length} nodes` : ''}? This can't be undone. Its automatic
        backups are deleted with it; manual backups are kept.
      </Typography>
      <Controller
        name="finalBackup"
        control={form.control}
        render={({ field }) => (
          <div>
            <FormControlLabel
              label="Create final backup"
              disabled={pending || !canBackUp}
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(e) => {
                    field.onChange(e.target.checked);
                    void form.trigger();
                  }}
                />
              }
            />
            {noBackup ? <FormHelperText>{noBackup}</FormHelperText> : null}
          </div>
        )}
      />
      {values.finalBackup ? (
        <NameField
          control={form.control}
          name="finalName"
          label="Final backup name"
          constraint={snapshotNameConstraint}
          disabled={pending}
          autoFocus
        />
      ) : null}
      <TypedConfirmation name={cluster.id} value={typed} onChange={setTyped} disabled={pending} />
      <CliPreview request={deleteClusterRequest(cluster, finalSnapshotName(values))} />
    </FormDialog>
  );
}
