import { allDefaultParameterGroups, parameterGroupFamily, type CacheEngine } from '../../domain/engines';
import { retentionProblem, snapshotWindowProblem } from '../../domain/backup-window';
import { DEFAULT_MAINTENANCE_WINDOW } from './dataset';
import { faults } from './faults';
import { stringList } from './param-lists';
import type { Params } from './query-protocol';
import { mergeTags, tagsParam } from './tags';

/**
 * The parameters CreateCacheCluster and CreateReplicationGroup share, each honoured (echoed
 * in the answer, as the service and moto do) or refused with the service's fault; never
 * accepted and dropped (docs/reference/README.md, "More sources").
 */
const DAY = '(mon|tue|wed|thu|fri|sat|sun)';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d';
const MAINTENANCE_WINDOW = new RegExp(`^${DAY}:${TIME}-${DAY}:${TIME}$`, 'i');
const SNAPSHOT_WINDOW = new RegExp(`^${TIME}-${TIME}$`);
const AZ = /^[a-z]{2}-[a-z]+-\d[a-z]$/;
const DEFAULT_GROUPS = allDefaultParameterGroups();
/** A new cache's daily backup window when none is asked: the first clear of its maintenance window. */
const DEFAULT_SNAPSHOT_WINDOWS = ['05:00-06:00', '09:00-10:00'] as const;

export function checkAz(zone: string, parameter: string): string {
  if (!AZ.test(zone)) throw faults.invalidParameterValue(`Invalid ${parameter}: ${zone} is not an Availability Zone.`);
  return zone;
}

function pattern(params: Params, name: string, re: RegExp, shape: string): string | undefined {
  const value = params.string(name);
  if (value !== undefined && !re.test(value)) throw faults.invalidParameterValue(`Invalid ${name}: ${value}. The format is ${shape}.`);
  return value?.toLowerCase();
}

function oneOf<T extends string>(params: Params, name: string, values: readonly T[]): T | undefined {
  const value = params.string(name);
  if (value === undefined) return undefined;
  const found = values.find((v) => v === value);
  if (!found) throw faults.invalidParameterValue(`Invalid ${name}: ${value}. Valid values are ${values.join(', ')}.`);
  return found;
}

/** A parameter group must exist (only the defaults do here) and belong to the engine version's family. */
export function parameterGroup(params: Params, engine: CacheEngine, version: string): string | undefined {
  const name = params.string('CacheParameterGroupName');
  if (name === undefined) return undefined;
  const family = DEFAULT_GROUPS.get(name.toLowerCase());
  if (!family) throw faults.cacheParameterGroupNotFound(name);
  const wanted = parameterGroupFamily(engine, version);
  if (family !== wanted) {
    throw faults.invalidParameterCombination(`The parameter group ${name} is of family ${family}, but ${engine} ${version} needs ${wanted}.`);
  }
  return name.toLowerCase();
}

/** Things this account has none of, or the emulator can't reach: the service's own faults. */
function refuseAbsent(params: Params): void {
  const subnetGroup = params.string('CacheSubnetGroupName');
  if (subnetGroup !== undefined && subnetGroup.toLowerCase() !== 'default') throw faults.cacheSubnetGroupNotFound(subnetGroup);
  // The account is in a VPC: it has no cache security groups (EC2-Classic).
  const securityGroup = stringList(params, 'CacheSecurityGroupNames.CacheSecurityGroupName')?.[0];
  if (securityGroup !== undefined) throw faults.cacheSecurityGroupNotFound(securityGroup);
  if (params.raw('LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.LogType') !== undefined) {
    throw faults.invalidParameterValue('LogDeliveryConfigurations: this emulator has no CloudWatch Logs or Kinesis Data Firehose destination to deliver to.');
  }
  if (params.string('OutpostMode') || params.string('PreferredOutpostArn') || stringList(params, 'PreferredOutpostArns.PreferredOutpostArn')) {
    throw faults.invalidParameterValue('This account has no AWS Outposts: OutpostMode and PreferredOutpostArn(s) can\'t be used.');
  }
}

