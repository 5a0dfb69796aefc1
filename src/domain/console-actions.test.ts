// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ACTIONS, CONSOLE_READ_ACTIONS, isReadOnlyAction } from './console-actions';

const SRC = join(import.meta.dirname, '..');
/** The console's own code: what runs in the browser, not the emulator or the tests. */
const CONSOLE_DIRS = ['api', 'app', 'components', 'features'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the actions the console sends', () => {
  it('are exactly the SDK commands its code uses', () => {
    const used = new Set(
      CONSOLE_DIRS.flatMap((dir) => sources(join(SRC, dir)))
        .filter((file) => readFileSync(file, 'utf8').includes('@aws-sdk/client-elasticache'))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bnew ([A-Z][A-Za-z]+)Command\(/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual([...CONSOLE_ACTIONS].sort());
  });

  it('reads are Describe* and List*, and nothing else is', () => {
    expect(CONSOLE_READ_ACTIONS.every(isReadOnlyAction)).toBe(true);
    expect([...CONSOLE_ACTIONS].filter(isReadOnlyAction)).toEqual([...CONSOLE_READ_ACTIONS]);
    expect(isReadOnlyAction('Describer')).toBe(false);
    expect(isReadOnlyAction('ListTagsForResource')).toBe(true);
  });
});
