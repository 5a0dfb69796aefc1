// The builds the end-to-end tests serve, made once before Playwright starts (npm test's
// "builds" phase), side by side: the console on the emulator (dist/), the console for an
// endpoint once per endpoint project (dist-<name>/), the emulator service (.emulator/) and the
// AWS proxy (.aws-proxy/).
// playwright.config.ts then only serves them (E2E_PREBUILT=1).
import { spawn } from 'node:child_process';
import { E2E_ENDPOINTS } from './e2e-endpoints.mjs';

const builds = [
  { name: 'console on the emulator', args: ['vite', 'build', '--logLevel', 'warn'] },
  ...E2E_ENDPOINTS.map((e) => ({
    name: `console for ${e.name}`,
    args: ['vite', 'build', '--outDir', `dist-${e.name}`, '--logLevel', 'warn'],
    env: e.buildEnv,
  })),
  { name: 'emulator service', args: ['vite', 'build', '--ssr', 'src/emulator/server/cli.ts', '--outDir', '.emulator', '--emptyOutDir', '--logLevel', 'warn'] },
  { name: 'AWS proxy', args: ['vite', 'build', '--ssr', 'src/aws-proxy/cli.ts', '--outDir', '.aws-proxy', '--emptyOutDir', '--logLevel', 'warn'] },
];

const run = ({ name, args, env }) =>
  new Promise((resolve) => {
    const start = performance.now();
    const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => {
      console.log(`${code === 0 ? 'built' : 'FAILED'}: ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      resolve(code === 0);
    });
  });

const ok = (await Promise.all(builds.map(run))).every(Boolean);
process.exit(ok ? 0 : 1);
