/**
 * AWS faults as the API model defines them: the wire `Code` and HTTP status
 * (docs/reference/api-operations.md). The SDK maps the wire code to its exception
 * name, e.g. `CacheClusterNotFound` becomes `CacheClusterNotFoundFault`.
 */
export class AwsFault extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 403 | 404 | 405 | 413 | 500 | 501 | 502 = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export const faults = {
  invalidParameterValue: (message: string) => new AwsFault('InvalidParameterValue', message),
  invalidParameterCombination: (message: string) => new AwsFault('InvalidParameterCombination', message),
  missingParameter: (name: string) =>
    new AwsFault('MissingParameter', `The request must contain the parameter ${name}.`),
  invalidAction: (action: string) =>
    new AwsFault('InvalidAction', `The action ${action} is not valid for this web service.`),
  /** AWS's query front ends on an unknown Action/Version pair (as the EC2 and STS endpoints answer). */
  unknownVersion: (action: string, version: string) =>
    new AwsFault('InvalidAction', `Could not find operation ${action} for version ${version}`),
  /** Browsers send GETs from any page (`<img>`), so the emulator takes writes by POST only. */
  writeByPostOnly: (action: string) =>
    new AwsFault('MethodNotAllowed', `${action} changes the account: send it by POST.`, 405),
  /** What AWS answers on an unexpected error; details stay in the emulator's log, never local paths. */
  internalFailure: () => new AwsFault('InternalFailure', 'The request processing has failed because of an unknown error.', 500),
  cacheClusterNotFound: (id: string) => new AwsFault('CacheClusterNotFound', `CacheCluster not found: ${id}`, 404),
  replicationGroupNotFound: (id: string) =>
    new AwsFault('ReplicationGroupNotFoundFault', `ReplicationGroup not found: ${id}`, 404),
  snapshotNotFound: (name: string) => new AwsFault('SnapshotNotFoundFault', `Snapshot ${name} not found.`, 404),
  snapshotAlreadyExists: (name: string) =>
    new AwsFault('SnapshotAlreadyExistsFault', `Snapshot with specified name [${name}] already exists.`),
  invalidCacheClusterState: (id: string, status: string) =>
    new AwsFault('InvalidCacheClusterState', `Cache cluster ${id} is not in available state (current status: ${status}).`),
  invalidReplicationGroupState: (id: string, status: string) =>
    new AwsFault(
      'InvalidReplicationGroupState',
      `Replication group ${id} is not in available state (current status: ${status}).`,
    ),
  snapshotFeatureNotSupported: (message: string) => new AwsFault('SnapshotFeatureNotSupportedFault', message),
  invalidSnapshotState: (name: string, status: string) =>
    new AwsFault('InvalidSnapshotState', `Snapshot ${name} is not in available state (current status: ${status}).`),
  cacheClusterAlreadyExists: (id: string) => new AwsFault('CacheClusterAlreadyExists', `Cache cluster ${id} already exists.`),
  replicationGroupAlreadyExists: (id: string) =>
    new AwsFault('ReplicationGroupAlreadyExists', `Replication group ${id} already exists.`),
  snapshotQuotaExceeded: (limit: number) =>
    new AwsFault(
      'SnapshotQuotaExceededFault',
      `You have reached the limit of ${limit} manual snapshots for this cluster in a 24-hour period.`,
    ),
  invalidArn: (arn: string) => new AwsFault('InvalidARN', `Invalid ARN: ${arn}`),
  tagQuotaPerResourceExceeded: (limit: number) =>
    new AwsFault(
      'TagQuotaPerResourceExceeded',
      `The request cannot be processed because it would cause the resource to have more than the allowed number of tags. The maximum number of tags permitted on a resource is ${limit}.`,
    ),
  tagNotFound: (key: string) => new AwsFault('TagNotFound', `The requested tag ${key} was not found on this resource.`, 404),
  cacheParameterGroupNotFound: (name: string) => new AwsFault('CacheParameterGroupNotFound', `CacheParameterGroup ${name} not found.`, 404),
  cacheSubnetGroupNotFound: (name: string) => new AwsFault('CacheSubnetGroupNotFoundFault', `CacheSubnetGroup ${name} not found.`),
  cacheSecurityGroupNotFound: (name: string) => new AwsFault('CacheSecurityGroupNotFound', `CacheSecurityGroup ${name} not found.`, 404),
  userGroupNotFound: (id: string) => new AwsFault('UserGroupNotFound', `User group ${id} not found.`, 404),
  globalReplicationGroupNotFound: (id: string) =>
    new AwsFault('GlobalReplicationGroupNotFoundFault', `Global replication group ${id} not found.`, 404),
  /**
   * An operation of the ElastiCache API (botocore's model) this emulator doesn't implement:
   * HTTP 501 Not Implemented, as LocalStack answers for operations it lacks, with its own
   * code so a client tells it from InvalidAction (no such API). botocore doesn't retry 501;
   * the JavaScript SDK retries 5xx, so the answer arrives after its attempts.
   */
  notImplemented: (action: string) =>
    new AwsFault(
      'NotImplemented',
      `The ElastiCache operation ${action} exists in the API but is not implemented by this emulator (see its README, "Implemented operations").`,
      501,
    ),
};
