// The services the endpoint projects of the end-to-end tests run against, and their ports:
// one list for playwright.config.ts and scripts/build-e2e.mjs.
export const E2E_ENDPOINTS = [
  { name: 'moto', port: 4174, endpointPort: 4580 },
  { name: 'emulator-service', port: 4175, endpointPort: 4581 },
].map((e) => ({ ...e, endpoint: `http://127.0.0.1:${e.endpointPort}` }));
