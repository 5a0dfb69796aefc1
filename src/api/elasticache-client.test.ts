import { DescribeCacheClustersCommand } from '@aws-sdk/client-elasticache';
import { afterEach, describe, expect, it } from 'vitest';
import { testEmulator } from '../test/emulator';
import { elasticache, holdRequestsUntil } from './elasticache-client';

// Issue 17: the console renders before the in-browser emulator has started; its requests wait.
describe('elasticache.send waits for what holdRequestsUntil was given', () => {
  const sent: string[] = [];
  const record = () => sent.push('request');
  afterEach(() => {
    holdRequestsUntil(Promise.resolve());
    testEmulator.server.events.removeListener('request:start', record);
    sent.length = 0;
  });

  it('sends once it resolves, and answers', async () => {
    testEmulator.server.events.on('request:start', record);
    let release = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (release = resolve)));
    const answer = elasticache.send(new DescribeCacheClustersCommand({}));
    await import('./elasticache-sdk');
    sent.push('released');
    release();
    expect((await answer).CacheClusters?.length).toBeGreaterThan(0);
    expect(sent).toEqual(['released', 'request']);
  });

  it('elasticache.call (an Action by name, its command loaded with the client) waits too', async () => {
    testEmulator.server.events.on('request:start', record);
    let release = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (release = resolve)));
    const answer = elasticache.call('DescribeCacheClusters', { MaxRecords: 100 });
    await import('./elasticache-sdk');
    sent.push('released');
    release();
    expect((await answer).CacheClusters?.length).toBeGreaterThan(0);
    expect(sent).toEqual(['released', 'request']);
  });

  it('sends nothing when it fails (the emulator could not start), and says why', async () => {
    testEmulator.server.events.on('request:start', record);
    holdRequestsUntil(Promise.reject(new Error('The emulator could not start.')));
    await expect(elasticache.send(new DescribeCacheClustersCommand({}))).rejects.toThrow('The emulator could not start.');
    expect(sent).toEqual([]);
  });
});
