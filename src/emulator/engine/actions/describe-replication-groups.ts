import type { Action } from '../context';
import { faults } from '../faults';
import { paginate } from '../pagination';
import { replicationGroupView } from '../views';

export const describeReplicationGroups: Action = ({ db, now }, params) => {
  const id = params.string('ReplicationGroupId')?.toLowerCase();
  let groups = [...db.groups.values()];
  if (id !== undefined) {
    const one = db.groups.get(id);
    if (!one) throw faults.replicationGroupNotFound(id);
    groups = [one];
  }
  const { page, marker } = paginate(groups, params, { default: 100, min: 20, max: 100 });
  return { Marker: marker, ReplicationGroups: page.map((g) => replicationGroupView(db, g, now)) };
};
