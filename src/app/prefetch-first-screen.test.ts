import { QueryClient } from '@tanstack/react-query';
import { clusterQueries } from '../api/clusters';
import { prefetchFirstScreen } from './routes';

describe('prefetchFirstScreen', () => {
  it.each(['/', '/redis', '/redis-oss-caches', '/valkey-caches', '/memcached-caches'])('starts the caches list for %s before anything renders', async (path) => {
    const client = new QueryClient();
    prefetchFirstScreen(client, path);
    expect(client.isFetching({ queryKey: clusterQueries.list().queryKey })).toBe(1);
    await vi.waitFor(() => expect(client.getQueryData(clusterQueries.list().queryKey)?.length).toBeGreaterThan(0));
  });

  it('reads nothing ahead for the other screens', () => {
    const client = new QueryClient();
    prefetchFirstScreen(client, '/backups');
    prefetchFirstScreen(client, '/events');
    expect(client.isFetching()).toBe(0);
  });
});
