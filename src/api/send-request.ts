import type { ActionInputs, ActionName, ActionOutputs, RequestOf } from '../domain/api-request';
import { elasticache } from './elasticache-client';

/** Each action's SDK command; typed per action, so no input needs a cast. */
const SENDERS: { [A in ActionName]: (input: ActionInputs[A]) => Promise<ActionOutputs[A]> } = {
  CreateSnapshot: (input) => elasticache.call('CreateSnapshot', input),
  CopySnapshot: (input) => elasticache.call('CopySnapshot', input),
  DeleteSnapshot: (input) => elasticache.call('DeleteSnapshot', input),
  DeleteCacheCluster: (input) => elasticache.call('DeleteCacheCluster', input),
  DeleteReplicationGroup: (input) => elasticache.call('DeleteReplicationGroup', input),
  CreateCacheCluster: (input) => elasticache.call('CreateCacheCluster', input),
  CreateReplicationGroup: (input) => elasticache.call('CreateReplicationGroup', input),
  ModifyCacheCluster: (input) => elasticache.call('ModifyCacheCluster', input),
  ModifyReplicationGroup: (input) => elasticache.call('ModifyReplicationGroup', input),
};

/**
 * The one send path of every console write: the request the dialog built and showed as
 * CLI text (src/domain/requests.ts) is the request sent.
 */
export function sendRequest<A extends ActionName>(request: RequestOf<A>): Promise<ActionOutputs[A]> {
  return SENDERS[request.action](request.params);
}
