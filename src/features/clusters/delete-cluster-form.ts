import { z } from '../../domain/zod';
import { snapshotNameSchema } from '../../domain/snapshot-name';

/** The final backup's name follows the Backup Name rule, but only when one is asked for. */
export const deleteClusterSchema = z.discriminatedUnion('finalBackup', [
  z.object({ finalBackup: z.literal(true), finalName: snapshotNameSchema }),
  z.object({ finalBackup: z.literal(false), finalName: z.string() }),
]);
export type DeleteClusterValues = z.infer<typeof deleteClusterSchema>;

/** FinalSnapshotIdentifier: the typed name, only when a final backup is asked for. */
export function finalSnapshotName(values: DeleteClusterValues): string | undefined {
  return values.finalBackup ? values.finalName : undefined;
}
