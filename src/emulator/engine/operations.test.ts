// @vitest-environment node
import { readFileSync } from 'node:fs';
import { DescribeServiceUpdatesCommand, TestFailoverCommand } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { rejection, resetEmulator, sdkClient, testEmulator } from '../../test/emulator';
import { ACTIONS } from './engine';
import { ELASTICACHE_OPERATIONS } from './operations';

/** Issue 13, item 10: "not implemented yet" is told apart from "no such API", and the README lists what is. */
const client = sdkClient();

describe('operations', () => {
  it('answers a real operation it lacks with 501 NotImplemented, naming it', async () => {
    resetEmulator();
    const failed = await rejection(client.send(new TestFailoverCommand({ ReplicationGroupId: 'myreplicatedredis', NodeGroupId: '0001' })));
    expect(failed).toMatchObject({ name: 'NotImplemented', status: 501 });
    expect(failed.message).toContain('TestFailover');
    expect(await rejection(client.send(new DescribeServiceUpdatesCommand({})))).toMatchObject({ name: 'NotImplemented', status: 501 });
  });

  it('still answers a misspelt action with InvalidAction', () => {
    const out = testEmulator.engine.handle({ method: 'POST', url: '/', body: 'Action=DescribeCacheClustrs&Version=2015-02-02' });
    expect(out.status).toBe(400);
    expect(out.body).toContain('<Code>InvalidAction</Code>');
  });

  it('implements only operations of the API', () => {
    expect(Object.keys(ACTIONS).filter((a) => !ELASTICACHE_OPERATIONS.includes(a))).toEqual([]);
  });

  it('lists exactly the implemented operations in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.split('### Implemented operations')[1]?.split('\n\n')[1] ?? '';
    const listed = [...table.matchAll(/^\| `(\w+)` \|$/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(ACTIONS).sort());
  });
});
