import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, type EmulatorOptions } from '../emulator/engine/engine';

/** The README's "Emulator settings" example, as a reader would paste it. */
function readmeOptions(): EmulatorOptions {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const literal = /window\.__ELASTICACHE_EMULATOR__ = o; \}, (\{[\s\S]*?\n\})\);/.exec(readme)?.[1];
  if (!literal) throw new Error('README.md has no addInitScript example');
  return new Function(`return (${literal});`)() as EmulatorOptions;
}

describe('the README', () => {
  it('gives an emulator settings example the emulator accepts', () => {
    const engine = createEngine(readmeOptions());
    expect([...engine.db.clusters.keys()]).toContain('cache-a');
    expect([...engine.db.snapshots.values()].some((s) => s.source === 'automated')).toBe(true);
  });
});
