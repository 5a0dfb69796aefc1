import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ACTIONS } from '../domain/console-actions';
import { commands } from './elasticache-sdk';

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

/** The AWS proxy's allow-list (src/domain/console-actions.ts) against the console's code. */
describe('the actions the console sends', () => {
  it('are exactly the SDK commands its code uses', () => {
    // Commands are sent by name from the lazily loaded map (src/api/elasticache-sdk.ts): reads
    // call it directly, writes through sendRequest with the action a builder of
    // src/domain/requests.ts names. Any command constructed directly counts too.
    const code = CONSOLE_DIRS.flatMap((dir) => sources(join(SRC, dir))).map((file) => readFileSync(file, 'utf8'));
    const called = code.flatMap((text) => [...text.matchAll(/\belasticache\.call\('([A-Za-z]+)'/g)].map((m) => m[1]));
    const constructed = code.flatMap((text) => [...text.matchAll(/\bnew ([A-Z][A-Za-z]+)Command\(/g)].map((m) => m[1]));
    const built = [...readFileSync(join(SRC, 'domain', 'requests.ts'), 'utf8').matchAll(/\baction: '([A-Za-z]+)'/g)].map((m) => m[1]);
    const used = new Set([...called, ...constructed, ...built]);
    expect([...used].sort()).toEqual([...CONSOLE_ACTIONS].sort());
    expect(Object.keys(commands).sort()).toEqual([...CONSOLE_ACTIONS].sort());
  });
});
