// Where the test commands find the clients and servers nobody here wrote (the AWS CLI and
// moto_server): on the PATH when the machine has them, otherwise in a Python environment
// of the project's own that scripts/ensure-services.mjs makes.
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The project's own Python environment (git-ignored). */
export const TOOLS_VENV = join(root, '.tools', 'venv');

/** Its executables' folder. */
export const TOOLS_BIN = join(TOOLS_VENV, process.platform === 'win32' ? 'Scripts' : 'bin');

/** The versions that environment gets, the ones the contract tests were written against. */
export const TOOL_PACKAGES = ['awscli==1.45.11', 'moto[server]==5.2.1'];

/** `path` with the project's own tools first, once they exist. */
export function pathWithTools(path = '') {
  return existsSync(TOOLS_BIN) ? [TOOLS_BIN, path].filter(Boolean).join(delimiter) : path;
}
