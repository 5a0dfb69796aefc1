import {
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteReplicationGroupCommand,
  DeleteSnapshotCommand,
  type CopySnapshotCommandInput,
  type CreateCacheClusterCommandInput,
  type CreateReplicationGroupCommandInput,
  type CreateSnapshotCommandInput,
  type DeleteCacheClusterCommandInput,
  type DeleteReplicationGroupCommandInput,
  type DeleteSnapshotCommandInput,
} from '@aws-sdk/client-elasticache';
import type { ApiRequest } from '../domain/aws-cli';
import { elasticache } from './elasticache-client';

/**
 * Sends an action exactly as the console shows it (AWS CLI text and API request are
 * built from the same ApiRequest), so what the user reads is what the service gets.
 */
type Input = ApiRequest['params'];
const SENDERS: Record<string, (input: Input) => Promise<unknown>> = {
  CreateSnapshot: (i) => elasticache.send(new CreateSnapshotCommand(i as unknown as CreateSnapshotCommandInput)),
  CopySnapshot: (i) => elasticache.send(new CopySnapshotCommand(i as unknown as CopySnapshotCommandInput)),
  DeleteSnapshot: (i) => elasticache.send(new DeleteSnapshotCommand(i as unknown as DeleteSnapshotCommandInput)),
  DeleteCacheCluster: (i) => elasticache.send(new DeleteCacheClusterCommand(i as unknown as DeleteCacheClusterCommandInput)),
  DeleteReplicationGroup: (i) =>
    elasticache.send(new DeleteReplicationGroupCommand(i as unknown as DeleteReplicationGroupCommandInput)),
  CreateCacheCluster: (i) => elasticache.send(new CreateCacheClusterCommand(i as unknown as CreateCacheClusterCommandInput)),
  CreateReplicationGroup: (i) =>
    elasticache.send(new CreateReplicationGroupCommand(i as unknown as CreateReplicationGroupCommandInput)),
};

export async function sendRequest(request: ApiRequest): Promise<unknown> {
  const send = SENDERS[request.action];
  if (!send) throw new Error(`The console can't send ${request.action}.`);
  const input = Object.fromEntries(Object.entries(request.params).filter(([, v]) => v !== undefined));
  return send(input);
}
