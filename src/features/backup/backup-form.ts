import type { ApiRequest } from '../../domain/aws-cli';
import type { BackupTarget } from '../../domain/backup-target';
import { z } from '../../domain/zod';
import { snapshotNameSchema } from '../../domain/snapshot-name';

/** The Create Backup form: the shared Backup Name rule and, with replicas, the node. */
export const backupFormSchema = z.object({
  snapshotName: snapshotNameSchema,
  nodeId: z.string().optional(),
});

export type BackupFormValues = z.infer<typeof backupFormSchema>;

/** CreateSnapshot as the console sends it (and shows it as CLI text). */
export function createSnapshotRequest(target: BackupTarget, snapshotName: string): ApiRequest {
  return { action: 'CreateSnapshot', params: { ...target, SnapshotName: snapshotName } };
}
