/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real or emulated ElastiCache endpoint; unset runs the in-browser emulator. */
  readonly VITE_ELASTICACHE_ENDPOINT?: string;
  readonly VITE_AWS_REGION?: string;
  /** 'true' when the endpoint is the AWS signing proxy (set by npm run console:aws). */
  readonly VITE_AWS_PROXY?: string;
}
