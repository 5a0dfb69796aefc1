import type { ReactNode } from 'react';
import { Alert, Box, Button, CircularProgress, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { toApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/snapshots';
import { navigate } from '../../components/router';
import { RouterLink } from '../../components/RouterLink';
import { StatusIndicator } from '../../components/StatusIndicator';
import { engineLabel } from '../../domain/engines';
import { formatSize, retentionText, toBackup } from '../../domain/backup';
import { BackupActions } from './BackupActions';
import { BackupTags } from './BackupTags';
import { formatTime } from './backup-columns';
import { DetailList } from '../../components/DetailList';
import { paths } from '../../components/paths';

/** One backup: its fields and its node snapshots (one per shard for cluster mode enabled). */
export function BackupDetailPage({ name }: { name: string }) {
  const query = useQuery(snapshotQueries.detail(name));
  if (query.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', p: 4 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography>Loading backup {name}</Typography>
      </Box>
    );
  }
  if (query.isError || !query.data) {
    const gone = toApiError(query.error).code === 'SnapshotNotFoundFault' || (!query.isError && !query.data);
    return (
      <Alert
        severity={gone ? 'info' : 'error'}
        action={gone ? undefined : <Button onClick={() => void query.refetch()}>Retry</Button>}
      >
        {gone ? `There is no backup named ${name}: it may have been deleted. ` : `Couldn't load ${name}: ${toApiError(query.error).message} `}
        <RouterLink href={paths.backups()}>All backups</RouterLink>
      </Alert>
    );
  }
  const backup = toBackup(query.data);
  const fields: [string, ReactNode][] = [
    ['Status', <StatusIndicator key="s" status={backup.status} />],
    ['Cluster', <RouterLink key="c" href={paths.backupsOf(backup.clusterId)}>{backup.clusterId}</RouterLink>],
    ['Backed up from node', backup.nodeId ?? (backup.clusterModeEnabled ? 'every shard' : backup.clusterId)],
    ['Type', backup.type],
    ['Cluster mode', backup.clusterModeEnabled ? `enabled (${backup.shards} shards)` : 'disabled'],
    ['Size', formatSize(backup.sizeMb)],
    ['Node type', backup.nodeType ?? '–'],
    ['Engine', backup.engine ? `${engineLabel(backup.engine)} ${backup.engineVersion ?? ''}`.trim() : '–'],
    ['Created', formatTime(backup.createdAt)],
    ['Retention', retentionText(backup)],
    ['ARN', backup.arn ?? '–'],
  ];

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" tabIndex={-1}>
          {backup.name}
        </Typography>
        {/* The page would only say the backup is gone: back to the list, where the notification follows it. */}
        <BackupActions backup={backup} onDeleted={() => navigate(paths.backups())} />
      </Stack>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h2" gutterBottom>
          Backup details
        </Typography>
        <DetailList fields={fields} />
      </Paper>
      <Paper variant="outlined">
        <Typography variant="h2" sx={{ p: 2, pb: 1 }}>
          Node snapshots ({backup.nodeBackups.length})
        </Typography>
        <Table size="small" aria-label="Node snapshots">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">{backup.clusterModeEnabled ? 'Shard' : 'Node'}</TableCell>
              <TableCell component="th" scope="col">Size</TableCell>
              <TableCell component="th" scope="col">Snapshot created</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {backup.nodeBackups.map((n) => (
              <TableRow key={n.id}>
                <TableCell>{n.id}</TableCell>
                <TableCell>{n.size ?? '–'}</TableCell>
                <TableCell>{formatTime(n.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <BackupTags arn={backup.arn} />
    </Stack>
  );
}
