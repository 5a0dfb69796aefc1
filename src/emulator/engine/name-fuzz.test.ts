// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';

/**
 * Every name the API takes, sent raw as a form body (the console bypassed): accepted
 * exactly when it follows the naming rule, else InvalidParameterValue and no change.
 * The reference pattern is written independently of the zod schema the engine uses.
 */
const rule = (max: number) => new RegExp(`^(?!.*--)[A-Za-z][A-Za-z0-9-]{0,${max - 1}}(?<!-)$`);

const PARAMETERS = [
  { parameter: 'SnapshotName', max: 40, body: (v: string) => `Action=CreateSnapshot&CacheClusterId=myNonClusteredRedis&SnapshotName=${v}` },
  {
    parameter: 'TargetSnapshotName',
    max: 40,
    body: (v: string) => `Action=CopySnapshot&SourceSnapshotName=baseline-test-data&TargetSnapshotName=${v}`,
  },
  {
    parameter: 'FinalSnapshotIdentifier',
    max: 40,
    body: (v: string) => `Action=DeleteCacheCluster&CacheClusterId=myNonClusteredRedis&FinalSnapshotIdentifier=${v}`,
  },
  { parameter: 'CacheClusterId', max: 50, body: (v: string) => `Action=CreateCacheCluster&SnapshotName=baseline-test-data&CacheClusterId=${v}` },
  {
    parameter: 'ReplicationGroupId',
    max: 40,
    body: (v: string) => `Action=CreateReplicationGroup&ReplicationGroupDescription=d&SnapshotName=myclusteredredis-before-upgrade&ReplicationGroupId=${v}`,
  },
];

const HOSTILE = [
  '',
  '   ',
  'a'.repeat(41),
  'a'.repeat(51),
  'ünïcödé',
  'ab٣٤',
  '<script>alert(1)</script>',
  `"'; DROP TABLE snapshots; --`,
  'x\u0000y',
  'name with spaces',
];

const names = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,55}$/),
);

describe.each(PARAMETERS)('$parameter, sent raw', ({ parameter, max, body }) => {
  it('is accepted exactly when it follows the naming rule; otherwise InvalidParameterValue and nothing changes', () => {
    fc.assert(
      fc.property(names, (value) => {
        const engine = createEngine({ backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0 });
        const before = JSON.stringify([...engine.db.snapshots.keys(), ...engine.db.clusters.keys(), ...engine.db.groups.keys()]);
        const response = engine.handle({ method: 'POST', url: 'http://localhost/', body: `${body(encodeURIComponent(value))}&Version=2015-02-02` });
        if (rule(max).test(value)) {
          expect(response.status, `${parameter}=${JSON.stringify(value)}: ${response.body}`).toBe(200);
        } else {
          expect(response.status).toBe(400);
          expect(response.body).toContain('<Code>InvalidParameterValue</Code>');
          // The value is echoed as escaped text, never as markup.
          expect(response.body).not.toContain('<script>');
          const after = JSON.stringify([...engine.db.snapshots.keys(), ...engine.db.clusters.keys(), ...engine.db.groups.keys()]);
          expect(after).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});
