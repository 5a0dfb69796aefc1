/**
 * Where the console sends its ElastiCache requests. With no VITE_ELASTICACHE_ENDPOINT
 * the build runs the in-browser emulator, answering at EMULATOR_PATH on this origin.
 */
export const EMULATOR_PATH = '/emulator';

const configuredEndpoint = import.meta.env.VITE_ELASTICACHE_ENDPOINT?.trim() || undefined;

export const config = {
  emulator: configuredEndpoint === undefined,
  endpoint: configuredEndpoint ?? `${globalThis.location?.origin ?? 'http://localhost'}${EMULATOR_PATH}`,
  region: import.meta.env.VITE_AWS_REGION?.trim() || 'us-east-1',
  /** The endpoint is the AWS signing proxy (npm run console:aws): it signs, and names the account. */
  awsProxy: configuredEndpoint !== undefined && import.meta.env.VITE_AWS_PROXY === 'true',
} as const;
