import { zodResolver } from '@hookform/resolvers/zod';
import { MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { clusterQueries } from '../../api/clusters';
import { isFieldFault } from '../../api/errors';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { showAtField } from '../../components/field-messages';
import { NameField } from '../../components/NameField';
import { followedWork } from '../../components/followed-work';
import { engineLabel } from '../../domain/engines';
import { identifierConstraintText } from '../../domain/aws-identifier';
import type { Backup } from '../../domain/backup';
import { clusterKey } from '../../domain/cluster';
import { suggestName } from '../../domain/suggest-backup-name';
import { NODE_TYPES } from '../../domain/node-types';
import { restoreRequest } from '../../domain/requests';
import { restoredIdMaxLength } from '../../domain/snapshot-name';
import { restoreFormSchema, type RestoreFormValues } from './backup-requests';

interface RestoreBackupDialogProps {
  backup: Backup;
  onClose: () => void;
}

const NAME_FAULTS = ['CacheClusterAlreadyExistsFault', 'ReplicationGroupAlreadyExistsFault'];

/** Restore = create a new cluster from the backup (CreateCacheCluster / CreateReplicationGroup with SnapshotName). */
export function RestoreBackupDialog({ backup, onClose }: RestoreBackupDialogProps) {
  const idParameter = backup.clusterModeEnabled ? 'ReplicationGroupId' : 'CacheClusterId';
  const maxLength = restoredIdMaxLength(backup.clusterModeEnabled);
  // The listed clusters: a name one of them uses is refused before sending.
  const clusters = useQuery(clusterQueries.list()).data;
  const form = useForm<RestoreFormValues>({
    resolver: zodResolver(restoreFormSchema(backup, clusters)),
    mode: 'onChange',
    criteriaMode: 'all',
    defaultValues: { clusterName: suggestName(backup.clusterId || backup.name, 'restored', maxLength), nodeType: backup.nodeType ?? '' },
  });
  // A name typed before the list arrived is checked again once it has.
  useEffect(() => {
    if (clusters && form.getValues('clusterName')) void form.trigger('clusterName');
  }, [clusters, form]);
  const { submit, failure, pending } = useActionSubmit({
    matches: (e) => isFieldFault(e, idParameter, NAME_FAULTS),
    show: showAtField(form, 'clusterName'),
  });
  const [clusterName, nodeType] = useWatch({ control: form.control, name: ['clusterName', 'nodeType'] });
  const offered: readonly string[] = NODE_TYPES;
  const nodeTypes = backup.nodeType && !offered.includes(backup.nodeType) ? [backup.nodeType, ...offered] : offered;

  const save = async (values: RestoreFormValues) => {
    const since = Date.now();
    if (await submit(restoreRequest(backup, values.clusterName, values.nodeType))) {
      const id = values.clusterName.toLowerCase();
      // A cluster mode enabled backup becomes a replication group, any other a cluster.
      const key = clusterKey({ kind: backup.clusterModeEnabled ? 'clustered' : 'single', id });
      followedWork.start({ subject: 'cluster', work: 'restore', name: id, key, since }, {
        header: `Creating cluster ${id} from backup ${backup.name}`,
        content: `${id} shows creating and ${backup.name} restoring until the cluster is available.`,
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title="Restore Backup"
      submitLabel="Restore"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!form.formState.isValid}
      failure={failureText(failure, 'The cluster was not created')}
    >
      <Typography>
        Create a new {engineLabel(backup.engine ?? 'redis')} {backup.clusterModeEnabled ? `cluster mode enabled cluster with ${backup.shards} shards` : 'cluster'} from
        the backup <strong>{backup.name}</strong> ({`${engineLabel(backup.engine ?? 'redis')} ${backup.engineVersion ?? ''}`.trim()}).
      </Typography>
      <NameField
        control={form.control}
        name="clusterName"
        label="New cluster name"
        constraint={identifierConstraintText(maxLength)}
        disabled={pending}
        autoFocus
      />
      <Controller
        name="nodeType"
        control={form.control}
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label="Node type"
            disabled={pending}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? `The backup's node type is ${backup.nodeType ?? 'unknown'}.`}
          >
            {nodeTypes.map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <CliPreview request={restoreRequest(backup, clusterName, nodeType)} />
    </FormDialog>
  );
}
