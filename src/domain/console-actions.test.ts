// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONSOLE_ACTIONS, CONSOLE_READ_ACTIONS, isReadOnlyAction } from './console-actions';

describe('the actions the console sends', () => {
  it('reads are Describe* and List*, and nothing else is', () => {
    expect(CONSOLE_READ_ACTIONS.every(isReadOnlyAction)).toBe(true);
    expect([...CONSOLE_ACTIONS].filter(isReadOnlyAction)).toEqual([...CONSOLE_READ_ACTIONS]);
    expect(isReadOnlyAction('Describer')).toBe(false);
    expect(isReadOnlyAction('ListTagsForResource')).toBe(true);
  });
});
