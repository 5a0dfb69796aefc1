/**
 * Export to Amazon S3 (CopySnapshot with TargetBucket): the engine's side. The engine has
 * no I/O of its own; a store that speaks to S3 (moto_server's, in Node), a local folder,
 * or the browser's memory implements this. Before the request is handled the engine asks
 * it about the bucket; once the export is accepted, it writes the objects.
 */
export interface BucketCheck {
  bucket: string;
  exists: boolean;
  /** The bucket's region (GetBucketLocation; us-east-1 when S3 answers none). */
  region?: string;
  /** Permissions the bucket's ACL grants ElastiCache's canonical user (FULL_CONTROL counts as all). */
  grants: string[];
  /** Which of the keys the export would write exist already. */
  existingKeys: string[];
}

export interface ExportObject {
  key: string;
  /** The backup and shard the object holds (the data plane's RDB file, if any). */
  snapshot: string;
  shard: number;
}

export interface ExportPort {
  /** Where the objects go, for the README and logs (`s3://…` at an endpoint, a folder, memory). */
  readonly describe: string;
  check(bucket: string, keys: string[]): Promise<BucketCheck>;
  write(bucket: string, objects: ExportObject[]): Promise<void>;
  /** An object's bytes, undefined when there is none (SnapshotArns). The browser's memory has no objects to give. */
  read?(bucket: string, key: string): Promise<Uint8Array | undefined>;
}

/**
 * ElastiCache's canonical user, to which the bucket's ACL grants READ, WRITE and READ_ACP
 * (AWS docs, "Exporting a backup", step 2: every region but the opt-in and GovCloud ones).
 */
export const ELASTICACHE_CANONICAL_ID = '540804c33a284a299d2547575ce1010f2312ef3da9b3a053c8bc45bf233e4353';
export const EXPORT_PERMISSIONS = ['READ', 'WRITE', 'READ_ACP'] as const;

/**
 * A small valid RDB file holding no keys, for backups that have no real data (no data
 * plane): "REDIS0009", an empty database, EOF, and an 8-byte checksum of zeros, which
 * Redis accepts as "no checksum" (rdbLoad: a zero checksum is skipped).
 */
export function placeholderRdb(): Uint8Array {
  const header = new TextEncoder().encode('REDIS0009');
  const bytes = new Uint8Array(header.length + 1 + 8);
  bytes.set(header, 0);
  bytes[header.length] = 0xff;
  return bytes;
}

/** The browser's store, and a test double: buckets kept in memory. */
export function memoryExport(buckets: Record<string, { region?: string; grants?: string[] }> = {}) {
  const objects = new Map<string, Uint8Array>();
  const port: ExportPort & { objects: Map<string, Uint8Array> } = {
    describe: 'the emulator’s memory',
    objects,
    check(bucket, keys) {
      const found = buckets[bucket];
      return Promise.resolve({
        bucket,
        exists: found !== undefined,
        region: found?.region ?? 'us-east-1',
        grants: found?.grants ?? [...EXPORT_PERMISSIONS],
        existingKeys: keys.filter((k) => objects.has(`${bucket}/${k}`)),
      });
    },
    write(bucket, list) {
      for (const o of list) objects.set(`${bucket}/${o.key}`, placeholderRdb());
      return Promise.resolve();
    },
  };
  return port;
}
