import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from '../../domain/zod';
import { createEngine, type EmulatorOptions, type StateStore } from '../engine/engine';
import { oneLine } from '../engine/db-state';
import type { FaultRule } from '../engine/fault-injection';
import { createEmulatorServer } from './http-server';
import { openFileStore } from './file-store';
import { folderExport } from './folder-export';
import { s3Export } from './s3-export';
import { openDataPlane, stopServersOnExit } from '../data-plane/open-data-plane';

const USAGE = `npm run emulator -- [options]
  --port 4566               where to listen (0: any free port, printed)
  --host 127.0.0.1          the address to listen on
  --allow-origin <origin>   also let pages of this origin call it (repeatable; the console's
                            own http://localhost:5173 and :4173 always may)
  --dataset default|empty|<file.json>   the starting account
  --data-file <state.json>  keep the state in this file across restarts
  --backup-duration 6000 --create-duration 10000 --delete-duration 3000   timings in ms
  --faults '<JSON>'         failures to produce on purpose (README, "Fault injection")
  --data-plane              each Redis/Valkey node is a real server, each backup RDB files (README, "Real data")
  --data-dir <dir>          their data (default: <data-file>.data, or .emulator-data)
  --data-ports 7100-7999    the servers' ports   --max-servers 16   --maxmemory 64mb (per node)
  --s3-endpoint <url>       export backups (CopySnapshot --target-bucket) through this S3 API, e.g. moto_server
  --s3-dir <dir>            else into this folder, one subfolder per bucket (default: <data dir>/s3)`;

/** Bad options end the program with one clear line, never a stack trace or a NaN setting. */
function fail(message: string): never {
  console.error(`npm run emulator: ${message}`);
  process.exit(2);
}

/** The options, or one line on what is wrong with them (an unknown option, a missing value, a stray argument). */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    return fail(`${oneLine(error).replace(/\s+/g, ' ')} (npm run emulator -- --help lists the options)`);
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'allow-origin': { type: 'string', multiple: true, default: [] },
  port: { type: 'string', default: '4566' },
  host: { type: 'string', default: '127.0.0.1' },
  'backup-duration': { type: 'string', default: '6000' },
  'create-duration': { type: 'string', default: '10000' },
  'delete-duration': { type: 'string', default: '3000' },
  dataset: { type: 'string', default: 'default' },
  'data-file': { type: 'string' },
  faults: { type: 'string' },
  'data-plane': { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  'data-ports': { type: 'string', default: '7100-7999' },
  'max-servers': { type: 'string', default: '16' },
  maxmemory: { type: 'string', default: '64mb' },
  's3-endpoint': { type: 'string' },
  's3-dir': { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;
const { values } = readOptions();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** An origin as browsers send it: scheme, host and port, nothing more. */
function origin(text: string): string {
  const parsed = URL.canParse(text) ? new URL(text).origin : 'null';
  if (parsed !== text) fail(`--allow-origin must be an origin such as http://localhost:4175 (got "${text}").`);
  return text;
}

function wholeNumber(option: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) fail(`--${option} must be a whole number from 0 to ${max} (got "${text}").`);
  return Number(text);
}

/** `--faults '[{"kind":"http-500","action":"CreateSnapshot","afterProcessing":true,"times":1}]'` */
function parseFaults(text: string): FaultRule[] {
  const rule = z.object({
    kind: z.enum(['http-500', 'throttling', 'drop', 'slow']),
    action: z.string().optional(),
    afterProcessing: z.boolean().optional(),
    times: z.number().int().positive().optional(),
    delayMs: z.number().int().nonnegative().optional(),
  });
  try {
    return z.array(rule).parse(JSON.parse(text));
  } catch (error) {
    const why = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    return fail(`--faults must be a JSON array of fault rules (README, "Fault injection"):\n${why}`);
  }
}

/** A data file must hold saved state it can read, in a place it can write: refused at start, never overwritten. */
function openDataFile(path: string): StateStore {
  try {
    return openFileStore(path);
  } catch (error) {
    return fail(`--data-file ${path} can't be used (${oneLine(error)}); fix it or move it away to start afresh.`);
  }
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
const durations = {
  backupDurationMs: wholeNumber('backup-duration', values['backup-duration'], 86_400_000),
  createDurationMs: wholeNumber('create-duration', values['create-duration'], 86_400_000),
  deleteDurationMs: wholeNumber('delete-duration', values['delete-duration'], 86_400_000),
};
const dataFile = values['data-file'];
const store = dataFile ? openDataFile(dataFile) : undefined;

const dataDir = values['data-dir'] ?? (dataFile ? `${dataFile}.data` : '.emulator-data');
const s3Endpoint = values['s3-endpoint'];
if (s3Endpoint !== undefined && !URL.canParse(s3Endpoint)) fail(`--s3-endpoint must be a URL such as http://127.0.0.1:5000 (got "${s3Endpoint}").`);
const exporter = s3Endpoint ? s3Export(s3Endpoint, dataDir) : folderExport(values['s3-dir'] ?? join(dataDir, 's3'), dataDir);

const plane = values['data-plane']
  ? await openDataPlane(
      {
        dir: dataDir,
        ports: values['data-ports'],
        maxServers: wholeNumber('max-servers', values['max-servers'], 1000),
        maxmemory: values.maxmemory,
        objects: exporter.read,
      },
      fail,
    )
  : undefined;

let engine;
try {
  engine = createEngine({
    dataset: loadDataset(values.dataset) as EmulatorOptions['dataset'],
    ...durations,
    store,
    faults: values.faults ? parseFaults(values.faults) : undefined,
    dataPlane: plane,
    exporter,
  });
} catch (error) {
  // The dataset schema names the field that is wrong.
  const why = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
  fail(`--dataset ${values.dataset} is not a valid dataset:\n${why}`);
}
const allowedOrigins = values['allow-origin'].map(origin);
const server = createEmulatorServer(engine, { allowedOrigins, boundHost: values.host });
if (plane) {
  const running = engine;
  await plane.attach(running.db, (report) => running.recordData(report));
  stopServersOnExit(plane, server);
}
server.on('error', (error) => fail(`can't listen on ${values.host}:${port}: ${error.message}`));
server.listen(port, values.host, () => {
  const kept = (dataFile ? `state kept in ${dataFile}` : 'state in memory only') + (plane ? '; data plane on' : '') + `; exports to ${exporter.describe}`;
  // The port actually bound: `--port 0` picks a free one.
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`ElastiCache emulator on http://${values.host}:${bound}/ (backups take ${values['backup-duration']} ms; ${kept})`);
});
