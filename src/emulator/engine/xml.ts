/**
 * Query-protocol XML: lists are wrapped in their model element names
 * (docs/reference/api-operations.md, "List element names").
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
  Events: 'Event',
  UserGroupIds: 'member',
  MemberClustersOutpostArns: 'ReplicationGroupOutpostArn',
  CacheNodeIdsToReboot: 'CacheNodeId',
  TagList: 'Tag',
  ReplicaAvailabilityZones: 'AvailabilityZone',
};

/** Characters outside XML 1.0's `Char` production (https://www.w3.org/TR/xml/#charsets), lone surrogates included. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// One global copy for replace() (which resets its lastIndex), not a new RegExp per value.
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** The first character XML 1.0 does not allow, as `U+0001`; undefined when there is none. */
export function nonXmlChar(text: string): string | undefined {
  const found = NOT_XML_CHAR.exec(text)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text content: markup characters as references, and characters XML can't carry at all
 * (requests refuse them; older saved state may hold them) as U+FFFD, so every answer parses.
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(NOT_XML_CHARS, '\uFFFD');
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
