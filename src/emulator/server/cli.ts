import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine } from '../engine/engine';
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

const dataset =
  values.dataset === 'default' ? undefined : values.dataset === 'empty' ? {} : JSON.parse(readFileSync(values.dataset, 'utf8'));
const engine = createEngine({ dataset, backupDurationMs: Number(values['backup-duration']) });
const server = createEmulatorServer(engine);
server.listen(Number(values.port), values.host, () => {
  console.log(`ElastiCache emulator on http://${values.host}:${values.port}/ (backups take ${values['backup-duration']} ms)`);
});
