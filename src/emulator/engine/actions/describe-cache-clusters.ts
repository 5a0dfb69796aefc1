import type { Action } from '../context';
import { faults } from '../faults';
import { paginate } from '../pagination';
import { cacheClusterView } from '../views';

export const describeCacheClusters: Action = ({ db, now }, params) => {
  const id = params.string('CacheClusterId')?.toLowerCase();
  const showNodes = params.boolean('ShowCacheNodeInfo') ?? false;
  const notInGroups = params.boolean('ShowCacheClustersNotInReplicationGroups') ?? false;
  let clusters = [...db.clusters.values()];
  if (id !== undefined) {
    const one = db.clusters.get(id);
    if (!one) throw faults.cacheClusterNotFound(id);
    clusters = [one];
  }
  if (notInGroups) clusters = clusters.filter((c) => !c.replicationGroupId);
  const { page, marker } = paginate(clusters, params, { default: 100, min: 20, max: 100 });
  return { Marker: marker, CacheClusters: page.map((c) => cacheClusterView(db, c, now, showNodes)) };
};
