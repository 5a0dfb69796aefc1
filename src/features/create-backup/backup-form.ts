import { z } from '../../domain/zod';
import { snapshotNameSchema } from '../../domain/snapshot-name';

/** The Create Backup form: the shared Backup Name rule and, with replicas, the node. */
export const backupFormSchema = z.object({
  snapshotName: snapshotNameSchema,
  nodeId: z.string().optional(),
});

export type BackupFormValues = z.infer<typeof backupFormSchema>;
