import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RedisCluster } from '../../domain/cluster';
import { renderWithProviders } from '../../test/render';
import { clusterColumns } from './cluster-columns';
import { ClustersTable } from './ClustersTable';
import { useClusterSelection } from './use-cluster-selection';

const base = { clusterModeEnabled: false, shards: 1, engine: 'redis', status: 'available' } as const;
/** A standalone cluster and a replication group with one id, as a service without a shared namespace could list. */
const twins: RedisCluster[] = [
  { ...base, id: 'twin', kind: 'single', nodes: [{ id: 'twin' }] },
  { ...base, id: 'twin', kind: 'replicated', nodes: [{ id: 'twin-001', role: 'primary' }, { id: 'twin-002', role: 'replica' }] },
];

function Table() {
  const { selectedKey, select } = useClusterSelection(twins);
  return <ClustersTable label="Redis OSS caches" clusters={twins} selectedKey={selectedKey} onSelect={select} sort={{ sortBy: 'name', direction: 'asc', toggle: () => undefined }} columns={clusterColumns} />;
}

describe('cluster rows', () => {
  it('are keyed by kind and id, so two resources with one id never share a row or a radio', async () => {
    const { user } = renderWithProviders(<Table />);
    const [single, group] = screen.getAllByRole('radio', { name: /Select twin/ });
    expect(single).toBeDefined();
    expect(group).toBeDefined();
    if (!single || !group) return;
    expect(single.id).not.toBe(group.id);
    await user.click(single);
    expect(single).toBeChecked();
    expect(group).not.toBeChecked();
  });
});
