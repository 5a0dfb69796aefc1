import { awsIdentifierSchema, identifierConstraintText } from './aws-identifier';

/** SnapshotName, TargetSnapshotName and FinalSnapshotIdentifier: 1–40 characters. */
export const SNAPSHOT_NAME_MAX_LENGTH = 40;
export const snapshotNameSchema = awsIdentifierSchema(SNAPSHOT_NAME_MAX_LENGTH);
export const snapshotNameConstraint = identifierConstraintText(SNAPSHOT_NAME_MAX_LENGTH);

/** CacheClusterId: 1–50; ReplicationGroupId: 1–40 (docs/reference/README.md, "Names"; botocore's model). */
export const CACHE_CLUSTER_ID_MAX_LENGTH = 50;
export const REPLICATION_GROUP_ID_MAX_LENGTH = 40;
export const cacheClusterIdSchema = awsIdentifierSchema(CACHE_CLUSTER_ID_MAX_LENGTH);
export const replicationGroupIdSchema = awsIdentifierSchema(REPLICATION_GROUP_ID_MAX_LENGTH);

/** A cluster mode enabled backup restores into a replication group, others into a cluster. */
export function restoredIdMaxLength(clusterModeEnabled: boolean): number {
  return clusterModeEnabled ? REPLICATION_GROUP_ID_MAX_LENGTH : CACHE_CLUSTER_ID_MAX_LENGTH;
}
