import {
  CopySnapshotCommand,
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteReplicationGroupCommand,
  DeleteSnapshotCommand,
  ModifyCacheClusterCommand,
  ModifyReplicationGroupCommand,
} from '@aws-sdk/client-elasticache';
import type { ActionInputs, ActionName, ActionOutputs, RequestOf } from '../domain/api-request';
import { elasticache } from './elasticache-client';

/** Each action's SDK command; typed per action, so no input needs a cast. */
const SENDERS: { [A in ActionName]: (input: ActionInputs[A]) => Promise<ActionOutputs[A]> } = {
  CreateSnapshot: (input) => elasticache.send(new CreateSnapshotCommand(input)),
  CopySnapshot: (input) => elasticache.send(new CopySnapshotCommand(input)),
  DeleteSnapshot: (input) => elasticache.send(new DeleteSnapshotCommand(input)),
  DeleteCacheCluster: (input) => elasticache.send(new DeleteCacheClusterCommand(input)),
  DeleteReplicationGroup: (input) => elasticache.send(new DeleteReplicationGroupCommand(input)),
  CreateCacheCluster: (input) => elasticache.send(new CreateCacheClusterCommand(input)),
  CreateReplicationGroup: (input) => elasticache.send(new CreateReplicationGroupCommand(input)),
  ModifyCacheCluster: (input) => elasticache.send(new ModifyCacheClusterCommand(input)),
  ModifyReplicationGroup: (input) => elasticache.send(new ModifyReplicationGroupCommand(input)),
};

/**
 * The one send path of every console write: the request the dialog built and showed as
 * CLI text (src/domain/requests.ts) is the request sent.
 */
export function sendRequest<A extends ActionName>(request: RequestOf<A>): Promise<ActionOutputs[A]> {
  return SENDERS[request.action](request.params);
}
