// The services the endpoint projects of the end-to-end tests run against, and their ports:
// one list for playwright.config.ts and scripts/build-e2e.mjs. `endpoint` is what the console
// calls; `service` is the ElastiCache behind it (the same, except behind the AWS proxy).
export const E2E_ENDPOINTS = [
  { name: 'moto', port: 4174, endpointPort: 4580 },
  { name: 'emulator-service', port: 4175, endpointPort: 4581 },
  // The console built for the AWS signing proxy (npm run console:aws), moto_server standing in for AWS.
  { name: 'aws-proxy', port: 4176, endpointPort: 4582, servicePort: 4583, buildEnv: { VITE_AWS_PROXY: 'true' } },
].map((e) => ({
  ...e,
  endpoint: `http://127.0.0.1:${e.endpointPort}`,
  service: `http://127.0.0.1:${e.servicePort ?? e.endpointPort}`,
  buildEnv: { VITE_ELASTICACHE_ENDPOINT: `http://127.0.0.1:${e.endpointPort}`, ...e.buildEnv },
}));
