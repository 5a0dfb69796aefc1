import {
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteReplicationGroupCommand,
  DeleteSnapshotCommand,
  DescribeCacheClustersCommand,
  DescribeEventsCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
  ModifyCacheClusterCommand,
  ModifyReplicationGroupCommand,
} from '@aws-sdk/client-elasticache';
import { HttpRequest } from '@smithy/core/transport';
import { config } from '../config';
import { readAhead } from './read-ahead';

/**
 * The console's SDK client for an endpoint. maxAttempts is 1 on purpose: reads are retried by
 * react-query (short, visible back-off), and a write is never silently repeated by the SDK.
 * The credentials are placeholders: the emulator and moto accept any signature, and the
 * AWS proxy (src/aws-proxy) drops them and signs with the user's own, which the page never sees.
 */
export function createConsoleClient(options: { endpoint: string; region: string }): ElastiCacheClient {
  const created = new ElastiCacheClient({
    ...options,
    credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'emulator-secret-access-key' },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 20_000 },
  });
  // The platform's own handler (fetch in a browser), reading listings' next pages ahead, each
  // signed as the SDK signs its own (the client's signer: this region, the service elasticache).
  // One signer for them all: config.signer() builds a new one each call, deriving its key again.
  let signer: ReturnType<typeof created.config.signer> | undefined;
  const sign = async (request: HttpRequest) => new HttpRequest(await (await (signer ??= created.config.signer())).sign(request));
  created.config.requestHandler = readAhead(created.config.requestHandler, created.config.streamCollector, sign);
  return created;
}

/** The one SDK client. */
export const client = createConsoleClient({ endpoint: config.endpoint, region: config.region });

/**
 * The commands the console sends, by Action name. They load with the client: a command
 * class brings the service's schemas (about 14 KB gzipped), not the first screen's code.
 */
export const commands = {
  CopySnapshot: CopySnapshotCommand,
  CreateCacheCluster: CreateCacheClusterCommand,
  CreateReplicationGroup: CreateReplicationGroupCommand,
  CreateSnapshot: CreateSnapshotCommand,
  DeleteCacheCluster: DeleteCacheClusterCommand,
  DeleteReplicationGroup: DeleteReplicationGroupCommand,
  DeleteSnapshot: DeleteSnapshotCommand,
  DescribeCacheClusters: DescribeCacheClustersCommand,
  DescribeEvents: DescribeEventsCommand,
  DescribeReplicationGroups: DescribeReplicationGroupsCommand,
  DescribeSnapshots: DescribeSnapshotsCommand,
  ListTagsForResource: ListTagsForResourceCommand,
  ModifyCacheCluster: ModifyCacheClusterCommand,
  ModifyReplicationGroup: ModifyReplicationGroupCommand,
};
