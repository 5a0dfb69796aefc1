import { checkAz } from './create-options';
import { faults } from './faults';
import { stringList, structList } from './param-lists';
import type { Params } from './query-protocol';

/** One shard as CreateReplicationGroup's NodeGroupConfiguration describes it. */
export interface NodeGroupConfig {
  slots?: string;
  replicaCount?: number;
  primaryAz?: string;
  replicaAzs?: string[];
}

const SLOTS = 16384;

/** `NodeGroupConfiguration.NodeGroupConfiguration.N.*`, each field checked; undefined when absent. */
export function nodeGroupConfigParam(params: Params): NodeGroupConfig[] | undefined {
  const configs = structList(params, 'NodeGroupConfiguration.NodeGroupConfiguration', (at) => {
    const fields = ['NodeGroupId', 'Slots', 'ReplicaCount', 'PrimaryAvailabilityZone', 'ReplicaAvailabilityZones.AvailabilityZone.1', 'PrimaryOutpostArn'];
    if (fields.every((f) => params.raw(`${at}${f}`) === undefined)) return undefined;
    if (params.string(`${at}PrimaryOutpostArn`) || stringList(params, `${at}ReplicaOutpostArns.OutpostArn`)) {
      throw faults.invalidParameterValue('This account has no AWS Outposts: PrimaryOutpostArn and ReplicaOutpostArns can\'t be used.');
    }
    const replicaCount = params.integer(`${at}ReplicaCount`);
    if (replicaCount !== undefined && (replicaCount < 0 || replicaCount > 5)) {
      throw faults.invalidParameterValue(`ReplicaCount must be between 0 and 5; got ${replicaCount}.`);
    }
    const primaryAz = params.string(`${at}PrimaryAvailabilityZone`);
    return {
      slots: params.string(`${at}Slots`),
      replicaCount,
      primaryAz: primaryAz === undefined ? undefined : checkAz(primaryAz, 'PrimaryAvailabilityZone'),
      replicaAzs: stringList(params, `${at}ReplicaAvailabilityZones.AvailabilityZone`)?.map((z) => checkAz(z, 'ReplicaAvailabilityZones')),
    };
  });
  return configs;
}

/** Each shard's replica zones match its replica count; given slots cover 0–16383 once, in order. */
export function checkNodeGroups(configs: NodeGroupConfig[], replicasPerNodeGroup: number): void {
  for (const c of configs) {
    const replicas = c.replicaCount ?? replicasPerNodeGroup;
    if (c.replicaAzs && c.replicaAzs.length !== replicas) {
      throw faults.invalidParameterValue(`The number of ReplicaAvailabilityZones (${c.replicaAzs.length}) must match ReplicaCount (${replicas}).`);
    }
  }
  const withSlots = configs.filter((c) => c.slots !== undefined);
  if (withSlots.length === 0) return;
  if (withSlots.length !== configs.length) throw faults.invalidParameterValue('Slots must be given for every node group or for none.');
  const ranges = configs.flatMap((c) => (c.slots ?? '').split(',').map((r) => parseRange(r.trim())));
  ranges.sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const [first, last] of ranges) {
    if (first !== next) throw faults.invalidParameterValue(`The Slots of the node groups must cover 0-${SLOTS - 1} exactly once; slot ${next} is ${first > next ? 'missing' : 'given twice'}.`);
    next = last + 1;
  }
  if (next !== SLOTS) throw faults.invalidParameterValue(`The Slots of the node groups must cover 0-${SLOTS - 1}; slots from ${next} are missing.`);
}

function parseRange(text: string): [number, number] {
  const match = /^(\d+)-(\d+)$/.exec(text);
  const [first, last] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || first > last || last >= SLOTS) throw faults.invalidParameterValue(`Invalid Slots: ${text}. The format is startkey-endkey, within 0-${SLOTS - 1}.`);
  return [first, last];
}
