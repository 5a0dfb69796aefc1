import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createEngine, type EmulatorOptions } from '../engine/engine';
import { createEmulatorServer } from './http-server';

/** `npm run emulator -- --port 4566 --backup-duration 6000 --dataset default|empty|file.json` */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4566' },
    host: { type: 'string', default: '127.0.0.1' },
    'backup-duration': { type: 'string', default: '6000' },
    dataset: { type: 'string', default: 'default' },
  },
});

/** Bad options end the program with one clear line, never a stack trace or a NaN setting. */
function fail(message: string): never {
  console.error(`npm run emulator: ${message}`);
  process.exit(2);
}

function wholeNumber(option: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) fail(`--${option} must be a whole number from 0 to ${max} (got "${text}").`);
  return Number(text);
}

function loadDataset(choice: string) {
  if (choice === 'default') return undefined;
  if (choice === 'empty') return {};
  try {
    return JSON.parse(readFileSync(choice, 'utf8')) as unknown;
  } catch (error) {
    return fail(`--dataset ${choice}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const port = wholeNumber('port', values.port, 65_535);
const backupDurationMs = wholeNumber('backup-duration', values['backup-duration'], 86_400_000);
let engine;
try {
  engine = createEngine({ dataset: loadDataset(values.dataset) as EmulatorOptions['dataset'], backupDurationMs });
} catch (error) {
  // The dataset schema names the field that is wrong.
  const why = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
  fail(`--dataset ${values.dataset} is not a valid dataset:\n${why}`);
}
const server = createEmulatorServer(engine);
server.on('error', (error) => fail(`can't listen on ${values.host}:${port}: ${error.message}`));
server.listen(port, values.host, () => {
  console.log(`ElastiCache emulator on http://${values.host}:${values.port}/ (backups take ${values['backup-duration']} ms)`);
});
