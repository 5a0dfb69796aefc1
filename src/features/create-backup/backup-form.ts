import { z } from '../../domain/zod';
import { snapshotNameSchema } from '../../domain/snapshot-name';
import { tagRowsSchema } from '../../domain/tags';

/** The Create Backup form: the shared Backup Name rule, with replicas the node, and the backup's tags. */
export const backupFormSchema = z.object({
  snapshotName: snapshotNameSchema,
  nodeId: z.string().optional(),
  tags: tagRowsSchema,
});

export type BackupFormValues = z.infer<typeof backupFormSchema>;
