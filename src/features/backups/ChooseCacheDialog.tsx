import { TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { clusterQueries } from '../../api/clusters';
import { toApiError } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { engineLabel } from '../../domain/engines';
import { backupBlocker } from '../../domain/cache-actions';
import { isRedisEngine, type RedisCluster } from '../../domain/cluster';

interface ChooseCacheDialogProps {
  onChoose: (cluster: RedisCluster) => void;
  onClose: () => void;
}

/**
 * Create backup from the Backups screen, step one: which cache (Valkey or Redis OSS; Memcached
 * keeps no backups). The node, for a cache with replicas, is chosen in the Create Backup dialog.
 */
export function ChooseCacheDialog({ onChoose, onClose }: ChooseCacheDialogProps) {
  const query = useQuery(clusterQueries.list());
  const caches = (query.data ?? []).filter((c) => isRedisEngine(c.engine));
  const [chosenId, setChosenId] = useState('');
  const chosen = caches.find((c) => c.id === chosenId && !backupBlocker(c));
  const helper = query.isError
    ? `Couldn't list the caches: ${toApiError(query.error).message}`
    : query.isPending
      ? 'Loading caches…'
      : caches.length === 0
        ? 'This account has no Valkey or Redis OSS caches to back up.'
        : 'A cache that is busy, or whose node type keeps no backups, says why.';

  return (
    <FormDialog
      title="Choose a cache to back up"
      submitLabel="Next"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onChoose(chosen);
      }}
      onClose={onClose}
      pending={false}
      submitDisabled={!chosen}
    >
      <TextField
        select
        label="Cache"
        value={chosenId}
        onChange={(e) => setChosenId(e.target.value)}
        error={query.isError}
        helperText={helper}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        autoFocus
      >
        <option value="">Choose a cache</option>
        {caches.map((c) => {
          const blocker = backupBlocker(c);
          return (
            <option key={`${c.kind}:${c.id}`} value={c.id} disabled={blocker !== null}>
              {blocker ? `${c.id}: ${blocker}` : `${c.id} (${engineLabel(c.engine)}, ${c.nodes.length === 1 ? 'one node' : `${c.nodes.length} nodes`})`}
            </option>
          );
        })}
      </TextField>
    </FormDialog>
  );
}
