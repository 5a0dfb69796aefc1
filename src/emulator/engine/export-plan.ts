import { exportKeys, type ExportObject } from './export-port';
import type { Db } from './records';

export interface WireRequest {
  method: string;
  url: string;
  body: string;
}

/**
 * What an export request would write, read before the engine handles it, so the store can
 * be asked about the bucket first (S3 is reached asynchronously; the engine is not).
 * Undefined for any other request, or one the engine will refuse on its own.
 */
export function exportPlan(db: Db, { method, url, body }: WireRequest): { bucket: string; objects: ExportObject[] } | undefined {
  const form = method.toUpperCase() === 'GET' ? new URL(url, 'http://localhost').searchParams : new URLSearchParams(body);
  const bucket = form.get('TargetBucket');
  const target = form.get('TargetSnapshotName');
  if (form.get('Action') !== 'CopySnapshot' || !bucket || !target) return undefined;
  const snapshot = form.get('SourceSnapshotName')?.toLowerCase() ?? '';
  const source = db.snapshots.get(snapshot);
  if (!source) return undefined;
  const keys = exportKeys(target.toLowerCase(), source.nodeSnapshots.length);
  return { bucket, objects: keys.map((key, shard) => ({ key, snapshot, shard })) };
}
