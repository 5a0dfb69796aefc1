import { describe, expect, it } from 'vitest';
import { CACHE_ACTION_CASES } from './cache-action-cases';
import { backupBlocker, backupUnsupported, deleteBlocker } from './cache-actions';
import { isNodeType, NODE_TYPES, nodeTypeSupportsBackups } from './node-types';

const verdict = (reason: string | null, word: string | null) => (word === null ? reason === null : reason?.includes(word) ?? false);

describe('can this cache be backed up / deleted now, and why not', () => {
  it.each(CACHE_ACTION_CASES)('$nodeType, $status: backup $backup, delete $delete', (c) => {
    const cache = { id: 'c1', nodeType: c.nodeType, status: c.status };
    expect(verdict(backupBlocker(cache), c.backup), String(backupBlocker(cache))).toBe(true);
    expect(verdict(deleteBlocker(cache), c.delete), String(deleteBlocker(cache))).toBe(true);
    expect(backupBlocker(cache) ?? '').toMatch(c.backup === null ? /^$/ : /^c1 /);
  });

  it('says the node type is why, whatever the status', () => {
    expect(backupUnsupported({ id: 'old', nodeType: 'cache.t1.micro' })).toBe("old runs on cache.t1.micro nodes, which don't support backups.");
    expect(backupUnsupported({ id: 'new', nodeType: 'cache.m5.large' })).toBeNull();
  });
});

describe('node types', () => {
  it.each([
    ['cache.r6g.large', true],
    ['cache.m3.2xlarge', true],
    ['cache.t1.micro', true],
    ['r6g.large', false],
    ['cache.r6g', false],
    ['cache.R6G.large', false],
  ])('%s is a node type: %s', (value, ok) => expect(isNodeType(value)).toBe(ok));

  it('offers only well-formed types that take backups', () => {
    expect(NODE_TYPES.every((t) => isNodeType(t) && nodeTypeSupportsBackups(t))).toBe(true);
  });
});
