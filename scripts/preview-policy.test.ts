// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../src/contract/moto-server';

const outDir = mkdtempSync(join(tmpdir(), 'preview-policy-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('vite preview sends the served build’s own policy, whatever its environment says', async () => {
  // An endpoint build's page (its policy allows calls to the endpoint), previewed without VITE_ELASTICACHE_ENDPOINT.
  const policy = "default-src 'self'; connect-src 'self' http://127.0.0.1:4766";
  writeFileSync(join(outDir, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}"></head><body></body></html>`);
  const port = await freePort();
  const server = await preview({ configFile: join(import.meta.dirname, '../vite.config.ts'), logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true } });
  try {
    const response = await fetch(`http://localhost:${port}/redis-oss-caches`);
    expect(response.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
  } finally {
    await server.close();
  }
});
