import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import { browserStore } from './browser-store';

/** Two tabs of the console: two engines on one browser's storage. */
const tab = () => createEngine({ store: browserStore('"default"'), backupDurationMs: 0 });

const post = (engine: ReturnType<typeof tab>, params: Record<string, string>) =>
  engine.handle({ method: 'POST', url: 'http://localhost/emulator/', body: new URLSearchParams({ Version: '2015-02-02', ...params }).toString() });

const snapshotNames = (engine: ReturnType<typeof tab>) =>
  [...post(engine, { Action: 'DescribeSnapshots' }).body.matchAll(/<SnapshotName>([^<]+)<\/SnapshotName>/g)].map((m) => m[1]);

describe('tabs of one browser share the account', () => {
  afterEach(() => localStorage.clear());

  it('a backup made in one tab is listed in the other, and the other tab\'s delete keeps it', () => {
    const a = tab();
    const b = tab();
    expect(post(a, { Action: 'CreateSnapshot', CacheClusterId: 'mynonclusteredredis', SnapshotName: 'tab-a-backup' }).status).toBe(200);
    expect(snapshotNames(b)).toContain('tab-a-backup');

    expect(post(b, { Action: 'DeleteSnapshot', SnapshotName: 'baseline-test-data' }).status).toBe(200);
    // A reload, a new tab and tab A all see both changes.
    for (const engine of [a, tab()]) {
      expect(snapshotNames(engine)).toContain('tab-a-backup');
      expect(post(engine, { Action: 'DescribeSnapshots', SnapshotName: 'baseline-test-data' }).body).toContain('<SnapshotStatus>deleting</SnapshotStatus>');
    }
  });

  it('Reset demo data in one tab resets the other', () => {
    const a = tab();
    const b = tab();
    post(a, { Action: 'CreateSnapshot', CacheClusterId: 'mynonclusteredredis', SnapshotName: 'before-reset' });
    b.reset();
    expect(snapshotNames(a)).not.toContain('before-reset');
  });
});
