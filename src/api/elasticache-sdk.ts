import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { config } from '../config';

/**
 * The one SDK client. maxAttempts is 1 on purpose: reads are retried by react-query
 * (short, visible back-off), and a write is never silently repeated by the SDK.
 * The credentials are placeholders: the emulator and moto accept any signature, and the
 * AWS proxy (src/aws-proxy) drops them and signs with the user's own, which the page never sees.
 */
export const client = new ElastiCacheClient({
  endpoint: config.endpoint,
  region: config.region,
  credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'emulator-secret-access-key' },
  maxAttempts: 1,
  requestHandler: { requestTimeout: 20_000 },
});
