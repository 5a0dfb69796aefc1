/**
 * The ElastiCache actions the console sends, in one list: the AWS signing proxy
 * (src/aws-proxy) forwards these and nothing else. console-actions.test.ts checks the list
 * against the commands the console's source uses, so a new call can't be missed.
 */
export const CONSOLE_READ_ACTIONS = ['DescribeCacheClusters', 'DescribeReplicationGroups', 'DescribeSnapshots', 'DescribeEvents', 'ListTagsForResource'] as const;

export const CONSOLE_WRITE_ACTIONS = [
  'CreateSnapshot',
  'CopySnapshot',
  'DeleteSnapshot',
  'CreateCacheCluster',
  'CreateReplicationGroup',
  'DeleteCacheCluster',
  'DeleteReplicationGroup',
  'ModifyCacheCluster',
  'ModifyReplicationGroup',
] as const;

export type ConsoleAction = (typeof CONSOLE_READ_ACTIONS)[number] | (typeof CONSOLE_WRITE_ACTIONS)[number];

export const CONSOLE_ACTIONS: ReadonlySet<string> = new Set<string>([...CONSOLE_READ_ACTIONS, ...CONSOLE_WRITE_ACTIONS]);

/** A read by its name alone, as IAM's read-only policies treat them: Describe* and List*. */
export const isReadOnlyAction = (action: string): boolean => /^(Describe|List)[A-Z]/.test(action);
