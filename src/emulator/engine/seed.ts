import type { DatasetInput } from './dataset';

/**
 * The default demo account. Tests and demos share these names (issue: "Default
 * dataset"); identifiers are stored lowercase, as the service does. The seed's three
 * create-snapshot commands run on it verbatim and answer the seed's example outputs
 * (docs/reference/seed-making-manual-backups.md): example 1 backs up myNonClusteredRedis,
 * example 2 the node myNonClusteredRedis-001 (of myFailoverRedis), example 3 myClusteredRedis.
 */
export const defaultDataset: DatasetInput = {
  clusters: [
    {
      kind: 'single',
      id: 'myNonClusteredRedis',
      nodeType: 'cache.m3.2xlarge',
      engineVersion: '3.2.4',
      dataSizeMb: 3,
      snapshotRetentionLimit: 0,
      createdAt: '2017-01-12T18:59:48.048Z',
    },
    {
      // A group whose nodes carry the seed's example 2 names; its id must not contain another
      // cluster's (the console's row labels are matched by substring in e2e tests).
      kind: 'replicated',
      id: 'myFailoverRedis',
      description: 'myNonClusteredRedis with two read replicas',
      members: ['myNonClusteredRedis-001', 'myNonClusteredRedis-002', 'myNonClusteredRedis-003'],
      availabilityZones: ['us-east-1c', 'us-east-1a', 'us-east-1b'],
      automaticFailover: true,
      multiAz: true,
      nodeType: 'cache.m3.2xlarge',
      engineVersion: '3.2.4',
      dataSizeMb: 3,
      snapshotRetentionLimit: 0,
      createdAt: '2017-01-12T18:59:48.048Z',
    },
    {
      kind: 'replicated',
      id: 'myReplicatedRedis',
      description: 'Primary with two read replicas',
      replicas: 2,
      automaticFailover: true,
      nodeType: 'cache.m3.large',
      engineVersion: '3.2.4',
      dataSizeMb: 12,
      snapshotRetentionLimit: 5,
      createdAt: '2017-02-03T10:14:02.512Z',
    },
    {
      kind: 'clustered',
      id: 'myClusteredRedis',
      description: '2 shards 2 nodes each',
      shards: 2,
      replicasPerShard: 1,
      nodeType: 'cache.r3.large',
      engineVersion: '3.2.4',
      dataSizeMb: 8,
      snapshotRetentionLimit: 1,
      snapshotWindow: '10:00-11:00',
      maintenanceWindow: 'sat:03:30-sat:04:30',
      createdAt: '2017-01-12T19:20:11.407Z',
    },
    {
      kind: 'single',
      id: 'myLegacyRedis',
      nodeType: 'cache.t1.micro',
      engineVersion: '2.8.24',
      dataSizeMb: 1,
      createdAt: '2016-05-20T08:01:44.120Z',
    },
    {
      kind: 'single',
      // Another status, settled: a demo with no work running sends no requests.
      id: 'myIsolatedRedis',
      nodeType: 'cache.m3.medium',
      engineVersion: '3.2.10',
      status: 'incompatible-network',
      dataSizeMb: 2,
      createdAt: '2018-03-08T14:45:09.900Z',
    },
    {
      kind: 'single',
      id: 'myMemcached',
      engine: 'memcached',
      numNodes: 2,
      nodeType: 'cache.m3.medium',
      engineVersion: '1.4.34',
      createdAt: '2017-06-01T12:00:00.000Z',
    },
  ],
  snapshots: [
    { name: 'baseline-test-data', from: 'myNonClusteredRedis', source: 'manual', ageHours: 72 },
    { name: 'myclusteredredis-before-upgrade', from: 'myClusteredRedis', source: 'manual', ageHours: 240 },
    { from: 'myReplicatedRedis', source: 'automated', ageHours: 20 },
    { from: 'myClusteredRedis', source: 'automated', ageHours: 14 },
  ],
};
