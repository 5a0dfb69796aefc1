// @vitest-environment node
import { CreateCacheClusterCommand, CreateSnapshotCommand, DeleteCacheClusterCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { CACHE_ACTION_CASES } from '../../domain/cache-action-cases';
import { later, onEmulatorClock, rejection, sdkClient } from '../../test/emulator';

/** The console's table of "can this be backed up / deleted now", asked of the service itself. */
const client = sdkClient();
onEmulatorClock({ createDurationMs: 10_000, backupDurationMs: 10_000, deleteDurationMs: 2_000 });

const cases = CACHE_ACTION_CASES.filter((c) => c.status === 'available' || c.status === 'creating');
const outcome = (p: Promise<unknown>) => rejection(p).then((e) => e.name, () => null);

describe('the emulator follows the console’s rule table', () => {
  it.each(cases)('$nodeType, $status: backup $backup, delete $delete', async (c) => {
    await client.send(new CreateCacheClusterCommand({ CacheClusterId: 'c1', Engine: 'redis', CacheNodeType: c.nodeType }));
    if (c.status === 'available') later(10_000);
    const backup = await outcome(client.send(new CreateSnapshotCommand({ CacheClusterId: 'c1', SnapshotName: 'b1' })));
    const expected = c.backup === null ? null : c.status === 'available' ? 'SnapshotFeatureNotSupportedFault' : expect.stringMatching(/Invalid|NotSupported/);
    expect(backup).toEqual(expected);
    if (backup === null) later(10_000);
    const deleted = await outcome(client.send(new DeleteCacheClusterCommand({ CacheClusterId: 'c1' })));
    expect(deleted).toEqual(c.delete === null ? null : 'InvalidCacheClusterStateFault');
  });
});
