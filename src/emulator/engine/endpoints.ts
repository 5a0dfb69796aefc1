import { ACCOUNT_ID, REGION } from './records';

/**
 * The service's endpoint and ARN shapes (docs/reference/README.md, "Endpoint shapes"):
 * node `name.xxxxxx.0001.use1.cache.amazonaws.com`, primary `name.xxxxxx.ng.0001.use1…`,
 * reader `name-ro.xxxxxx.ng.0001.use1…`, configuration `name.xxxxxx.cfg.use1…`.
 * `xxxxxx` is fixed per account and region.
 */
const ACCOUNT_HASH = 'abc123';
const suffix = 'use1.cache.amazonaws.com';

export const nodeAddress = (clusterId: string, nodeId: string) => `${clusterId}.${ACCOUNT_HASH}.${nodeId}.${suffix}`;
export const primaryAddress = (groupId: string, nodeGroupId: string) => `${groupId}.${ACCOUNT_HASH}.ng.${nodeGroupId}.${suffix}`;
export const readerAddress = (groupId: string, nodeGroupId: string) => `${groupId}-ro.${ACCOUNT_HASH}.ng.${nodeGroupId}.${suffix}`;
export const configurationAddress = (id: string) => `${id}.${ACCOUNT_HASH}.cfg.${suffix}`;

/** `arn:aws:elasticache:<region>:<account>:<kind>:<id>`: cluster, replicationgroup, snapshot. */
export const ARN_KINDS = ['cluster', 'replicationgroup', 'snapshot'] as const;
export type ArnKind = (typeof ARN_KINDS)[number];
export const arn = (kind: ArnKind, id: string) => `arn:aws:elasticache:${REGION}:${ACCOUNT_ID}:${kind}:${id}`;
