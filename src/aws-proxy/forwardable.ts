import { CONSOLE_ACTIONS, isReadOnlyAction } from '../domain/console-actions';
import { AwsFault, faults } from '../emulator/engine/faults';

/**
 * The action of a console request if the proxy may forward it, else the fault saying why
 * not: one Action per request, one the console uses (src/domain/console-actions.ts), and
 * with --read-only a Describe* or List* only.
 */
export function forwardable(body: string, readOnly: boolean): { action: string } | AwsFault {
  const actions = new URLSearchParams(body).getAll('Action');
  const [action] = actions;
  if (action === undefined) return faults.missingParameter('Action');
  if (actions.length > 1) return faults.invalidParameterCombination('A request names one Action.');
  if (!CONSOLE_ACTIONS.has(action)) {
    return new AwsFault(
      'AccessDenied',
      `The AWS proxy forwards only the ElastiCache actions the console uses; ${action} is not one of them.`,
      403,
    );
  }
  if (readOnly && !isReadOnlyAction(action)) {
    return new AwsFault(
      'AccessDenied',
      `The AWS proxy runs with --read-only: it forwards Describe* and List* calls only, so ${action} was not sent.`,
      403,
    );
  }
  return { action };
}
