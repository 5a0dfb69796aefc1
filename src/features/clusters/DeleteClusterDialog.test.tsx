import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RedisCluster } from '../../domain/cluster';
import { renderWithProviders } from '../../test/render';
import { DeleteClusterDialog } from './DeleteClusterDialog';

const cluster: RedisCluster = { id: 'mylegacyredis', kind: 'single', clusterModeEnabled: false, shards: 1, nodes: [{ id: 'mylegacyredis' }], nodeType: 'cache.t1.micro', engine: 'redis', status: 'available' };

describe('DeleteClusterDialog', () => {
  it('deletes only once the cache’s name is typed exactly', async () => {
    const onClose = vi.fn();
    const { user } = renderWithProviders(<DeleteClusterDialog cluster={cluster} onClose={onClose} />);
    const del = screen.getByRole('button', { name: 'Delete' });
    const confirm = screen.getByRole('textbox', { name: 'Type mylegacyredis to confirm deletion' });
    expect(del).toBeDisabled();
    // Pasted, not typed key by key: the rule is about the text, and typing is slow under load.
    await user.click(confirm);
    await user.paste('mylegacy');
    expect(del).toBeDisabled();
    expect(screen.getByText('Type the name exactly: mylegacyredis.')).toBeInTheDocument();
    await user.paste('redis');
    expect(del).toBeEnabled();
    await user.click(del);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('says why a cache.t1.micro cache takes no final backup', () => {
    renderWithProviders(<DeleteClusterDialog cluster={cluster} onClose={() => undefined} />);
    expect(screen.getByText("mylegacyredis runs on cache.t1.micro nodes, which don't support backups.")).toBeInTheDocument();
  });
});
