// @vitest-environment node
import {
  AddTagsToResourceCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-elasticache';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoAvailable, startMoto } from '../contract/moto-server';
import { seedClusters } from '../contract/scenario';
import { rejection } from '../test/emulator';
import { startAwsProxy, type RunningProxy } from './start-proxy';

/** moto_server stands in for AWS: it accepts any signature, so this checks the forwarding, not the keys. */
const MOTO_ACCOUNT = '123456789012';
const KEYS = { accessKeyId: 'AKIAPROXYTEST0000000', secretAccessKey: 'proxy-test-secret' };
let moto: { endpoint: string; process: ChildProcess } | undefined;
let proxy: RunningProxy;
let readOnly: RunningProxy;

const client = (endpoint: string) =>
  new ElastiCacheClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'x' }, maxAttempts: 1 });
const motoDirect = () => new ElastiCacheClient({ endpoint: moto?.endpoint, region: 'us-east-1', credentials: KEYS, maxAttempts: 1 });

beforeAll(async () => {
  // The proxy's fetch must reach moto, not the console's msw emulator.
  const { testEmulator } = await import('../test/emulator');
  testEmulator.server.close();
  if (!motoAvailable()) throw new Error('moto_server is not installed: node scripts/ensure-services.mjs installs it.');
  moto = await startMoto();
  const common = { region: 'us-east-1', credentials: async () => KEYS, port: 0, host: '127.0.0.1', allowedOrigins: [], target: moto.endpoint };
  proxy = await startAwsProxy({ ...common, readOnly: false });
  readOnly = await startAwsProxy({ ...common, readOnly: true });
}, 60_000);
afterAll(() => {
  moto?.process.kill();
  proxy?.server.close();
  readOnly?.server.close();
});

describe('the AWS proxy in front of moto_server', () => {
  it('asks GetCallerIdentity at start and tells the console the account, region and mode', async () => {
    expect(proxy.identity.account).toBe(MOTO_ACCOUNT);
    const info = await fetch(`${proxy.url}/proxy-info`, { headers: { origin: 'http://localhost:5173' } });
    expect(info.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(await info.json()).toEqual({ account: MOTO_ACCOUNT, region: 'us-east-1', readOnly: false });
    expect(await (await fetch(`${readOnly.url}/proxy-info`)).json()).toMatchObject({ readOnly: true });
  });

  it("runs the seed's flow: the clusters, then CreateSnapshot of a cluster and of a group, listed after", async () => {
    const c = client(proxy.url);
    await c.send(new CreateCacheClusterCommand(seedClusters.nonClustered));
    await c.send(new CreateReplicationGroupCommand(seedClusters.clustered));
    await c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'bkup-20150515' }));
    await c.send(new CreateSnapshotCommand({ ReplicationGroupId: 'myClusteredRedis', SnapshotName: 'bkup-20150515-group' }));
    const listed = (await c.send(new DescribeSnapshotsCommand({}))).Snapshots ?? [];
    expect(listed.map((s) => s.SnapshotName).sort()).toEqual(['bkup-20150515', 'bkup-20150515-group']);
  });

  it('refuses a page of a foreign origin and a rebound Host name, with no CORS grant', async () => {
    const body = 'Action=DescribeCacheClusters&Version=2015-02-02';
    const foreign = await fetch(`${proxy.url}/`, { method: 'POST', headers: { origin: 'https://evil.example' }, body });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await foreign.text()).toContain('Pages from https://evil.example may not call this AWS proxy');
    // fetch won't set Host; node:http does, as a DNS-rebound page's request would carry it.
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${proxy.url}/`, { method: 'POST', headers: { host: 'evil.example:4590' } }, (res) => resolve(res.resume().statusCode));
      req.on('error', reject).end(body);
    });
    expect(rebound).toBe(403);
  });

  it('refuses an action the console does not use, and the service never gets it', async () => {
    const arn = `arn:aws:elasticache:us-east-1:${MOTO_ACCOUNT}:cluster:myNonClusteredRedis`;
    const failure = await rejection(client(proxy.url).send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'k', Value: 'v' }] })));
    expect(failure).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: 'The AWS proxy forwards only the ElastiCache actions the console uses; AddTagsToResource is not one of them.',
    });
    expect((await motoDirect().send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList ?? []).toEqual([]);
  });

  it('with --read-only forwards reads and refuses CreateSnapshot before it reaches the service', async () => {
    const c = client(readOnly.url);
    const clusters = (await c.send(new DescribeCacheClustersCommand({}))).CacheClusters ?? [];
    expect(clusters.map((x) => x.CacheClusterId)).toContain('myNonClusteredRedis');
    const failure = await rejection(c.send(new CreateSnapshotCommand({ CacheClusterId: 'myNonClusteredRedis', SnapshotName: 'read-only-try' })));
    expect(failure).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(failure.message).toContain('--read-only');
    const names = ((await motoDirect().send(new DescribeSnapshotsCommand({}))).Snapshots ?? []).map((s) => s.SnapshotName);
    expect(names).not.toContain('read-only-try');
  });
});
