// Finds the AWS CLI and moto_server for the contract tests and the endpoint projects:
// on the PATH when the machine has them (machines of this kind ship both), otherwise it
// installs the pinned versions into the project's own Python environment (.tools/venv),
// so `npm ci && npm test` still runs every check on a machine with only Node and Python.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathWithTools, TOOL_PACKAGES, TOOLS_BIN, TOOLS_VENV } from './test-tools.mjs';

const TOOLS = [
  { name: 'aws', args: ['--version'] },
  { name: 'moto_server', args: ['--help'] },
];
const env = { ...process.env, PATH: pathWithTools(process.env.PATH) };
const works = ({ name, args }) => spawnSync(name, args, { env, stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;

let missing = TOOLS.filter((tool) => !works(tool));
if (missing.length === 0) process.exit(0);

const names = missing.map((t) => t.name).join(' and ');
console.log(`${names} not found: installing ${TOOL_PACKAGES.join(' ')} into .tools/venv`);
const python = ['python3', 'python'].find((p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0);
const step = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const installed =
  python !== undefined &&
  step(python, ['-m', 'venv', TOOLS_VENV]) &&
  step(join(TOOLS_BIN, 'python'), ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', ...TOOL_PACKAGES]);

// The new folder is on the PATH only now that it exists.
env.PATH = pathWithTools(process.env.PATH);
missing = TOOLS.filter((tool) => !works(tool));
if (installed && missing.length === 0) process.exit(0);

console.error(
  [
    `The contract tests need ${missing.map((t) => t.name).join(' and ')}, and they could not be installed` +
      (python ? ' (is PyPI reachable?).' : ' (no python3 on this machine).'),
    `Install them yourself, then run the tests again: pip install ${TOOL_PACKAGES.map((p) => `"${p}"`).join(' ')}`,
    '(on Debian or Ubuntu the AWS CLI is also: sudo apt-get install -y awscli).',
  ].join('\n'),
);
process.exit(1);
