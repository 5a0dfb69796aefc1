import type { EngineContext } from './context';
import { faults } from './faults';
import { exportKeys } from '../../domain/backup-export';
import { EXPORT_PERMISSIONS } from './export-port';
import { REGION, type SnapshotRecord } from './records';
import { snapshotView } from './snapshot-view';

/**
 * CopySnapshot with TargetBucket: the backup's RDB files go to Amazon S3 as
 * `<TargetSnapshotName>-0001.rdb`… (AWS docs, "Exporting a backup"); no new backup is
 * made in ElastiCache, and the source is `exporting` meanwhile. The refusals carry the
 * messages botocore's model lists for CopySnapshot, checked in that order.
 */
export function exportSnapshot(ctx: EngineContext, source: SnapshotRecord, target: string, bucketName: string) {
  if (source.source === 'automated') {
    throw faults.invalidParameterValue(
      `Snapshot ${source.name} is an automatic backup, which can't be exported: copy it first (CopySnapshot without TargetBucket), then export the copy.`,
    );
  }
  const bucket = ctx.bucket;
  if (!bucket || bucket.bucket !== bucketName) {
    throw faults.invalidParameterValue('TargetBucket (export to Amazon S3) needs an S3 store, which this emulator was started without.');
  }
  if (!bucket.exists) throw faults.invalidParameterValue(`The S3 bucket ${bucketName} does not exist.`);
  if (bucket.region !== REGION) throw faults.invalidParameterValue(`The S3 bucket ${bucketName} is outside of the region.`);
  const missing = EXPORT_PERMISSIONS.find((p) => !bucket.grants.includes(p) && !bucket.grants.includes('FULL_CONTROL'));
  if (missing) throw faults.invalidParameterValue(`ElastiCache has not been granted ${missing} permissions ${bucketName} on the S3 Bucket.`);
  const taken = exportKeys(target, source.nodeSnapshots.length).find((k) => bucket.existingKeys.includes(k));
  if (taken) throw faults.invalidParameterValue(`The S3 bucket ${bucketName} already contains an object with key ${taken}.`);

  const exporting = { ...source, exporting: { at: ctx.now, durationMs: ctx.settings.backupDurationMs, bucket: bucketName } };
  ctx.db.snapshots.set(source.name, exporting);
  return { Snapshot: snapshotView(ctx.db, exporting, ctx.now) };
}
