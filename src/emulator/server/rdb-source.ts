import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholderRdb, type ExportObject } from '../engine/export-port';

/**
 * An exported object's bytes: the data plane's RDB file of that backup and shard when
 * there is one (`<data dir>/snapshots/<name>/<shard>.rdb`, rdb-files.ts), else a small
 * valid RDB file holding no keys (README, "Export to Amazon S3").
 */
export function rdbBytes(dataDir: string | undefined, o: ExportObject): Uint8Array {
  const file = dataDir === undefined ? undefined : join(dataDir, 'snapshots', o.snapshot, `${o.shard + 1}.rdb`);
  return file && existsSync(file) ? readFileSync(file) : placeholderRdb();
}
