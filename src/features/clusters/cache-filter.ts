import type { RedisCluster } from '../../domain/cluster';
import { engineLabel } from '../../domain/engines';

/** The text a row shows, as the filter reads it: name, engine, node type, status, version. */
function visibleText(cache: RedisCluster): string {
  return [cache.id, engineLabel(cache.engine), cache.nodeType, cache.status, cache.engineVersion, cache.clusterModeEnabled ? 'Enabled' : 'Disabled']
    .join(' ')
    .toLowerCase();
}

/** Today's console filters by any text the table shows; `needle` is trimmed and lowercase. */
export const matchesFilter = (cache: RedisCluster, needle: string) => visibleText(cache).includes(needle);
