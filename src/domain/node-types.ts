/**
 * Node types (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html).
 * One home: the restore form, the delete form and the emulator read it.
 */

/** The types the console offers when it makes a cluster (a restore). */
export const NODE_TYPES = [
  'cache.t3.micro',
  'cache.t3.small',
  'cache.t3.medium',
  'cache.m3.medium',
  'cache.m3.large',
  'cache.m3.2xlarge',
  'cache.m5.large',
  'cache.m6g.large',
  'cache.r3.large',
  'cache.r6g.large',
  'cache.r6g.xlarge',
] as const;

/** `cache.<family>.<size>`, the shape of every node type. */
export const NODE_TYPE_PATTERN = /^cache\.[a-z0-9]+\.[a-z0-9]+$/;
export const NODE_TYPE_EXAMPLE = 'cache.r6g.large';

/** The previous-generation type that can't take backups (backups-manual: "Constraints"). */
export const BACKUPLESS_NODE_TYPE = 'cache.t1.micro';

export function isNodeType(value: string): boolean {
  return NODE_TYPE_PATTERN.test(value);
}

export function nodeTypeSupportsBackups(nodeType: string | undefined): boolean {
  return nodeType !== BACKUPLESS_NODE_TYPE;
}
