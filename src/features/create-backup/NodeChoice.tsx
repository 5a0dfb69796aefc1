import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { Controller, type Control } from 'react-hook-form';
import type { RedisCluster } from '../../domain/cluster';
import type { BackupFormValues } from './backup-form';

interface NodeChoiceProps {
  control: Control<BackupFormValues>;
  cluster: RedisCluster;
  disabled: boolean;
}

/** Which node of a cluster with replicas to back up; the request's CacheClusterId. */
export function NodeChoice({ control, cluster, disabled }: NodeChoiceProps) {
  return (
    <Controller
      name="nodeId"
      control={control}
      render={({ field }) => (
        <FormControl disabled={disabled}>
          <FormLabel id="backup-node-label">Node to back up</FormLabel>
          <RadioGroup {...field} value={field.value ?? ''} aria-labelledby="backup-node-label" aria-describedby="backup-node-help">
            {cluster.nodes.map((node) => (
              <FormControlLabel
                key={node.id}
                value={node.id}
                control={<Radio size="small" />}
                label={node.role ? `${node.id} (${node.role})` : node.id}
              />
            ))}
          </RadioGroup>
          <FormHelperText id="backup-node-help" sx={{ mx: 0 }}>
            A backup adds load to the node it runs on; AWS recommends backing up from a read replica.
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}
