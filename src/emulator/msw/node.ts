import { setupServer } from 'msw/node';
import { createEngine, type EmulatorOptions } from '../engine/engine';
import { elasticacheHandlers } from './handlers';

/** The same emulator for Vitest: msw intercepts the SDK's requests in Node. */
export function createNodeEmulator(endpoint: string, options: EmulatorOptions = {}) {
  const engine = createEngine(options);
  const server = setupServer(...elasticacheHandlers(engine, endpoint));
  return { engine, server, endpoint };
}
