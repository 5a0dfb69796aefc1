import type { ActionName, ActionOutputs, RequestOf } from '../domain/api-request';
import { elasticache } from './elasticache-client';

/**
 * The one send path of every console write: the request the dialog built and showed as
 * CLI text (src/domain/requests.ts) is the request sent, by its Action's name.
 */
export function sendRequest<A extends ActionName>(request: RequestOf<A>): Promise<ActionOutputs[A]> {
  return elasticache.call(request.action, request.params);
}
