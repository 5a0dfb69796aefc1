import { awsIdentifierSchema, identifierConstraintText } from './aws-identifier';

/** SnapshotName, TargetSnapshotName and FinalSnapshotIdentifier: 1–40 characters. */
export const SNAPSHOT_NAME_MAX_LENGTH = 40;
export const snapshotNameSchema = awsIdentifierSchema(SNAPSHOT_NAME_MAX_LENGTH);
export const snapshotNameConstraint = identifierConstraintText(SNAPSHOT_NAME_MAX_LENGTH);

/** CacheClusterId: 1–50; ReplicationGroupId: 1–40 (shared/reference/README.md, "Names"). */
export const cacheClusterIdSchema = awsIdentifierSchema(50);
export const replicationGroupIdSchema = awsIdentifierSchema(40);
