/**
 * The seed's three Linux `create-snapshot` commands and its two example outputs, copied
 * verbatim from docs/reference/seed-making-manual-backups.md (the AWS docs page
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-manual.html).
 */
export const seedCommands = [
  "aws elasticache create-snapshot \\\n    --cache-cluster-id myNonClusteredRedis \\\n    --snapshot-name bkup-20150515",
  "aws elasticache create-snapshot \\\n    --cache-cluster-id myNonClusteredRedis-001 \\\n    --snapshot-name bkup-20150515",
  "aws elasticache create-snapshot \\\n    --replication-group-id myClusteredRedis \\\n    --snapshot-name bkup-20150515"
];

export const seedOutputs = [
  {
    "Snapshot": {
      "Engine": "redis",
      "CacheParameterGroupName": "default.redis3.2",
      "VpcId": "vpc-91280df6",
      "CacheClusterId": "myNonClusteredRedis-001",
      "SnapshotRetentionLimit": 0,
      "NumCacheNodes": 1,
      "SnapshotName": "bkup-20150515",
      "CacheClusterCreateTime": "2017-01-12T18:59:48.048Z",
      "AutoMinorVersionUpgrade": true,
      "PreferredAvailabilityZone": "us-east-1c",
      "SnapshotStatus": "creating",
      "SnapshotSource": "manual",
      "SnapshotWindow": "08:30-09:30",
      "EngineVersion": "3.2.4",
      "NodeSnapshots": [
        {
          "CacheSize": "",
          "CacheNodeId": "0001",
          "CacheNodeCreateTime": "2017-01-12T18:59:48.048Z"
        }
      ],
      "CacheSubnetGroupName": "default",
      "Port": 6379,
      "PreferredMaintenanceWindow": "wed:07:30-wed:08:30",
      "CacheNodeType": "cache.m3.2xlarge"
    }
  },
  {
    "Snapshot": {
      "Engine": "redis",
      "CacheParameterGroupName": "default.redis3.2.cluster.on",
      "VpcId": "vpc-91280df6",
      "NodeSnapshots": [
        {
          "CacheSize": "",
          "NodeGroupId": "0001"
        },
        {
          "CacheSize": "",
          "NodeGroupId": "0002"
        }
      ],
      "NumNodeGroups": 2,
      "SnapshotName": "bkup-20150515",
      "ReplicationGroupId": "myClusteredRedis",
      "AutoMinorVersionUpgrade": true,
      "SnapshotRetentionLimit": 1,
      "AutomaticFailover": "enabled",
      "SnapshotStatus": "creating",
      "SnapshotSource": "manual",
      "SnapshotWindow": "10:00-11:00",
      "EngineVersion": "3.2.4",
      "CacheSubnetGroupName": "default",
      "ReplicationGroupDescription": "2 shards 2 nodes each",
      "Port": 6379,
      "PreferredMaintenanceWindow": "sat:03:30-sat:04:30",
      "CacheNodeType": "cache.r3.large"
    }
  }
];
