import { MAX_TAGS, tagProblem } from '../../domain/tags';
import type { ArnKind } from './endpoints';
import { AwsFault, faults } from './faults';
import { structList } from './param-lists';
import type { Params } from './query-protocol';
import { ACCOUNT_ID, REGION, type ClusterRecord, type Db, type ReplicationGroupRecord, type SnapshotRecord, type Tag } from './records';

/** `Tags.Tag.N.Key` / `.Value`, checked with the service's limits (src/domain/tags.ts); undefined when no tags were sent. */
export function tagsParam(params: Params): Tag[] | undefined {
  const tags = structList(params, 'Tags.Tag', (at) => {
    const Key = params.raw(`${at}Key`);
    const Value = params.raw(`${at}Value`);
    return Key === undefined && Value === undefined ? undefined : { Key: Key ?? '', Value: Value ?? '' };
  });
  tags?.forEach(checkTag);
  return tags;
}

function checkTag({ Key, Value }: Tag): void {
  const problem = tagProblem(Key, Value);
  if (problem) throw faults.invalidParameterValue(`${problem} Key: "${Key}".`);
}

/** The tags after adding `added` (a key given again takes the new value), within the quota. */
export function mergeTags(current: readonly Tag[], added: readonly Tag[]): Tag[] {
  const byKey = new Map(current.map((t) => [t.Key, t.Value]));
  for (const t of added) byKey.set(t.Key, t.Value);
  if (byKey.size > MAX_TAGS) throw faults.tagQuotaPerResourceExceeded(MAX_TAGS);
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}

// Resource types the service tags that this emulator keeps none of: their own "not found".
const ABSENT_KINDS: Record<string, (id: string) => AwsFault> = {
  parametergroup: (id) => new AwsFault('CacheParameterGroupNotFound', `CacheParameterGroup ${id} not found.`, 404),
  subnetgroup: (id) => new AwsFault('CacheSubnetGroupNotFoundFault', `CacheSubnetGroup ${id} not found.`),
  securitygroup: (id) => new AwsFault('CacheSecurityGroupNotFound', `CacheSecurityGroup ${id} not found.`, 404),
  user: (id) => new AwsFault('UserNotFound', `User ${id} not found.`, 404),
  usergroup: (id) => new AwsFault('UserGroupNotFound', `User group ${id} not found.`, 404),
  'reserved-instance': (id) => new AwsFault('ReservedCacheNodeNotFound', `Reserved node ${id} not found.`, 404),
  serverlesscache: (id) => new AwsFault('ServerlessCacheNotFoundFault', `Serverless cache ${id} not found.`, 404),
  serverlesscachesnapshot: (id) => new AwsFault('ServerlessCacheSnapshotNotFoundFault', `Serverless cache snapshot ${id} not found.`, 404),
};

const NOT_FOUND: Record<ArnKind, (id: string) => AwsFault> = {
  cluster: faults.cacheClusterNotFound,
  replicationgroup: faults.replicationGroupNotFound,
  snapshot: faults.snapshotNotFound,
};

/** The resource an ARN names, `arn:aws:elasticache:<region>:<account>:<kind>:<id>`; the service's fault otherwise. */
export function resourceByArn(
  db: Db,
  resourceName: string,
): { kind: ArnKind; resource: ClusterRecord | ReplicationGroupRecord | SnapshotRecord; members: ClusterRecord[] } {
  const match = /^arn:aws[a-z-]*:elasticache:([a-z0-9-]+):(\d{12}):([a-z-]+):(.+)$/.exec(resourceName);
  if (!match) throw faults.invalidArn(resourceName);
  const [, region, account, kind = '', rawId = ''] = match;
  const id = rawId.toLowerCase();
  const absent = ABSENT_KINDS[kind];
  if (absent) throw absent(id);
  if (kind !== 'cluster' && kind !== 'replicationgroup' && kind !== 'snapshot') throw faults.invalidArn(resourceName);
  // Another account's or region's resource is not in this account.
  const here = region === REGION && account === ACCOUNT_ID;
  const found = !here ? undefined : kind === 'cluster' ? db.clusters.get(id) : kind === 'snapshot' ? db.snapshots.get(id) : db.groups.get(id);
  if (!found) throw NOT_FOUND[kind](id);
  // Tags on a group are replicated to its nodes (the model's Tag documentation).
  const group = kind === 'replicationgroup' ? db.groups.get(id) : undefined;
  const members = group ? group.nodeGroups.flatMap((ng) => ng.members).flatMap((m) => db.clusters.get(m) ?? []) : [];
  return { kind, resource: found, members };
}

/**
 * Replaces the tags of what an ARN names (and of a group's nodes). Records are immutable
 * (db-change.ts): each is replaced by a copy with its new tags. Answers the resource's tags.
 */
export function retag(db: Db, resourceName: string, update: (tags: Tag[], resource: 'self' | 'member') => Tag[]): Tag[] {
  const { kind, resource, members } = resourceByArn(db, resourceName);
  const tags = update(resource.tags, 'self');
  if (kind === 'snapshot' && 'name' in resource) db.snapshots.set(resource.name, { ...resource, tags });
  if (kind === 'cluster' && 'numNodes' in resource) db.clusters.set(resource.id, { ...resource, tags });
  if (kind === 'replicationgroup' && 'nodeGroups' in resource) db.groups.set(resource.id, { ...resource, tags });
  for (const m of members) db.clusters.set(m.id, { ...m, tags: update(m.tags, 'member') });
  return tags;
}
