import { zodResolver } from '@hookform/resolvers/zod';
import { Box, CircularProgress, Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { cacheQueries } from '../../api/caches';
import { isFieldFault } from '../../api/errors';
import { failureText, useActionSubmit } from '../../api/use-action-submit';
import { CliPreview } from '../../components/CliPreview';
import { FormDialog } from '../../components/FormDialog';
import { showAtField } from '../../components/field-messages';
import { followedWork } from '../../components/followed-work';
import { backupSettingsDefaults, backupSettingsParams, backupSettingsSchema, type BackupSettingsValues } from '../../domain/backup-settings';
import type { CacheDetail } from '../../domain/cache-detail';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { modifyBackupSettingsRequest } from '../../domain/requests';
import { BackupSettingsFields } from './BackupSettingsFields';

interface BackupSettingsDialogProps {
  cache: RedisCluster;
  onClose: () => void;
}

const TITLE = 'Edit backup settings';

/** Edit backup settings: loads the cache's current settings (and maintenance window) first. */
export function BackupSettingsDialog({ cache, onClose }: BackupSettingsDialogProps) {
  const detail = useQuery(cacheQueries.detail(cache)).data;
  const titleId = useId();
  if (!detail) {
    return (
      <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{TITLE}</DialogTitle>
        <DialogContent>
          <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
            <CircularProgress size={20} aria-hidden />
            <Typography>Loading the backup settings of {cache.id}</Typography>
          </Box>
        </DialogContent>
      </Dialog>
    );
  }
  return <SettingsForm cache={cache} settings={detail.backup} onClose={onClose} />;
}

/** A cluster mode disabled group backs up from one node: the one it has, else a replica (AWS's advice). */
function snapshottingNode(cache: RedisCluster, settings: CacheDetail['backup']): string | undefined {
  if (cache.kind !== 'replicated') return undefined;
  return settings.fromNode ?? cache.nodes.find((n) => n.role === 'replica')?.id ?? cache.nodes[0]?.id;
}

/** The one request of the dialog: what the preview shows and what is sent. */
const settingsRequest = (cache: RedisCluster, v: BackupSettingsValues, fromNode: string | undefined) =>
  modifyBackupSettingsRequest(cache, { ...backupSettingsParams(v), snapshottingClusterId: fromNode });

function SettingsForm({ cache, settings, onClose }: BackupSettingsDialogProps & { settings: CacheDetail['backup'] }) {
  const schema = useMemo(() => backupSettingsSchema(settings.maintenanceWindow), [settings.maintenanceWindow]);
  const form = useForm<BackupSettingsValues>({ resolver: zodResolver(schema), mode: 'onChange', defaultValues: backupSettingsDefaults(settings) });
  const { submit, failure, pending } = useActionSubmit({
    matches: (e) => isFieldFault(e, 'SnapshotWindow', ['InvalidParameterValue']) && /snapshot ?window/i.test(e.message),
    show: showAtField(form, 'startTime'),
  });
  const values = useWatch({ control: form.control }) as BackupSettingsValues;
  const fromNode = snapshottingNode(cache, settings);
  const preview = settingsRequest(cache, values, fromNode);

  const save = async (submitted: BackupSettingsValues) => {
    const since = Date.now();
    if (await submit(settingsRequest(cache, submitted, fromNode))) {
      followedWork.start({ subject: 'cluster', work: 'modify', name: cache.id, key: clusterKey(cache), since }, {
        header: `Modifying the backup settings of ${cache.id}`,
        content: 'It shows modifying until the new settings are in place.',
      });
      onClose();
    }
  };

  return (
    <FormDialog
      title={TITLE}
      submitLabel="Save changes"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
      onClose={onClose}
      pending={pending}
      submitDisabled={!form.formState.isValid}
      failure={failureText(failure, 'The backup settings were not changed')}
      describedBy="backup-settings-subject"
    >
      <Typography id="backup-settings-subject">
        Daily automatic backups of <strong>{cache.id}</strong>
        {fromNode ? `, taken from node ${fromNode}` : ''}. Maintenance window: {settings.maintenanceWindow ?? 'unknown'} (UTC).
      </Typography>
      <BackupSettingsFields form={form} disabled={pending} />
      <CliPreview request={preview} />
    </FormDialog>
  );
}
