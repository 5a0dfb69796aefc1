import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../test/well-formed';
import { createEngine } from './engine';
import { toXml } from './xml';

/** What the engine checks before any action runs: the action, the version, the parameters. */
const engine = () => createEngine({ backupDurationMs: 0, createDurationMs: 0, deleteDurationMs: 0 });
const post = (body: string, e = engine()) => e.handle({ method: 'POST', url: 'http://localhost/', body });
const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('the action', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])('%s is not an action: InvalidAction, nothing inside shown', (action) => {
    const response = post(`Action=${action}&Version=2015-02-02`);
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>InvalidAction</Code>');
    expect(xmlProblem(response.body)).toBeUndefined();
  });
});

describe('the version', () => {
  it('answers a version other than 2015-02-02 as AWS does: InvalidAction, could not find the operation for that version', () => {
    const response = post('Action=DescribeSnapshots&Version=1999-01-01');
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>InvalidAction</Code><Message>Could not find operation DescribeSnapshots for version 1999-01-01</Message>');
  });

  it('asks for a missing version', () => {
    expect(post('Action=DescribeSnapshots').body).toContain('<Code>MissingParameter</Code><Message>The request must contain the parameter Version.</Message>');
  });
});

describe('parameters', () => {
  it('refuses a parameter given twice, instead of quietly taking the first', () => {
    const e = engine();
    const response = post('Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=myNonClusteredRedis&SnapshotName=a-one&SnapshotName=a-two', e);
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>InvalidParameterValue</Code><Message>The parameter SnapshotName is given more than once.</Message>');
    expect(e.db.snapshots.has('a-one')).toBe(false);
  });

  it('refuses characters XML 1.0 does not allow, naming them escaped, never echoing them raw', () => {
    const e = engine();
    const response = post(form({ Action: 'CreateReplicationGroup', Version: '2015-02-02', ReplicationGroupId: 'ctl', ReplicationGroupDescription: 'a\u0001b', CacheNodeType: 'cache.t3.micro' }), e);
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>InvalidParameterValue</Code><Message>The parameter ReplicationGroupDescription holds a character XML does not allow (U+0001).</Message>');
    expect(xmlProblem(response.body)).toBeUndefined();
    expect(e.db.groups.has('ctl')).toBe(false);
  });
});

describe('writes', () => {
  it('are taken only by POST: a GET form of CreateSnapshot (an <img> on any page) changes nothing', () => {
    const e = engine();
    const response = e.handle({ method: 'GET', url: 'http://localhost/?Action=CreateSnapshot&Version=2015-02-02&CacheClusterId=myNonClusteredRedis&SnapshotName=by-get', body: '' });
    expect(response.status).toBe(405);
    expect(response.body).toContain('<Code>MethodNotAllowed</Code>');
    expect(e.db.snapshots.has('by-get')).toBe(false);
    // Reads keep their GET form.
    expect(e.handle({ method: 'GET', url: 'http://localhost/?Action=DescribeSnapshots&Version=2015-02-02', body: '' }).status).toBe(200);
  });
});

/** Every text parameter the actions read, with a request that is otherwise valid. */
const REQUESTS: [string, Record<string, string>][] = [
  ['DescribeSnapshots', { SnapshotName: 'baseline-test-data', CacheClusterId: 'x', ReplicationGroupId: 'x', SnapshotSource: 'user', Marker: 'm', MaxRecords: '20', ShowNodeGroupConfig: 'true' }],
  ['DescribeCacheClusters', { CacheClusterId: 'x', Marker: 'm', MaxRecords: '20', ShowCacheNodeInfo: 'true', ShowCacheClustersNotInReplicationGroups: 'false' }],
  ['DescribeReplicationGroups', { ReplicationGroupId: 'x', Marker: 'm', MaxRecords: '20' }],
  ['CreateSnapshot', { CacheClusterId: 'myNonClusteredRedis', ReplicationGroupId: 'x', SnapshotName: 'prop' }],
  ['CopySnapshot', { SourceSnapshotName: 'baseline-test-data', TargetSnapshotName: 'prop', TargetBucket: 'b' }],
  ['DeleteSnapshot', { SnapshotName: 'baseline-test-data' }],
  ['DeleteCacheCluster', { CacheClusterId: 'myNonClusteredRedis', FinalSnapshotIdentifier: 'prop' }],
  ['DeleteReplicationGroup', { ReplicationGroupId: 'myReplicatedRedis', RetainPrimaryCluster: 'false', FinalSnapshotIdentifier: 'prop' }],
  ['CreateCacheCluster', { CacheClusterId: 'prop', CacheNodeType: 'cache.t3.micro', Engine: 'redis', EngineVersion: '7.1', SnapshotWindow: '05:00-06:00', CacheParameterGroupName: 'p', NumCacheNodes: '1', SnapshotRetentionLimit: '1' }],
  ['CreateReplicationGroup', { ReplicationGroupId: 'prop', ReplicationGroupDescription: 'd', CacheNodeType: 'cache.t3.micro', ClusterMode: 'disabled', AutomaticFailoverEnabled: 'true', NumCacheClusters: '2', SnapshotWindow: '05:00-06:00', EngineVersion: '7.1' }],
];
const CASES = REQUESTS.flatMap(([action, params]) => Object.keys(params).map((parameter) => ({ action, params, parameter })));

const nasty = fc.string({
  unit: fc.oneof(fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\ufffe', '\uffff', '\ud800', '\udc00', '<', '&', ']]>', '"'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 24,
});

describe.each(CASES)('$action with an arbitrary $parameter', ({ action, params, parameter }) => {
  it('answers well-formed XML 1.0, and so does every Describe afterwards', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const e = engine();
        const answers = [post(form({ Action: action, Version: '2015-02-02', ...params, [parameter]: value }), e)];
        for (const describe of ['DescribeSnapshots', 'DescribeCacheClusters', 'DescribeReplicationGroups']) {
          answers.push(post(`Action=${describe}&Version=2015-02-02`, e));
        }
        for (const answer of answers) expect(xmlProblem(answer.body), `${parameter}=${JSON.stringify(value)}: ${answer.body}`).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});

it('writes a stored value XML does not allow (a data file from an older emulator) as well-formed text', () => {
  expect(xmlProblem(toXml('Description', 'a\u0001b\ud800c'))).toBeUndefined();
});