/** The spec fields (see dataset.ts) the shared parameters set. */
export function optionsParams(params: Params, engine: CacheEngine, version: string) {
  refuseAbsent(params);
  const transitEncryption = params.boolean('TransitEncryptionEnabled') ?? false;
  const atRestEncryption = params.boolean('AtRestEncryptionEnabled') ?? false;
  const authToken = params.string('AuthToken');
  if (authToken !== undefined && !transitEncryption) {
    throw faults.invalidParameterCombination('Encryption feature must be enabled to use AUTH token (TransitEncryptionEnabled).');
  }
  if (authToken !== undefined && !/^[\x21-\x7e]{16,128}$/.test(authToken.replace(/[@"/]/g, ''))) {
    throw faults.invalidParameterValue('AuthToken must be 16 to 128 printable characters, without @, " or /.');
  }
  const transitEncryptionMode = oneOf(params, 'TransitEncryptionMode', ['preferred', 'required'] as const);
  if (transitEncryptionMode && !transitEncryption) {
    throw faults.invalidParameterCombination('TransitEncryptionMode needs TransitEncryptionEnabled.');
  }
  const kmsKeyId = params.string('KmsKeyId');
  if (kmsKeyId !== undefined && !atRestEncryption) {
    throw faults.invalidParameterCombination('KmsKeyId needs AtRestEncryptionEnabled.');
  }
  const port = params.integer('Port');
  if (port !== undefined && (port < 1 || port > 65535)) throw faults.invalidParameterValue(`Invalid Port: ${port}.`);
  const retention = params.integer('SnapshotRetentionLimit');
  const retentionWhy = retention === undefined ? undefined : retentionProblem(retention);
  if (retentionWhy) throw faults.invalidParameterValue(retentionWhy);
  const maintenanceWindow = pattern(params, 'PreferredMaintenanceWindow', MAINTENANCE_WINDOW, 'ddd:hh24:mi-ddd:hh24:mi');
  const asked = pattern(params, 'SnapshotWindow', SNAPSHOT_WINDOW, 'hh24:mi-hh24:mi');
  const clearOf = (window: string) => snapshotWindowProblem(window, maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW);
  // The rules ModifyCacheCluster applies (at least 60 minutes, clear of maintenance) hold for a window
  // asked at creation too (Memcached has no backups); one not asked is chosen clear of maintenance.
  const windowWhy = asked === undefined || engine === 'memcached' ? undefined : clearOf(asked);
  if (windowWhy) throw faults.invalidParameterValue(windowWhy);
  const snapshotWindow = asked ?? DEFAULT_SNAPSHOT_WINDOWS.find((w) => !clearOf(w)) ?? DEFAULT_SNAPSHOT_WINDOWS[0];
  const topic = params.string('NotificationTopicArn');
  if (topic !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:.+$/.test(topic)) {
    throw faults.invalidParameterValue(`Invalid NotificationTopicArn: ${topic}.`);
  }
  return {
    port,
    parameterGroup: parameterGroup(params, engine, version),
    maintenanceWindow,
    snapshotWindow,
    snapshotRetentionLimit: retention ?? 0,
    autoMinorVersionUpgrade: params.boolean('AutoMinorVersionUpgrade') ?? true,
    transitEncryption,
    transitEncryptionMode,
    atRestEncryption,
    kmsKeyId,
    authTokenEnabled: authToken !== undefined,
    securityGroupIds: stringList(params, 'SecurityGroupIds.SecurityGroupId'),
    notificationTopicArn: topic,
    networkType: oneOf(params, 'NetworkType', ['ipv4', 'ipv6', 'dual_stack'] as const),
    ipDiscovery: oneOf(params, 'IpDiscovery', ['ipv4', 'ipv6'] as const),
    tags: mergeTags([], tagsParam(params) ?? []),
  };
}
