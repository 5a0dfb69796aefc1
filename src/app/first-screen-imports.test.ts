import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..');

/** Static value imports of a source file (type-only ones are erased; `import()` loads later). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)(?:[\s\S]*?\s+from\s+)?'([^']+)';/gm)].flatMap((m) => (m[1] ? [m[1]] : []));
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, base].find((candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate));
}

/** What the entry loads before anything else: our files and the packages they name. */
function initialCode(entry: string) {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) packages.set(specifier, relative(SRC, file));
      else if (!specifier.endsWith('.css')) {
        const next = resolveLocal(file, specifier);
        if (next) visit(next);
      }
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(SRC, f)), packages };
}

// Issue 17: the first screen's JavaScript stays under 200 KB gzipped (`npm run bench`). These
// load later, with the request or the dialog that needs them: zod (about 20 KB gzipped), the
// SDK's commands and schemas (about 14 KB), the Create Backup write path.
describe('the first screen’s static imports (src/main.tsx onwards)', () => {
  const { files, packages } = initialCode(join(SRC, 'main.tsx'));

  it.each(['zod', '@aws-sdk/client-elasticache'])('do not include %s', (name) => {
    expect(packages.get(name), `imported by ${packages.get(name)}`).toBeUndefined();
  });

  it('do not include the Create Backup write path', () => {
    expect(files).toContain('api/snapshots.ts');
    expect(files).not.toContain('api/create-backup.ts');
  });
});
