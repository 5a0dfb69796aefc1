import { describe, expect, it } from 'vitest';
import type { ApiRequest } from '../domain/api-request';
import { queryRequest } from '../domain/aws-cli';
import { copySnapshotRequest, createSnapshotRequest, deleteClusterRequest, deleteSnapshotRequest, exportSnapshotRequest, modifyBackupSettingsRequest, restoreRequest } from '../domain/requests';
import { testEmulator } from '../test/emulator';
import { config } from '../config';
import { sendRequest } from './send-request';

/** The parameters the request preview shows (its `&Name=value` lines), as a form body would carry them. */
function shownParams(request: ApiRequest): Record<string, string> {
  const lines = queryRequest(request, config.endpoint).split('\n').map((l) => l.trim());
  const pairs = lines.filter((l) => /^&[A-Z]/.test(l) && !/^&(Version|Signature|Timestamp|X-Amz)/.test(l));
  return Object.fromEntries(pairs.map((l) => l.slice(1).split('=') as [string, string]).map(([k, v]) => [k, decodeURIComponent(v)]));
}

/** Sends the request through the console's one send path; resolves to the form body the service got. */
async function sentParams(request: ApiRequest): Promise<Record<string, string>> {
  let body: Record<string, string> = {};
  const seen = ({ request: r }: { request: Request }) =>
    void r.clone().text().then((text) => (body = Object.fromEntries(new URLSearchParams(text))));
  testEmulator.server.events.on('request:start', seen);
  await sendRequest(request).catch(() => undefined);
  testEmulator.server.events.removeListener('request:start', seen);
  const { Action, Version, ...params } = body;
  expect({ Action, Version }).toEqual({ Action: request.action, Version: '2015-02-02' });
  return params;
}

const backup = { name: 'bkup-1', clusterModeEnabled: true, shards: 2, engine: 'redis' };
const BUILT: [string, ApiRequest][] = [
  ['CreateSnapshot', createSnapshotRequest({ CacheClusterId: 'mynonclusteredredis' }, 'my backup')],
  ['CopySnapshot', copySnapshotRequest('a', 'b')],
  ['CreateSnapshot', createSnapshotRequest({ CacheClusterId: 'c1' }, 'tagged', [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: '' }])],
  ['CopySnapshot', copySnapshotRequest('a', 'b', [{ Key: 'env', Value: 'test' }])],
  ['CopySnapshot', exportSnapshotRequest('a', 'b', 'my-elasticache-backups')],
  ['DeleteSnapshot', deleteSnapshotRequest('gone')],
  ['DeleteCacheCluster', deleteClusterRequest({ kind: 'single', id: 'c1' }, 'c1-final')],
  ['DeleteReplicationGroup', deleteClusterRequest({ kind: 'replicated', id: 'g1' }, undefined)],
  ['CreateReplicationGroup', restoreRequest(backup, 'new-group', 'cache.r6g.large')],
  ['CreateCacheCluster', restoreRequest({ ...backup, clusterModeEnabled: false }, 'new-one', 'cache.m5.large')],
  ['ModifyCacheCluster', modifyBackupSettingsRequest({ kind: 'single', id: 'c1' }, { retentionLimit: 7, window: '15:00-16:00', applyImmediately: true })],
  [
    'ModifyReplicationGroup',
    modifyBackupSettingsRequest({ kind: 'replicated', id: 'g1' }, { retentionLimit: 3, window: undefined, snapshottingClusterId: 'g1-002', applyImmediately: false }),
  ],
];

describe('one request per action: what the preview shows is what is sent', () => {
  it.each(BUILT)('%s: the parameters shown are the parameters sent', async (action, request) => {
    expect(request.action).toBe(action);
    expect(await sentParams(request)).toEqual(shownParams(request));
  });

  it('leaves out an unset parameter in both', async () => {
    const request = deleteClusterRequest({ kind: 'single', id: 'c1' }, undefined);
    expect(shownParams(request)).toEqual({ CacheClusterId: 'c1' });
    expect(await sentParams(request)).toEqual({ CacheClusterId: 'c1' });
  });
});
