import type { ApiError } from '../../api/errors';
import { s3BucketNameSchema } from '../../domain/backup-export';
import { snapshotNameSchema } from '../../domain/snapshot-name';
import { z } from '../../domain/zod';

/** Export to Amazon S3: the bucket and the name the objects start with (TargetSnapshotName). */
export const exportFormSchema = z.object({ bucket: s3BucketNameSchema, targetName: snapshotNameSchema });
export type ExportFormValues = z.infer<typeof exportFormSchema>;

/**
 * Which field a refused export belongs at, from the service's messages for CopySnapshot
 * (botocore's model: "The S3 bucket %s does not exist.", "… is outside of the region.",
 * "ElastiCache has not been granted … on the S3 Bucket.", "… already contains an object
 * with key %s."); null for the rest (an automatic backup, a network failure), shown at the top.
 */
export function exportFaultField(error: ApiError): keyof ExportFormValues | null {
  if (error.kind !== 'service' || error.code !== 'InvalidParameterValueException') return null;
  return exportMessageField(error.message);
}

export function exportMessageField(message: string): keyof ExportFormValues | null {
  // About the backup itself, though it names TargetBucket: the dialog's top says it.
  if (/automatic backup/.test(message)) return null;
  if (/already contains an object with key|TargetSnapshotName/.test(message)) return 'targetName';
  if (/S3 bucket|S3 Bucket|TargetBucket/.test(message)) return 'bucket';
  return null;
}
