import { createExternalStore } from './external-store';
import { notificationId, notifications, type Notification, type Subject, type Work } from './notifications';

/**
 * Work the console started and follows to its end: its notification says "in progress"
 * until the subject's status (from the service's data, not a timer) says done or failed.
 */
export interface FollowedWork {
  subject: Subject;
  work: Work;
  /** The backup's name, or the cluster's id. */
  name: string;
  /** For a cluster: its row key (clusterKey), a standalone cluster and a group being distinct. */
  key?: string;
  /** When the request was sent: only data fetched since then can tell the outcome. */
  since: number;
  /** Where to see what the work made, once done (a final backup, the copy). */
  link?: Notification['link'];
  /** What the success message adds: where an export's objects are. */
  result?: string;
}

export const followedWorkId = (w: Pick<FollowedWork, 'subject' | 'work' | 'name'>) => notificationId(w.subject, w.work, w.name);

const store = createExternalStore<readonly FollowedWork[]>([]);

export const followedWork = {
  /** Shows the in-progress message and follows the work until `settle`. */
  start(work: FollowedWork, message: Pick<Notification, 'header' | 'content'>): void {
    const id = followedWorkId(work);
    notifications.show({ id, type: 'in-progress', ...message });
    store.update((items) => [...items.filter((w) => followedWorkId(w) !== id), work]);
  },
  /** Replaces the in-progress message with the outcome and stops following. */
  settle(work: FollowedWork, outcome: Omit<Notification, 'id'>): void {
    const id = followedWorkId(work);
    notifications.show({ id, ...outcome });
    store.update((items) => items.filter((w) => followedWorkId(w) !== id));
  },
  clear(): void {
    store.update(() => []);
  },
};

export const useFollowedWork = store.useValue;
