// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { memoryExport } from '../engine/export-port';
import { folderExport } from './folder-export';

/** Issue 15: without an S3 endpoint the Node service exports into a folder; the browser into memory. */
const exportRequest = (bucket: string, target: string) => ({
  method: 'POST',
  url: '/',
  body: `Action=CopySnapshot&Version=2015-02-02&SourceSnapshotName=baseline-test-data&TargetSnapshotName=${target}&TargetBucket=${bucket}`,
});

describe('export stores', () => {
  it('a folder: one subfolder per bucket, real RDB files from the data dir when the backup has them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'export-'));
    mkdirSync(join(root, 's3', 'my-bucket'), { recursive: true });
    mkdirSync(join(root, 'snapshots', 'baseline-test-data'), { recursive: true });
    const real = Buffer.from('REDIS0011-real-bytes');
    writeFileSync(join(root, 'snapshots', 'baseline-test-data', '1.rdb'), real);
    const engine = createEngine({ backupDurationMs: 0, exporter: folderExport(join(root, 's3'), root) });
    expect((await engine.handleAsync(exportRequest('my-bucket', 'out'))).status).toBe(200);
    expect(readdirSync(join(root, 's3', 'my-bucket'))).toEqual(['out-0001.rdb']);
    expect(readFileSync(join(root, 's3', 'my-bucket', 'out-0001.rdb'))).toEqual(real);
    const missing = await engine.handleAsync(exportRequest('other-bucket', 'out2'));
    expect(missing.body).toContain('The S3 bucket other-bucket does not exist.');
  });

  it('memory (the browser): its buckets, and a bucket that doesn’t grant ElastiCache WRITE', async () => {
    const store = memoryExport({ demo: {}, locked: { grants: ['READ'] } });
    const engine = createEngine({ backupDurationMs: 0, exporter: store });
    expect((await engine.handleAsync(exportRequest('demo', 'mem'))).status).toBe(200);
    expect([...store.objects.keys()]).toEqual(['demo/mem-0001.rdb']);
    expect((await engine.handleAsync(exportRequest('locked', 'mem'))).body).toContain(
      'ElastiCache has not been granted WRITE permissions locked on the S3 Bucket.',
    );
  });

  it('without a store, TargetBucket is refused, never accepted and dropped', async () => {
    const out = await createEngine().handleAsync(exportRequest('demo', 'x'));
    expect(out.status).toBe(400);
    expect(out.body).toContain('needs an S3 store');
  });
});
