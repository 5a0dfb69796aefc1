import { describe, expect, it } from 'vitest';
import type { ApiRequest } from './api-request';
import { cliCommand, queryRequest } from './aws-cli';
import { createSnapshotRequest } from './requests';

// The seed's example 1 (AWS docs, backups-manual), built by the console's own builder.
const seedCall = createSnapshotRequest({ CacheClusterId: 'myNonClusteredRedis' }, 'bkup-20150515');


/** Windows' command-line rules (CommandLineToArgvW, as Python's argv follows them): one line's arguments. */
function windowsArgv(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') {
      let n = 0;
      while (line[i + n] === '\\') n++;
      if (line[i + n] === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else quoted = !quoted;
        i += n;
      } else {
        current += '\\'.repeat(n);
        i += n - 1;
      }
      started = true;
    } else if (char === '"') {
      quoted = !quoted;
      started = true;
    } else if ((char === ' ' || char === '\t') && !quoted) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

/** What cmd.exe passes on: its quoting toggles at every `"`; outside it `^` escapes the next character, and a bare `& | < >` would end or redirect the command. */
function cmdLine(line: string): string {
  let quoted = false;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? '';
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '^') {
      out += line[++i] ?? '';
      continue;
    } else if (!quoted && '&|<>'.includes(char)) throw new Error(`cmd.exe would act on ${char} at ${i}: ${line}`);
    out += char;
  }
  return out;
}

describe('the AWS CLI text, as the AWS docs print it', () => {
  it('matches the seed example for Linux, macOS or Unix', () => {
    expect(cliCommand(seedCall, 'unix')).toBe(
      'aws elasticache create-snapshot \\\n    --cache-cluster-id myNonClusteredRedis \\\n    --snapshot-name bkup-20150515',
    );
  });

  it('matches the seed example for Windows', () => {
    expect(cliCommand(seedCall, 'windows')).toBe(
      'aws elasticache create-snapshot ^\n    --cache-cluster-id myNonClusteredRedis ^\n    --snapshot-name bkup-20150515',
    );
  });

  it('writes booleans as flags, numbers as they are, quotes text with spaces, leaves out what is unset', () => {
    const call: ApiRequest = {
      action: 'CreateReplicationGroup',
      params: { ReplicationGroupId: 'g1', AutomaticFailoverEnabled: false, SnapshotName: undefined, NumNodeGroups: 2, ReplicationGroupDescription: "it's mine" },
    };
    expect(cliCommand(call, 'unix')).toBe(
      "aws elasticache create-replication-group \\\n    --replication-group-id g1 \\\n    --no-automatic-failover-enabled \\\n    --num-node-groups 2 \\\n    --replication-group-description 'it'\\''s mine'",
    );
    expect(cliCommand(call, 'windows')).toContain('--replication-group-description "it\'s mine"');
  });

  it('quotes on Windows so that cmd.exe and then its command line give back exactly the value, quotes, backslashes and & | < > ^ included', () => {
    const value = 'a "b" $x \\ end & b^c | d <e> "& f"\\';
    const call = createSnapshotRequest({ CacheClusterId: 'c1' }, 'bk', [{ Key: 'k "q"', Value: value }]);
    const line = cmdLine(cliCommand(call, 'windows').split(' ^\n').join(' '));
    const args = windowsArgv(line);
    const tags = args[args.indexOf('--tags') + 1] ?? '';
    expect(JSON.parse(tags)).toEqual([{ Key: 'k "q"', Value: value }]);
  });

  it('sends it where the console acts: --endpoint-url and --region last, when it has them', () => {
    expect(cliCommand(seedCall, 'unix', { endpointUrl: 'http://127.0.0.1:4766', region: 'eu-west-1' })).toMatch(/ \\\n {4}--endpoint-url http:\/\/127\.0\.0\.1:4766 \\\n {4}--region eu-west-1$/);
    expect(cliCommand(seedCall, 'windows', { region: 'eu-west-1' })).toMatch(/--snapshot-name \S+ \^\n {4}--region eu-west-1$/);
    expect(cliCommand(seedCall, 'unix', {})).toBe(cliCommand(seedCall, 'unix'));
  });

  it('prints the Query API request in the seed’s form', () => {
    expect(queryRequest(seedCall, 'https://elasticache.us-west-2.amazonaws.com')).toBe(
      [
        'https://elasticache.us-west-2.amazonaws.com/',
        '    ?Action=CreateSnapshot',
        '    &CacheClusterId=myNonClusteredRedis',
        '    &SnapshotName=bkup-20150515',
        '    &Version=2015-02-02',
        '    &SignatureVersion=4',
        '    &SignatureMethod=HmacSHA256',
        '    &Timestamp=<timestamp>',
        '    &X-Amz-Credential=<credential>',
      ].join('\n'),
    );
  });

  it('prints Tags as JSON for the CLI and as Tags.Tag.N for the Query API', () => {
    const call = createSnapshotRequest({ CacheClusterId: 'c1' }, 'b1', [{ Key: 'team', Value: "cache's" }]);
    expect(cliCommand(call, 'unix')).toBe(
      'aws elasticache create-snapshot \\\n    --cache-cluster-id c1 \\\n    --snapshot-name b1 \\\n    --tags \'[{"Key":"team","Value":"cache\'\\\'\'s"}]\'',
    );
    expect(queryRequest(call, 'https://e')).toContain('    &Tags.Tag.1.Key=team\n    &Tags.Tag.1.Value=cache\'s');
  });
});
