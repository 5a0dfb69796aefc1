import { ModifyCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Flashbar } from '../components/Flashbar';
import { followedWork } from '../components/followed-work';
import { ClustersPage } from '../features/clusters/ClustersPage';
import { WorkProgress } from '../features/progress/WorkProgress';
import { sdkClient } from '../test/emulator';
import { renderWithProviders } from '../test/render';

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('a backup settings change is followed to its end', { timeout: 20_000 }, () => {
  it('in progress while the cache is modifying, then saved once it is available', async () => {
    const { queryClient } = renderWithProviders(
      <>
        <Flashbar />
        <ClustersPage engine="redis" renderBackupDialog={() => null} />
        <WorkProgress />
      </>,
    );
    await screen.findByRole('radio', { name: 'Select mynonclusteredredis' });
    const since = Date.now();
    await sdkClient().send(new ModifyCacheClusterCommand({ CacheClusterId: 'mynonclusteredredis', SnapshotRetentionLimit: 3, ApplyImmediately: true }));
    followedWork.start({ subject: 'cluster', work: 'modify', name: 'mynonclusteredredis', key: 'cluster:mynonclusteredredis', since }, { header: 'Modifying the backup settings of mynonclusteredredis' });
    // As the dialog's send does: the lists are fetched again (and poll while the cache moves).
    await queryClient.invalidateQueries();
    const notices = screen.getByRole('region', { name: 'Notifications' });
    expect(within(notices).getByText('Modifying the backup settings of mynonclusteredredis')).toBeInTheDocument();
    vi.setSystemTime(Date.now() + 60_000);
    expect(await within(notices).findByText('Backup settings of mynonclusteredredis are saved', {}, { timeout: 8_000 })).toBeInTheDocument();
  });
});
