import { exportKeys } from '../../domain/backup-export';
import { type BucketCheck, type ExportObject, type ExportPort } from './export-port';
import { faults } from './faults';
import { errorResponse, type WireResponse } from './query-protocol';
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

/**
 * A request, with the export store asked about a TargetBucket first and the objects
 * written once the engine has accepted the export. A write that fails is InternalFailure.
 */
export async function handleWithExport<R extends WireResponse>(
  handle: (request: WireRequest, bucket?: BucketCheck) => R,
  exporter: ExportPort | undefined,
  db: Db,
  request: WireRequest,
): Promise<R | WireResponse> {
  const plan = exportPlan(db, request);
  if (!plan || !exporter) return handle(request);
  const bucket = await exporter.check(plan.bucket, plan.objects.map((o) => o.key));
  const response = handle(request, bucket);
  if (response.status !== 200) return response;
  try {
    await exporter.write(plan.bucket, plan.objects);
    return response;
  } catch (error) {
    console.error('ElastiCache emulator: the export to Amazon S3 failed.', error);
    return errorResponse(faults.internalFailure(), response.headers['x-amzn-requestid'] ?? '');
  }
}
