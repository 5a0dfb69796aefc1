/**
 * Query-protocol XML: lists are wrapped in their model element names
 * (shared/reference/api-operations.md, "List element names").
 */
const LIST_MEMBER: Record<string, string> = {
  NodeSnapshots: 'NodeSnapshot',
  CacheNodes: 'CacheNode',
  CacheSecurityGroups: 'CacheSecurityGroup',
  SecurityGroups: 'member',
  LogDeliveryConfigurations: 'LogDeliveryConfiguration',
  MemberClusters: 'ClusterId',
  NodeGroups: 'NodeGroup',
  NodeGroupMembers: 'NodeGroupMember',
  CacheClusters: 'CacheCluster',
  ReplicationGroups: 'ReplicationGroup',
  Snapshots: 'Snapshot',
  UserGroupIds: 'member',
  MemberClustersOutpostArns: 'ReplicationGroupOutpostArn',
  CacheNodeIdsToReboot: 'CacheNodeId',
  TagList: 'Tag',
  ReplicaAvailabilityZones: 'AvailabilityZone',
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const member = LIST_MEMBER[name] ?? 'member';
    return `<${name}>${value.map((v) => toXml(member, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
