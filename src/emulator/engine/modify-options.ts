import { retentionProblem, snapshotWindowProblem } from '../../domain/backup-window';
import type { CacheEngine } from '../../domain/engines';
import { parameterGroup } from './create-options';
import { faults } from './faults';
import { stringList } from './param-lists';
import type { Params } from './query-protocol';
import type { ClusterOptions } from './records';

/**
 * What ModifyCacheCluster and ModifyReplicationGroup share (botocore's model): each
 * parameter honoured, or refused with the service's fault; never accepted and dropped.
 * Settings applied here take effect at once, as the service applies them whatever
 * ApplyImmediately says (AWS docs, "Modifying an ElastiCache cluster"); the changes that
 * would wait for a maintenance window (node type, engine version…) are refused.
 */
export type OptionsPatch = Partial<Pick<ClusterOptions,
  'maintenanceWindow' | 'snapshotWindow' | 'snapshotRetentionLimit' | 'autoMinorVersionUpgrade' | 'securityGroupIds' | 'notificationTopicArn' | 'parameterGroup'>>;

const MAINTENANCE = /^(mon|tue|wed|thu|fri|sat|sun):([01]\d|2[0-3]):[0-5]\d-(mon|tue|wed|thu|fri|sat|sun):([01]\d|2[0-3]):[0-5]\d$/i;

/** A parameter the emulator can't change: accepted only when it names the current value. */
export function sameOrRefuse(params: Params, name: string, current: string | boolean | number | undefined): void {
  const value = params.string(name);
  if (value === undefined || value.toLowerCase() === String(current).toLowerCase()) return;
  throw faults.invalidParameterValue(`Changing ${name} (to ${value}) is not supported by this emulator.`);
}

interface Current {
  engine: CacheEngine;
  engineVersion: string;
  maintenanceWindow: string;
  snapshotWindow: string;
}

export function modifyOptions(params: Params, current: Current & Pick<ClusterOptions, 'transitEncryption' | 'transitEncryptionMode' | 'ipDiscovery'>): OptionsPatch {
  params.boolean('ApplyImmediately');
  const securityGroup = stringList(params, 'CacheSecurityGroupNames.CacheSecurityGroupName')?.[0];
  if (securityGroup !== undefined) throw faults.cacheSecurityGroupNotFound(securityGroup);
  if (params.raw('LogDeliveryConfigurations.LogDeliveryConfigurationRequest.1.LogType') !== undefined) {
    throw faults.invalidParameterValue('LogDeliveryConfigurations: this emulator has no CloudWatch Logs or Kinesis Data Firehose destination to deliver to.');
  }
  if (params.string('AuthToken') !== undefined || params.string('AuthTokenUpdateStrategy') !== undefined) {
    throw faults.invalidParameterValue('Changing the AUTH token (AuthToken, AuthTokenUpdateStrategy) is not supported by this emulator.');
  }
  sameOrRefuse(params, 'Engine', current.engine);
  sameOrRefuse(params, 'EngineVersion', current.engineVersion);
  sameOrRefuse(params, 'IpDiscovery', current.ipDiscovery);
  sameOrRefuse(params, 'TransitEncryptionEnabled', current.transitEncryption);
  sameOrRefuse(params, 'TransitEncryptionMode', current.transitEncryption ? (current.transitEncryptionMode ?? 'required') : undefined);
  sameOrRefuse(params, 'NotificationTopicStatus', 'active');

  const maintenance = params.string('PreferredMaintenanceWindow');
  if (maintenance !== undefined && !MAINTENANCE.test(maintenance)) {
    throw faults.invalidParameterValue(`Invalid PreferredMaintenanceWindow: ${maintenance}. The format is ddd:hh24:mi-ddd:hh24:mi.`);
  }
  const retention = params.integer('SnapshotRetentionLimit');
  const retentionWhy = retention === undefined ? undefined : retentionProblem(retention);
  if (retentionWhy) throw faults.invalidParameterValue(retentionWhy);
  const window = params.string('SnapshotWindow');
  // Memcached has no backups, so no snapshot window to keep clear of maintenance.
  if ((window !== undefined || maintenance !== undefined) && current.engine !== 'memcached') {
    const why = snapshotWindowProblem(window ?? current.snapshotWindow, maintenance?.toLowerCase() ?? current.maintenanceWindow);
    if (why) throw faults.invalidParameterValue(why);
  }
  const topic = params.string('NotificationTopicArn');
  if (topic !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:.+$/.test(topic)) {
    throw faults.invalidParameterValue(`Invalid NotificationTopicArn: ${topic}.`);
  }
  const patch: OptionsPatch = {
    maintenanceWindow: maintenance?.toLowerCase(),
    snapshotWindow: window,
    snapshotRetentionLimit: retention,
    autoMinorVersionUpgrade: params.boolean('AutoMinorVersionUpgrade'),
    securityGroupIds: stringList(params, 'SecurityGroupIds.SecurityGroupId'),
    notificationTopicArn: topic,
    parameterGroup: parameterGroup(params, current.engine, current.engineVersion),
  };
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

/** Whether the patch touches the daily backups (their schedule restarts from now). */
export const changesBackups = (p: OptionsPatch) => p.snapshotWindow !== undefined || p.snapshotRetentionLimit !== undefined;
