import { connectCommand } from './cache-detail';

const endpoints = [
  { label: 'Configuration endpoint', value: 'sharded.abc123.cfg.use1.cache.amazonaws.com:6379' },
  { label: 'Primary endpoint', value: '127.0.0.1:26801' },
];

describe('connectCommand', () => {
  it.each([
    ['redis', false, 'redis-cli -h 127.0.0.1 -p 26801'],
    ['valkey', false, 'valkey-cli -h 127.0.0.1 -p 26801'],
    ['redis', true, 'redis-cli -c -h sharded.abc123.cfg.use1.cache.amazonaws.com -p 6379'],
    ['memcached', false, undefined],
  ])('%s, cluster mode %s: %s', (engine, clusterMode, expected) => {
    expect(connectCommand(engine, clusterMode, endpoints)).toBe(expected);
  });
  it('has nothing to connect to before the endpoints exist (a cache being created)', () => {
    expect(connectCommand('redis', false, [])).toBeUndefined();
  });
});
