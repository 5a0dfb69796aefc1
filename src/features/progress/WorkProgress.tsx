import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { clusterQueries } from '../../api/clusters';
import { snapshotQueries } from '../../api/snapshots';
import { followedWork, followedWorkId, useFollowedWork, type FollowedWork } from '../../components/followed-work';
import { clusterKey } from '../../domain/cluster';
import { backupOutcome, clusterOutcome } from './work-outcome';

/**
 * Follows every piece of work the console started (backup, copy, restore, deletes) to its
 * end, from the same polled queries the screens use, and replaces its notification then.
 */
export function WorkProgress() {
  const items = useFollowedWork();
  return items.map((w) =>
    w.subject === 'backup' ? <BackupWork key={followedWorkId(w)} work={w} /> : <ClusterWork key={followedWorkId(w)} work={w} />,
  );
}

/** Only an answer fetched since the request was sent can tell how it ended. */
const fresh = (q: { dataUpdatedAt: number; errorUpdatedAt: number }, since: number) => Math.max(q.dataUpdatedAt, q.errorUpdatedAt) >= since;

function BackupWork({ work }: { work: FollowedWork }) {
  const query = useQuery(snapshotQueries.detail(work.name));
  const outcome = fresh(query, work.since) ? backupOutcome(work, query.data, query.error) : null;
  useEffect(() => {
    if (outcome) followedWork.settle(work, outcome);
  }, [work, outcome]);
  return null;
}

function ClusterWork({ work }: { work: FollowedWork }) {
  const query = useQuery(clusterQueries.list());
  const row = query.data?.find((c) => clusterKey(c) === work.key);
  const outcome = query.data && fresh(query, work.since) ? clusterOutcome(work, row) : null;
  useEffect(() => {
    if (outcome) followedWork.settle(work, outcome);
  }, [work, outcome]);
  return null;
}
